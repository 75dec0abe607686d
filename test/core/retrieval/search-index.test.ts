import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../src/build/build-index.js";
import { SearchIndex } from "../../../src/core/retrieval/search-index.js";
import { FIXTURE_CARDS_ES } from "../../support/fixture-cards.js";

const built = buildIndex(FIXTURE_CARDS_ES, "es");
const index = SearchIndex.load(JSON.parse(JSON.stringify(built.index)), "es", built.vocabulary);
const top = (q: string, context?: string) => index.search(q, context ? { context } : {})[0];

describe("SearchIndex (es)", () => {
  it("finds the card a question is about, after a JSON round trip of the index", () => {
    expect(top("¿cuánto tiempo dura la residencia de trabajador?")?.id).toBe("visa-trabajo");
    expect(top("quiero afiliarme al seguro de salud")?.id).toBe("sis-salud");
  });

  it("ignores missing accents and capitals", () => {
    expect(top("CUANTO DURA LA RESIDENCIA DE TRABAJADOR")?.id).toBe("visa-trabajo");
    expect(top("atencion medica gratuita")?.id).toBe("sis-salud");
  });

  it("tolerates a typo of one letter", () => {
    expect(top("resdencia de trabajdor")?.id).toBe("visa-trabajo");
  });

  it("matches word forms through the Spanish stemmer", () => {
    expect(top("votaciones municipales de alcaldes")?.id).toBe("votar-extranjero");
  });

  it("reports how much of the question a card covers", () => {
    const good = top("votar elecciones municipales");
    const poor = top("votar pizza guitarra submarino volcán");
    expect(good!.coverage).toBe(1);
    expect(poor?.coverage ?? 0).toBeLessThan(0.34);
  });

  it("returns nothing for a question with only stop words", () => {
    expect(index.search("¿y eso de qué?")).toEqual([]);
  });

  it("lets earlier turns steer an ambiguous follow-up", () => {
    expect(top("¿y cuánto dura?", "tengo residencia de trabajador")?.id).toBe("visa-trabajo");
  });
});
