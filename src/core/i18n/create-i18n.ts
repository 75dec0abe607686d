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
      t = i18n.getFixedT(lang, ns);
      cache.set(key, t);
    }
    return t;
  };
}
