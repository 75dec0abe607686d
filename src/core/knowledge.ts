import type { Card } from "./cards/card-types.js";
import type { Flow } from "./checklist/flow-types.js";
import type { Locale } from "./locales.js";

export interface KnowledgeManifest {
  contentHash: string;
  builtAt: string;
  lunrVersion: string;
  locales: Locale[];
  cardCount: number;
  cardsPerLocale: Record<string, number>;
  flowCount: number;
}

/** What every request needs whatever its language: small, bundled with the worker. */
export interface KnowledgeCore {
  manifest: KnowledgeManifest;
  /** Checklist flows (structure only; their text is in i18n, namespace `flow-<id>`). */
  flows: Flow[];
  /** i18next resources: locale → namespace → keys. */
  i18n: Record<Locale, Record<string, Record<string, unknown>>>;
}

/** One language's cards and search index: loaded only when a request needs that language. */
export interface LocaleKnowledge {
  cards: Card[];
  /** Serialized lunr index (refs are card ids). */
  index: object;
  /** Every indexed word as written (folded), for spelling correction of questions. */
  vocabulary: string[];
}

/** Everything `build:knowledge` writes, as plain JSON: the service never reads content/. */
export interface KnowledgeBundle extends KnowledgeCore {
  locales: Record<Locale, LocaleKnowledge>;
}
