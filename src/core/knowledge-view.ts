import type { Card } from "./cards/card-types.js";
import type { Flow } from "./checklist/flow-types.js";
import type { KnowledgeBundle, KnowledgeCore, KnowledgeManifest, LocaleKnowledge } from "./knowledge.js";
import type { Locale } from "./locales.js";
import { SearchIndex } from "./retrieval/search-index.js";

/** Read-only access to compiled knowledge. A language's data is loaded on first use. */
export interface Knowledge {
  manifest: KnowledgeManifest;
  locales: readonly Locale[];
  i18n: KnowledgeCore["i18n"];
  flows: readonly Flow[];
  flow(id: string): Flow | undefined;
  /** Loads a language's cards and index if they are not loaded yet (a no-op on Node). */
  ensure(lang: Locale): Promise<void>;
  card(id: string, lang: Locale): Card | undefined;
  cards(lang: Locale): readonly Card[];
  index(lang: Locale): SearchIndex;
}

interface LoadedLocale {
  cards: Card[];
  byId: Map<string, Card>;
  index: SearchIndex;
}

export type LocaleLoader = (lang: Locale) => LocaleKnowledge | Promise<LocaleKnowledge>;

export function createKnowledge(core: KnowledgeCore, loadLocale: LocaleLoader): Knowledge {
  const loaded = new Map<Locale, LoadedLocale>();
  const pending = new Map<Locale, Promise<void>>();

  const accept = (lang: Locale, data: LocaleKnowledge): LoadedLocale => {
    const entry = {
      cards: data.cards,
      byId: new Map(data.cards.map((c) => [c.id, c])),
      index: SearchIndex.load(data.index, lang, data.vocabulary),
    };
    loaded.set(lang, entry);
    return entry;
  };

  const get = (lang: Locale): LoadedLocale => {
    const hit = loaded.get(lang);
    if (hit) return hit;
    if (!core.manifest.locales.includes(lang)) throw new Error(`locale ${lang} is not in this knowledge`);
    const data = loadLocale(lang);
    if (data instanceof Promise) throw new Error(`locale ${lang} is not loaded: await knowledge.ensure("${lang}") first`);
    return accept(lang, data);
  };

  return {
    manifest: core.manifest,
    locales: core.manifest.locales,
    i18n: core.i18n,
    flows: core.flows,
    flow: (id) => core.flows.find((f) => f.id === id),
    ensure(lang) {
      if (loaded.has(lang)) return Promise.resolve();
      let p = pending.get(lang);
      if (!p) {
        p = Promise.resolve(loadLocale(lang))
          .then((data) => {
            if (!loaded.has(lang)) accept(lang, data);
          })
          .finally(() => pending.delete(lang));
        pending.set(lang, p);
      }
      return p;
    },
    card: (id, lang) => get(lang).byId.get(id),
    cards: (lang) => get(lang).cards,
    index: (lang) => get(lang).index,
  };
}

/** Knowledge over a bundle already in memory (Node, tests). */
export function knowledgeFromBundle(bundle: KnowledgeBundle): Knowledge {
  return createKnowledge(bundle, (lang) => bundle.locales[lang]);
}
