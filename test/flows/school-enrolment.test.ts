import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

const h = flowHarness("school-enrolment");

const ABROAD = { "child-documents": "has-id", level: "primary", "studied-abroad": "yes" };

describe("school-enrolment flow", () => {
  describe("child-documents", () => {
    it("starts here and goes on to the level", () => {
      h.expectNext({}, "child-documents");
      h.expectNext({ "child-documents": "has-id" }, "level");
      h.expectNext({ "child-documents": "no-id" }, "level");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ "child-documents": "maybe" }, "child-documents"));
  });

  describe("level", () => {
    it("initial education ends the flow: there are no studies to recognise", () => h.expectNext({ "child-documents": "has-id", level: "initial" }, "done"));
    it.each(["primary", "secondary"])("%s asks about studies abroad", (level) => h.expectNext({ "child-documents": "has-id", level }, "studied-abroad"));
    it("rejects an unknown answer", () => h.expectInvalid({ "child-documents": "has-id", level: "university" }, "level"));
  });

  describe("studied-abroad", () => {
    it("yes asks about the school records", () => h.expectNext(ABROAD, "school-records"));
    it("no ends the flow", () => h.expectNext({ ...ABROAD, "studied-abroad": "no" }, "done"));
    it("rejects an unknown answer", () => h.expectInvalid({ ...ABROAD, "studied-abroad": "perhaps" }, "studied-abroad"));
  });

  describe("school-records", () => {
    it("with certificates asks the country", () => h.expectNext({ ...ABROAD, "school-records": "has-certificates" }, "studies-country"));
    it("without certificates ends with the placement test", () => {
      h.expectNext({ ...ABROAD, "school-records": "no-certificates" }, "done");
      const items = h.items({ ...ABROAD, "school-records": "no-certificates" });
      expect(items).toContain("placement-test");
      expect(items).not.toContain("certificates-legalised");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ ...ABROAD, "school-records": "some" }, "school-records"));
  });

  describe("studies-country", () => {
    it("an Andrés Bello country means convalidation, another country revalidation", () => {
      const ab = h.items({ ...ABROAD, "school-records": "has-certificates", "studies-country": "andres-bello" });
      expect(ab).toEqual(expect.arrayContaining(["certificates-legalised", "convalidation"]));
      expect(ab).not.toContain("revalidation");
      const other = h.items({ ...ABROAD, "school-records": "has-certificates", "studies-country": "other-country" });
      expect(other).toEqual(expect.arrayContaining(["certificates-legalised", "revalidation"]));
      expect(other).not.toContain("convalidation");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ ...ABROAD, "school-records": "has-certificates", "studies-country": "atlantis" }, "studies-country"));
  });

  describe("the checklist", () => {
    it("a child without documents enrols on a sworn statement, for free", () => {
      const items = h.items({ "child-documents": "no-id", level: "initial" });
      expect(items).toEqual(["parent-id", "sworn-statement", "free-enrolment", "age-and-dates", "if-refused", "regularise-child"]);
    });
    it("a child with a document shows it, and is not sent to regularise", () => {
      const items = h.items({ "child-documents": "has-id", level: "secondary", "studied-abroad": "no" });
      expect(items).toEqual(["parent-id", "child-id", "free-enrolment", "age-and-dates", "if-refused"]);
    });
    it("enrolment is marked free", () => {
      expect(h.flow.items.find((i) => i.id === "free-enrolment")!.fee).toBe("S/ 0.00");
    });
  });

  describe("reading answers from a message", () => {
    it("reads a child with no papers going into secondary after studying in Venezuela (es)", () => {
      expect(
        h.prefill("Mi hijo estudió en su país hasta segundo año y no tiene documentos. Quiero matricularlo en secundaria y tengo las libretas de Venezuela.", "es"),
      ).toEqual({
        "child-documents": "no-id",
        level: "secondary",
        "studied-abroad": "yes",
        "school-records": "has-certificates",
        "studies-country": "andres-bello",
      });
    });
    it("reads a daughter with a passport, primary, records left behind in the US (en)", () => {
      expect(h.prefill("My daughter has a passport. She studied abroad in the United States, we didn't bring the report cards, and she'll go to primary school.", "en")).toEqual({
        "child-documents": "has-id",
        level: "primary",
        "studied-abroad": "yes",
        "school-records": "no-certificates",
        "studies-country": "other-country",
      });
    });
    it("a negated document is not read as having one", () => {
      expect(h.prefill("mi hija no tiene pasaporte ni partida", "es")["child-documents"]).toBeUndefined();
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿Qué documentos piden para la matrícula escolar?", "es")).toEqual({});
      expect(h.prefill("What do I need for school enrolment?", "en")).toEqual({});
    });
  });
});
