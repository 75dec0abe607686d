import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzerFor } from "../../../src/core/retrieval/configure-lunr.js";

// The rule, as a regular expression: white space and the punctuation people put between words.
const RULE = /[\s\-/.,;:!?¿¡()"'«»“”‘’[\]{}]+/u;
const byRule = (text: string) => text.toLowerCase().split(RULE).filter(Boolean);

describe("splitting a question into words", () => {
  const { split } = analyzerFor("es");

  it("breaks on spaces and punctuation, keeps accents, apostrophes inside no word", () => {
    expect(split("¿Qué documentos necesito? (DNI, pasaporte)")).toEqual(["qué", "documentos", "necesito", "dni", "pasaporte"]);
    expect(split("l'enfant—mwen\u00a0bezwen «papye»")).toEqual(["l", "enfant—mwen", "bezwen", "papye"]);
  });

  it("agrees with the rule on any text", () => {
    const pieces = fc.constantFrom(..."ab É漢🙂-/.,;:!?¿¡()\"'«»“”‘’[]{}\t\n\u00a0\u2003\u3000\u200b\u2028\ufeffİ".split(""));
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")), (text) => {
      expect(split(text)).toEqual(byRule(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
      expect(split(text)).toEqual(byRule(text));
    }), { numRuns: 2000 });
  });
});
