import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

const h = flowHarness("family-residence");

describe("family-residence flow", () => {
  describe("sponsor", () => {
    it("starts here and goes on to the relationship", () => {
      h.expectNext({}, "sponsor");
      h.expectNext({ sponsor: "peruvian" }, "relationship");
      h.expectNext({ sponsor: "foreign-resident" }, "relationship");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ sponsor: "martian" }, "sponsor"));
  });

  describe("relationship", () => {
    it("asks where a spouse married", () => h.expectNext({ sponsor: "peruvian", relationship: "spouse" }, "marriage-place"));
    it.each(["minor-child", "adult-child-disability", "unmarried-daughter", "parent"])("asks where %s's documents come from", (rel) =>
      h.expectNext({ sponsor: "peruvian", relationship: rel }, "documents-origin"),
    );
    it("ends at once for a relative who is not a dependant, saying so", () => {
      h.expectNext({ sponsor: "peruvian", relationship: "other-relative" }, "done");
      expect(h.items({ sponsor: "peruvian", relationship: "other-relative" })).toEqual(["not-a-dependant"]);
    });
  });

  describe("marriage-place", () => {
    it("a marriage in Peru needs no foreign documents", () => {
      const items = h.items({ sponsor: "foreign-resident", relationship: "spouse", "marriage-place": "peru" });
      expect(items).toContain("marriage-certificate-peru");
      expect(items).toContain("sponsor-ce");
      expect(items).not.toContain("apostille");
    });
    it("a marriage abroad asks where the documents come from", () =>
      h.expectNext({ sponsor: "peruvian", relationship: "spouse", "marriage-place": "abroad" }, "documents-origin"));
  });

  describe("documents-origin and documents-language", () => {
    const base = { sponsor: "peruvian", relationship: "minor-child" };
    it("Peruvian documents end the flow", () => h.expectNext({ ...base, "documents-origin": "peru" }, "done"));
    it("foreign documents ask for the language", () => h.expectNext({ ...base, "documents-origin": "other-country" }, "documents-language"));
    it("apostille for a Convention country, legalisation otherwise, translation when not in Spanish", () => {
      expect(h.items({ ...base, "documents-origin": "apostille-country", "documents-language": "spanish" })).toContain("apostille");
      const other = h.items({ ...base, "documents-origin": "other-country", "documents-language": "other-language" });
      expect(other).toEqual(expect.arrayContaining(["consular-legalisation", "official-translation"]));
      expect(other).not.toContain("apostille");
    });
  });

  describe("the checklist", () => {
    it("asks minors for no INTERPOL certificate, adults for one", () => {
      const minor = h.items({ sponsor: "peruvian", relationship: "minor-child", "documents-origin": "peru" });
      const parent = h.items({ sponsor: "peruvian", relationship: "parent", "documents-origin": "peru" });
      expect(minor).not.toContain("interpol-certificate");
      expect(parent).toContain("interpol-certificate");
      expect(minor).toEqual(expect.arrayContaining(["form-f1004", "fee-receipt", "birth-certificate", "sponsor-dni", "guarantee-letter"]));
    });
  });

  describe("reading answers from a message", () => {
    it("reads a foreign resident's spouse married in Lima", () => {
      expect(h.prefill("Soy argentino con carné de extranjería. Me casé en Lima con mi novia.", "es")).toMatchObject({
        sponsor: "foreign-resident",
        relationship: "spouse",
        "marriage-place": "peru",
      });
    });
    it("reads a child's age and disability, and a negated disability", () => {
      expect(h.prefill("my daughter is 30 and has a permanent disability", "en").relationship).toBe("adult-child-disability");
      expect(h.prefill("mi hijo de 19 años, soltero, no tiene ninguna discapacidad", "es").relationship).toBe("other-relative");
      expect(h.prefill("mi hija de 7 años", "es").relationship).toBe("minor-child");
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿qué documentos necesito?", "es")).toEqual({});
    });
  });
});
