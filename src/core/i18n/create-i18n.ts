import { createInstance, type TFunction } from "i18next";
import type { KnowledgeBundle } from "../knowledge.js";
import { DEFAULT_LOCALE, type Locale } from "../locales.js";

export type Translate = TFunction;

/** One i18next instance over the compiled UI strings; no backend, initialised synchronously. */
export function createI18n(resources: KnowledgeBundle["i18n"]): (lang: Locale, ns?: string) => Translate {
  const i18n = createInstance();
  void i18n.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    ns: Object.keys(resources[DEFAULT_LOCALE] ?? {}),
    defaultNS: "api",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const cache = new Map<string, Translate>();
  return (lang, ns = "api") => {
    const key = `${lang}:${ns}`;
    let t = cache.get(key);
    if (!t) {
      t = remembered(i18n.getFixedT(lang, ns));
      cache.set(key, t);
    }
    return t;
  };
}

/**
 * A string without options is the same every time (the resources never change at run time), and
 * i18next's lookup was a few percent of every chat turn: remember those. Calls with options
 * (interpolation, plurals) go to i18next each time.
 */
function remembered(fixed: Translate): Translate {
  const strings = new Map<string, string>();
  const t = (key: unknown, ...rest: unknown[]) => {
    if (rest.length || typeof key !== "string") return (fixed as unknown as (...a: unknown[]) => unknown)(key, ...rest);
    let value = strings.get(key);
    if (value === undefined) {
      value = String((fixed as unknown as (k: string) => unknown)(key));
      if (strings.size < 5_000) strings.set(key, value);
    }
    return value;
  };
  return t as unknown as Translate;
}
