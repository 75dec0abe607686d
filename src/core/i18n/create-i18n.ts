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
 * A string is the same every time for the same key and values (the resources never change at run
 * time), and i18next's lookup was a few percent of every chat turn: remember them, for calls
 * without options or with plain string and number values (card titles, limits), up to a bound.
 */
function remembered(fixed: Translate): Translate {
  const call = fixed as unknown as (...a: unknown[]) => unknown;
  const strings = new Map<string, string>();
  const t = (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== "string" || rest.length > 1) return call(key, ...rest);
    const options = rest[0];
    let id = key;
    if (options !== undefined) {
      if (!options || typeof options !== "object" || Array.isArray(options)) return call(key, ...rest);
      const values = Object.values(options);
      if (!values.every((v) => typeof v === "string" || typeof v === "number")) return call(key, ...rest);
      id = `${key}\u0000${JSON.stringify(options)}`;
    }
    let value = strings.get(id);
    if (value === undefined) {
      value = String(call(key, ...rest));
      if (strings.size >= 5_000) strings.clear();
      strings.set(id, value);
    }
    return value;
  };
  return t as unknown as Translate;
}
