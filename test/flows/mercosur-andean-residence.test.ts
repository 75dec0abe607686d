import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

const h = flowHarness("mercosur-andean-residence");

const MERCOSUR_DOCUMENTS = ["form-f007", "mercosur-fee", "identity-copy", "criminal-record", "sworn-statement", "apply-in-person", "apostille-or-legalisation"];

describe("mercosur-andean-residence flow", () => {
  describe("nationality", () => {
    it("starts here", () => h.expectNext({}, "nationality"));
    it("asks an Andean national which residence they want", () => h.expectNext({ nationality: "andean" }, "scheme"));
    it("asks a MERCOSUR national where they are now", () => h.expectNext({ nationality: "mercosur" }, "where-now"));
    it("ends at once for another nationality, saying so", () => {
      h.expectNext({ nationality: "other" }, "done");
      expect(h.items({ nationality: "other" })).toEqual(["not-eligible"]);
    });
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "venezuelan" }, "nationality"));
  });

  describe("scheme", () => {
    it.each(["andean", "mercosur"])("%s goes on to where the person is", (scheme) => h.expectNext({ nationality: "andean", scheme }, "where-now"));
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "andean", scheme: "schengen" }, "scheme"));
  });

  describe("where-now", () => {
    it("the MERCOSUR route asks about the language of the documents", () => {
      h.expectNext({ nationality: "mercosur", "where-now": "in-peru" }, "documents-language");
      h.expectNext({ nationality: "andean", scheme: "mercosur", "where-now": "abroad" }, "documents-language");
    });
    it("the Andean route ends here", () => h.expectNext({ nationality: "andean", scheme: "andean", "where-now": "in-peru" }, "done"));
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "mercosur", "where-now": "mars" }, "where-now"));
  });

  describe("documents-language", () => {
    it.each(["spanish", "other-language"])("%s ends the flow", (lang) =>
      h.expectNext({ nationality: "mercosur", "where-now": "in-peru", "documents-language": lang }, "done"));
    it("rejects an unknown answer", () =>
      h.expectInvalid({ nationality: "mercosur", "where-now": "in-peru", "documents-language": "klingon" }, "documents-language"));
  });

  describe("the checklist", () => {
    it("a Brazilian in Peru with documents in Portuguese gets the MERCOSUR list and a translation", () => {
      const items = h.items({ nationality: "mercosur", "where-now": "in-peru", "documents-language": "other-language" });
      expect(items).toEqual(expect.arrayContaining([...MERCOSUR_DOCUMENTS, "official-translation", "what-it-allows", "permanent-residence"]));
      expect(items).not.toContain("enter-peru-first");
      expect(items).not.toContain("andean-residence");
      expect(items).not.toContain("andean-work");
    });
    it("documents in Spanish need no translation", () => {
      expect(h.items({ nationality: "mercosur", "where-now": "in-peru", "documents-language": "spanish" })).not.toContain("official-translation");
    });
    it("an Andean national choosing Andean residence gets its steps and a warning to confirm the requirements", () => {
      const items = h.items({ nationality: "andean", scheme: "andean", "where-now": "in-peru" });
      expect(items).toEqual(expect.arrayContaining(["andean-residence", "andean-requirements", "andean-work", "permanent-residence"]));
      for (const id of MERCOSUR_DOCUMENTS) expect(items).not.toContain(id);
    });
    it("an Andean national choosing MERCOSUR gets the MERCOSUR list and the Andean work rule", () => {
      const items = h.items({ nationality: "andean", scheme: "mercosur", "where-now": "in-peru", "documents-language": "spanish" });
      expect(items).toEqual(expect.arrayContaining([...MERCOSUR_DOCUMENTS, "andean-work"]));
      expect(items).not.toContain("andean-residence");
    });
    it("someone still abroad is told to enter Peru first", () => {
      expect(h.items({ nationality: "andean", scheme: "andean", "where-now": "abroad" })).toContain("enter-peru-first");
      expect(h.items({ nationality: "mercosur", "where-now": "abroad", "documents-language": "spanish" })).toContain("enter-peru-first");
    });
    it("the MERCOSUR fee is shown, with no date as the source is undated", () => {
      const fee = h.flow.items.find((i) => i.id === "mercosur-fee")!;
      expect(fee.fee).toBe("S/ 162.50");
      expect(fee.feeAsOf).toBeUndefined();
    });
  });

  describe("reading answers from a message", () => {
    it("reads an Argentinian already in Lima (es)", () => {
      expect(h.prefill("Soy argentino, ya estoy en Lima y quiero sacar la residencia MERCOSUR. ¿Qué requisitos piden?", "es")).toMatchObject({
        nationality: "mercosur",
        scheme: "mercosur",
        "where-now": "in-peru",
      });
    });
    it("reads a Colombian still at home asking about Andean residence (en)", () => {
      expect(h.prefill("I'm Colombian and still in my country. What documents do I need for Andean residence?", "en")).toEqual({
        nationality: "andean",
        scheme: "andean",
        "where-now": "abroad",
      });
    });
    it("reads a Brazilian with documents in Portuguese", () => {
      expect(h.prefill("I am Brazilian and my documents are in Portuguese", "en")).toEqual({ nationality: "mercosur", "documents-language": "other-language" });
    });
    it("reads a Venezuelan as another nationality", () => {
      expect(h.prefill("Soy venezolana, ¿puedo pedir la residencia mercosur?", "es").nationality).toBe("other");
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿Qué documentos necesito para la residencia?", "es")).toEqual({});
      expect(h.prefill("What are the requirements?", "en")).toEqual({});
    });
  });
});
