import type { Card } from "../core/cards/card-types.js";
import type { KnowledgeBundle } from "../core/knowledge.js";
import { SUPPORTED_LOCALES, type Locale } from "../core/locales.js";
import { ContentError } from "./parse-card.js";

/** Flattens nested i18next resources to dotted keys with their string values. */
export function flattenKeys(obj: Record<string, unknown>, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const [kk, vv] of flattenKeys(v as Record<string, unknown>, key)) out.set(kk, vv);
    } else out.set(key, v);
  }
  return out;
}

/** Every card id and every UI string must exist, non-empty, in every locale. */
export function checkParity(cards: Record<Locale, Card[]>, i18n: KnowledgeBundle["i18n"]): ContentError[] {
  const errors: ContentError[] = [];
  const allIds = new Set(SUPPORTED_LOCALES.flatMap((l) => cards[l].map((c) => c.id)));
  for (const lang of SUPPORTED_LOCALES) {
    const ids = new Set(cards[lang].map((c) => c.id));
    const missing = [...allIds].filter((id) => !ids.has(id)).sort();
    if (missing.length) errors.push(new ContentError(`cards/${lang}/`, missing.map((id) => `missing card ${id}.md`)));
    for (const card of cards[lang]) {
      const unknown = card.related.filter((r) => !allIds.has(r));
      if (unknown.length) errors.push(new ContentError(`cards/${lang}/${card.id}.md`, unknown.map((r) => `related: unknown card id "${r}"`)));
    }
  }
  const namespaces = new Set(SUPPORTED_LOCALES.flatMap((l) => Object.keys(i18n[l] ?? {})));
  for (const ns of namespaces) {
    const keySets = SUPPORTED_LOCALES.map((l) => flattenKeys(i18n[l]?.[ns] ?? {}));
    const allKeys = new Set(keySets.flatMap((m) => [...m.keys()]));
    SUPPORTED_LOCALES.forEach((lang, i) => {
      const filled = (v: unknown): boolean =>
        typeof v === "string" ? v.trim().length > 0 : Array.isArray(v) ? v.length > 0 && v.every(filled) : false;
      const problems = [...allKeys].filter((k) => !filled(keySets[i]!.get(k))).map((k) => `${k}: missing or empty`);
      if (problems.length) errors.push(new ContentError(`locales/${lang}/${ns}.json`, problems));
    });
  }
  return errors;
}
