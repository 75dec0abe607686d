import type { Card } from "./cards/card-types.js";
import type { Locale } from "./locales.js";

export interface KnowledgeManifest {
  contentHash: string;
  builtAt: string;
  lunrVersion: string;
  locales: Locale[];
  cardCount: number;
  cardsPerLocale: Record<string, number>;
}

/** Everything `build:knowledge` writes, as plain JSON: the service never reads content/. */
export interface KnowledgeBundle {
  manifest: KnowledgeManifest;
  cards: Record<Locale, Card[]>;
  /** Serialized lunr indexes, one per locale (refs are card ids). */
  indexes: Record<Locale, object>;
  /** Every indexed word as written (folded), per locale: for spelling correction of questions. */
  vocabularies: Record<Locale, string[]>;
  /** i18next resources: locale → namespace → keys. */
  i18n: Record<Locale, Record<string, Record<string, unknown>>>;
}
