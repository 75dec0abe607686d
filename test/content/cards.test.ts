import { describe, expect, it } from "vitest";
import { SOURCE_IDS, AUDIENCES } from "../../src/core/cards/card-types.js";
import { SUPPORTED_LOCALES } from "../../src/core/locales.js";
import { realBundle } from "../support/knowledge.js";

const bundle = realBundle();
const allCards = SUPPORTED_LOCALES.flatMap((l) => bundle.locales[l].cards);

describe("content", () => {
  it("has the same card ids in every language (parity)", () => {
    const ids = SUPPORTED_LOCALES.map((l) => bundle.locales[l].cards.map((c) => c.id).sort());
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });

  it("has at least 30 cards spanning all three sources and audiences", () => {
    const cards = bundle.locales.es.cards;
    expect(cards.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cards.map((c) => c.source))).toEqual(new Set(SOURCE_IDS));
    expect(new Set(cards.flatMap((c) => c.audience))).toEqual(new Set(AUDIENCES));
  });

  it.each(allCards.map((c) => [`${c.lang}/${c.id}`, c] as const))("%s names its source, legal basis, link, contacts and review date", (_name, card) => {
    expect(card.legalBasis.length).toBeGreaterThan(0);
    expect(card.officialUrl).toMatch(/^https?:\/\/\S+$/);
    expect(card.contacts.length).toBeGreaterThan(0);
    expect(card.reviewed).toMatch(/^20\d\d-\d\d-\d\d$/);
    // Chinese and Japanese have no spaces: count two characters as a word there.
    const cjk = (card.summary.match(/[\u3040-\u30ff\u3400-\u9fff]/gu) ?? []).length;
    expect(card.summary.split(/\s+/).length + cjk / 2).toBeGreaterThanOrEqual(15);
    expect(card.questions.length).toBeGreaterThanOrEqual(5);
  });

  it("gives the same facts in every language: amounts, years and law numbers match", () => {
    const numbers = (c: (typeof allCards)[number]) =>
      [...`${c.summary} ${c.points.join(" ")}`.matchAll(/\b\d{3,}\b/g)].map((m) => m[0]).sort();
    for (const es of bundle.locales.es.cards) {
      for (const lang of SUPPORTED_LOCALES.slice(1)) {
        const other = bundle.locales[lang].cards.find((c) => c.id === es.id)!;
        expect(numbers(other), `${lang}/${es.id} vs es`).toEqual(numbers(es));
      }
    }
  });
});
