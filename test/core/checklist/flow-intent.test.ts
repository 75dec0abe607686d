import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionsTrigger, wantsAList } from "../../../src/core/checklist/flow-intent.js";
import { foldText } from "../../../src/core/retrieval/text-fold.js";

describe("flow triggers", () => {
  it("finds a trigger phrase anywhere in the folded message, accents and case aside", () => {
    const triggers = ["traer a mi familia", "reunificación familiar", "visa (familiar)"];
    expect(mentionsTrigger(foldText("¿Cómo hago la REUNIFICACIÓN FAMILIAR en Lima?"), triggers)).toBe(true);
    expect(mentionsTrigger(foldText("Quiero traer a mi familia"), triggers)).toBe(true);
    expect(mentionsTrigger(foldText("visa (familiar) para mi hijo"), triggers)).toBe(true);
    expect(mentionsTrigger(foldText("visa familiar"), triggers)).toBe(false);
    expect(mentionsTrigger(foldText("¿Qué es la TMR?"), triggers)).toBe(false);
    expect(mentionsTrigger("cualquier cosa", [])).toBe(false);
    expect(mentionsTrigger("cualquier cosa", undefined)).toBe(false);
  });

  it("agrees with looking for each phrase in turn, on any text and phrases", () => {
    const piece = fc.constantFrom(..."a b é ñ 漢 🙂 . * + ? ^ $ { } ( ) | [ ] \\ - / traer mi familia".split(" "), " ");
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join("")), { minLength: 1, maxLength: 8 }), (message, triggers) => {
        const folded = foldText(message);
        expect(mentionsTrigger(folded, triggers)).toBe(triggers.map(foldText).some((t) => folded.includes(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it("tells a question that wants a list of documents", () => {
    expect(wantsAList(foldText("¿Qué documentos necesito para la residencia?"))).toBe(true);
    expect(wantsAList(foldText("¿Cuánto tiempo puedo quedarme como turista?"))).toBe(false);
  });
});
