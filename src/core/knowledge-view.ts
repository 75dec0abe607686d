import type { Card } from "./cards/card-types.js";
import type { KnowledgeBundle, KnowledgeManifest } from "./knowledge.js";
import type { Locale } from "./locales.js";
import { SearchIndex } from "./retrieval/search-index.js";

/** Read-only access to compiled knowledge. Indexes are loaded on first use, per locale. */
export interface Knowledge {
  manifest: KnowledgeManifest;
  locales: readonly Locale[];
  card(id: string, lang: Locale): Card | undefined;
  cards(lang: Locale): readonly Card[];
  index(lang: Locale): SearchIndex;
  i18n: KnowledgeBundle["i18n"];
}

export function createKnowledge(bundle: KnowledgeBundle): Knowledge {
  const byId = new Map<Locale, Map<string, Card>>();
  const indexes = new Map<Locale, SearchIndex>();
  for (const lang of bundle.manifest.locales) {
    byId.set(lang, new Map(bundle.cards[lang].map((c) => [c.id, c])));
  }
  return {
    manifest: bundle.manifest,
    locales: bundle.manifest.locales,
    i18n: bundle.i18n,
    card: (id, lang) => byId.get(lang)?.get(id),
    cards: (lang) => bundle.cards[lang] ?? [],
    index(lang) {
      let index = indexes.get(lang);
      if (!index) {
        const serialized = bundle.indexes[lang];
        if (!serialized) throw new Error(`no search index for locale ${lang}`);
        index = SearchIndex.load(serialized, lang, bundle.vocabularies?.[lang] ?? []);
        indexes.set(lang, index);
      }
      return index;
    },
  };
}
