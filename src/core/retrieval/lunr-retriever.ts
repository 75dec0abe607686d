import { Document } from "@langchain/core/documents";
import { BaseRetriever, type BaseRetrieverInput } from "@langchain/core/retrievers";
import type { Card } from "../cards/card-types.js";
import type { Knowledge } from "../knowledge-view.js";
import type { Locale } from "../locales.js";
import type { SearchHit, SearchOptions } from "./search-index.js";

/** The search hits behind documents this retriever returned, best first. */
export function hitsOf(documents: Document[]): SearchHit[] {
  return documents.map((d) => ({
    id: String(d.metadata.id),
    score: Number(d.metadata.score),
    coverage: Number(d.metadata.coverage),
    words: Number(d.metadata.words),
  }));
}

/** A card's text as a Document's content, built once per card (cards never change). */
const contentOf = new WeakMap<Card, string>();
function pageContent(card: Card): string {
  let text = contentOf.get(card);
  if (text === undefined) contentOf.set(card, (text = [card.title, card.summary, ...card.points].join("\n")));
  return text;
}

export interface CardRetrieverInput extends BaseRetrieverInput {
  knowledge: Knowledge;
  lang: Locale;
  search?: SearchOptions;
}

/**
 * @langchain/core retriever over the per-locale lunr index. Each Document carries the card's
 * composed text and its citation metadata, so any chain (or a configured chat model) keeps sources.
 */
export class CardRetriever extends BaseRetriever {
  override lc_namespace = ["contigo", "retrievers"];
  private readonly knowledge: Knowledge;
  private readonly lang: Locale;
  private readonly searchOptions: SearchOptions;

  constructor(input: CardRetrieverInput) {
    super(input);
    this.knowledge = input.knowledge;
    this.lang = input.lang;
    this.searchOptions = input.search ?? {};
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    return this.knowledge
      .index(this.lang)
      .search(query, this.searchOptions)
      .flatMap((hit) => {
        const card = this.knowledge.card(hit.id, this.lang);
        if (!card) return [];
        return [
          new Document({
            id: card.id,
            pageContent: pageContent(card),
            metadata: { id: card.id, lang: card.lang, score: hit.score, coverage: hit.coverage, words: hit.words, source: card.source, url: card.officialUrl },
          }),
        ];
      });
  }
}
