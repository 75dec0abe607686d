import type { Card } from "../core/cards/card-types.js";
import type { Locale } from "../core/locales.js";
import { analyzeTokens, createBuilder, type lunr } from "../core/retrieval/configure-lunr.js";
import { FIELD_BOOSTS } from "../core/retrieval/field-boosts.js";

const stripTags = (html: string) => html.replace(/<[^>]+>/g, " ");

export interface BuiltIndex {
  index: lunr.Index;
  /** Indexed words as written (folded, 4+ letters), sorted: the spelling corrector's dictionary. */
  vocabulary: string[];
}

/** One lunr index over one locale's cards; deterministic for the same cards. */
export function buildIndex(cards: Card[], lang: Locale): BuiltIndex {
  const builder = createBuilder(lang);
  builder.ref("id");
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  builder.metadataWhitelist = [];
  const words = new Set<string>();
  for (const card of [...cards].sort((a, b) => a.id.localeCompare(b.id))) {
    const doc = {
      id: card.id,
      about: [card.title, ...card.questions, ...card.keywords].join("\n"),
      answer: [card.summary, ...card.points, card.caveat ?? ""].join("\n"),
      body: stripTags(card.bodyHtml),
    };
    builder.add(doc);
    for (const text of Object.values(doc).slice(1)) {
      for (const { surface } of analyzeTokens(text, lang)) if (surface.length >= 4 && !/\d/.test(surface)) words.add(surface);
    }
  }
  return { index: builder.build(), vocabulary: [...words].sort() };
}
