import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

const h = flowHarness("voting");

const FOREIGNER = { situation: "foreign-resident", age: "adult", "residence-time": "more-than-2-years" };

describe("voting flow", () => {
  describe("situation", () => {
    it("starts here", () => h.expectNext({}, "situation"));
    it("a Peruvian abroad is asked about the DNI address", () => h.expectNext({ situation: "peruvian-abroad" }, "dni-address"));
    it("a foreign resident is asked their age", () => h.expectNext({ situation: "foreign-resident" }, "age"));
    it("rejects an unknown answer", () => h.expectInvalid({ situation: "tourist" }, "situation"));
  });

  describe("dni-address", () => {
    it.each(["abroad", "peru", "not-sure"])("%s ends the flow", (address) => h.expectNext({ situation: "peruvian-abroad", "dni-address": address }, "done"));
    it("rejects an unknown answer", () => h.expectInvalid({ situation: "peruvian-abroad", "dni-address": "moon" }, "dni-address"));
  });

  describe("age", () => {
    it("an adult is asked about residence time", () => h.expectNext({ situation: "foreign-resident", age: "adult" }, "residence-time"));
    it("a minor ends at once, told why", () => {
      h.expectNext({ situation: "foreign-resident", age: "minor" }, "done");
      expect(h.items({ situation: "foreign-resident", age: "minor" })).toEqual(["municipal-only", "not-eligible-age"]);
    });
    it("rejects an unknown answer", () => h.expectInvalid({ situation: "foreign-resident", age: "old" }, "age"));
  });

  describe("residence-time", () => {
    it("more than 2 years asks about border municipalities", () => h.expectNext(FOREIGNER, "border-district"));
    it("too little time ends, told why", () => {
      const answers = { ...FOREIGNER, "residence-time": "less-than-2-years" };
      h.expectNext(answers, "done");
      expect(h.items(answers)).toEqual(["municipal-only", "not-eligible-time"]);
    });
    it("no residence ends, told why", () => {
      const answers = { ...FOREIGNER, "residence-time": "no-residence" };
      h.expectNext(answers, "done");
      expect(h.items(answers)).toEqual(["municipal-only", "not-eligible-no-residence"]);
    });
    it("rejects an unknown answer", () => h.expectInvalid({ ...FOREIGNER, "residence-time": "forever" }, "residence-time"));
  });

  describe("border-district", () => {
    it.each(["no", "yes", "not-sure"])("%s ends the flow", (border) => h.expectNext({ ...FOREIGNER, "border-district": border }, "done"));
    it("rejects an unknown answer", () => h.expectInvalid({ ...FOREIGNER, "border-district": "coast" }, "border-district"));
  });

  describe("the checklist", () => {
    it("an eligible foreigner registers at RENIEC for free with CE and passport", () => {
      expect(h.items({ ...FOREIGNER, "border-district": "no" })).toEqual(["municipal-only", "register-reniec", "ce-and-passport", "electoral-certificate"]);
      expect(h.flow.items.find((i) => i.id === "register-reniec")!.fee).toBe("S/ 0.00");
    });
    it("a border municipality is not covered, and says so", () => {
      const items = h.items({ ...FOREIGNER, "border-district": "yes" });
      expect(items).toEqual(["municipal-only", "not-eligible-border"]);
    });
    it("an unsure foreigner is told to check, and given the registration steps", () => {
      expect(h.items({ ...FOREIGNER, "border-district": "not-sure" })).toEqual(
        expect.arrayContaining(["check-border", "register-reniec", "electoral-certificate"]),
      );
    });
    it("a Peruvian whose DNI shows an address in Peru must change it before the roll closes, and may be fined", () => {
      const items = h.items({ situation: "peruvian-abroad", "dni-address": "peru" });
      expect(items).toEqual(["dni-only", "change-dni-address", "where-to-vote", "fines-address-peru"]);
      expect(h.copy("en").items["change-dni-address"]!.detail).toContain("120 days");
    });
    it("a Peruvian already registered abroad is told about the polling-station fine only", () => {
      const items = h.items({ situation: "peruvian-abroad", "dni-address": "abroad" });
      expect(items).toEqual(["dni-only", "address-already-abroad", "where-to-vote", "fines-address-abroad"]);
    });
    it("a Peruvian who is not sure checks the address and gets the change steps", () => {
      expect(h.items({ situation: "peruvian-abroad", "dni-address": "not-sure" })).toEqual(
        expect.arrayContaining(["check-dni-address", "change-dni-address", "fines-address-peru"]),
      );
    });
  });

  describe("reading answers from a message", () => {
    it("reads a Peruvian abroad whose DNI still has a Lima address (es)", () => {
      expect(h.prefill("Soy peruana, vivo en el extranjero y mi DNI tiene dirección en Lima. ¿Qué necesito para votar desde el extranjero?", "es")).toEqual({
        situation: "peruvian-abroad",
        "dni-address": "peru",
      });
    });
    it("reads an eligible foreign resident (es)", () => {
      expect(h.prefill("Soy venezolano, tengo 34 años y vivo en San Juan de Lurigancho hace 4 años con carné de extranjería. ¿Puedo votar?", "es")).toEqual({
        situation: "foreign-resident",
        age: "adult",
        "residence-time": "more-than-2-years",
      });
    });
    it("reads a young tourist (en)", () => {
      expect(h.prefill("I'm a foreigner, I'm 17 and I'm a tourist in Cusco. Can a foreigner vote?", "en")).toEqual({
        situation: "foreign-resident",
        age: "minor",
        "residence-time": "no-residence",
      });
    });
    it("reads a short stay, but not a long one without residence", () => {
      expect(h.prefill("As a foreigner I have lived in Arequipa for one year", "en")["residence-time"]).toBe("less-than-2-years");
      expect(h.prefill("Soy extranjero y vivo en Lima hace 5 años", "es")["residence-time"]).toBeUndefined();
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿Qué necesito para votar?", "es")).toEqual({});
      expect(h.prefill("What do I need to vote?", "en")).toEqual({});
    });
  });
});
