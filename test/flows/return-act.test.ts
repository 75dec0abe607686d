import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

// The harness's today is 2026-11-28: 180 calendar days before is 2026-06-01.
const h = flowHarness("return-act");

const ABROAD = { "time-abroad": "three-years", "where-apply": "abroad" };
const RECENT = { "time-abroad": "three-years", "where-apply": "in-peru", "entry-date": "2026-10-01" };
const LATE = { "time-abroad": "three-years", "where-apply": "in-peru", "entry-date": "2026-05-01" };
const NONE = { "household-goods": "no", vehicle: "no", "work-equipment": "no" };
const ALL = { "household-goods": "yes", vehicle: "yes", "work-equipment": "yes" };

describe("return-act flow", () => {
  describe("time-abroad", () => {
    it("starts here", () => h.expectNext({}, "time-abroad"));
    it.each(["three-years", "forced-two-years"])("%s goes on to where the person is", (time) => h.expectNext({ "time-abroad": time }, "where-apply"));
    it("ends at once for too little time abroad, saying so and giving the alternative", () => {
      h.expectNext({ "time-abroad": "less" }, "done");
      expect(h.items({ "time-abroad": "less" })).toEqual(["not-eligible", "general-household-regime"]);
    });
    it("rejects an unknown answer", () => h.expectInvalid({ "time-abroad": "ten-years" }, "time-abroad"));
  });

  describe("where-apply", () => {
    it("someone still abroad goes straight to the tax benefits", () => h.expectNext(ABROAD, "household-goods"));
    it("someone already back is asked for the entry date", () => h.expectNext({ "time-abroad": "three-years", "where-apply": "in-peru" }, "entry-date"));
    it("rejects an unknown answer", () => h.expectInvalid({ "time-abroad": "three-years", "where-apply": "moon" }, "where-apply"));
  });

  describe("entry-date", () => {
    it("within 180 days goes on to the tax benefits", () => h.expectNext(RECENT, "household-goods"));
    it("day 180 is still open, day 181 is closed", () => {
      h.expectNext({ ...RECENT, "entry-date": "2026-06-01" }, "household-goods");
      h.expectNext({ ...RECENT, "entry-date": "2026-05-31" }, "done");
    });
    it("after 180 days ends, saying the window has closed and pointing to the exceptions", () => {
      h.expectNext(LATE, "done");
      expect(h.items(LATE)).toEqual(["who-qualifies", "tmr-window-closed", "force-majeure-proof", "general-household-regime"]);
    });
    it("rejects what is not a date", () => {
      h.expectInvalid({ ...RECENT, "entry-date": "last month" }, "entry-date");
      h.expectInvalid({ ...RECENT, "entry-date": "2026-13-45" }, "entry-date");
    });
  });

  describe("household-goods, vehicle and work-equipment", () => {
    it("each is asked in turn, then the flow ends", () => {
      h.expectNext({ ...ABROAD, "household-goods": "yes" }, "vehicle");
      h.expectNext({ ...ABROAD, "household-goods": "no", vehicle: "yes" }, "work-equipment");
      h.expectNext({ ...ABROAD, "household-goods": "no", vehicle: "no", "work-equipment": "yes" }, "done");
      h.expectNext({ ...ABROAD, ...NONE }, "done");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ ...ABROAD, "household-goods": "maybe" }, "household-goods"));
    it("each benefit adds its own item with its limit", () => {
      expect(h.items({ ...ABROAD, ...NONE, "household-goods": "yes" })).toContain("household-goods");
      expect(h.items({ ...ABROAD, ...NONE, vehicle: "yes" })).toContain("vehicle");
      expect(h.items({ ...ABROAD, ...NONE, "work-equipment": "yes" })).toContain("work-equipment");
      const en = h.copy("en").items;
      expect(en["household-goods"]!.title).toContain("US$50,000");
      expect(en.vehicle!.title).toContain("US$50,000");
      expect(en["work-equipment"]!.title).toContain("US$350,000");
    });
  });

  describe("the checklist", () => {
    it("abroad with every benefit: the consulate, SUNAT from the entry date, and the 3-year rule", () => {
      const items = h.items({ ...ABROAD, ...ALL });
      expect(items).toEqual(
        expect.arrayContaining([
          "who-qualifies", "tmr-at-consulate", "dni-copy", "form-r1", "photo", "return-declaration",
          "household-goods", "vehicle", "work-equipment", "sunat-registration", "sunat-deadline-from-entry",
          "sunat-supporting-documents", "no-sale-3-years", "other-benefits",
        ]),
      );
      expect(items).not.toContain("tmr-in-peru");
      expect(items).not.toContain("sunat-deadline-from-issue");
      expect(items).not.toContain("forced-return-proof");
    });
    it("back in Peru: the Foreign Ministry, and SUNAT from the card's issue date", () => {
      const items = h.items({ ...RECENT, ...NONE, vehicle: "yes" });
      expect(items).toEqual(expect.arrayContaining(["tmr-in-peru", "sunat-deadline-from-issue", "no-sale-3-years"]));
      expect(items).not.toContain("tmr-at-consulate");
      expect(items).not.toContain("sunat-deadline-from-entry");
      expect(items).not.toContain("tmr-window-closed");
    });
    it("no tax benefit wanted: no SUNAT items", () => {
      const items = h.items({ ...RECENT, ...NONE });
      expect(items).toContain("other-benefits");
      for (const id of ["sunat-registration", "no-sale-3-years", "sunat-supporting-documents", "sunat-deadline-from-issue"]) expect(items).not.toContain(id);
    });
    it("a forced return asks what proves it", () => {
      expect(h.items({ ...ABROAD, "time-abroad": "forced-two-years", ...NONE })).toContain("forced-return-proof");
    });
  });

  describe("due dates", () => {
    it("the card is due 180 calendar days after entry", () => {
      expect(h.dueDates({ ...RECENT, ...NONE })).toEqual({ "tmr-in-peru": "2027-03-30" });
      expect(h.dueDates({ ...RECENT, "entry-date": "2026-06-01", ...NONE })).toEqual({ "tmr-in-peru": "2026-11-28" });
    });
    it("no date is computed for someone still abroad or past the window", () => {
      expect(h.dueDates({ ...ABROAD, ...ALL })).toEqual({});
      expect(h.dueDates(LATE)).toEqual({});
    });
  });

  describe("reading answers from a message", () => {
    it("reads years abroad, return, household goods and car (es)", () => {
      expect(h.prefill("Tengo 45 años, viví 6 años en España y ya regresé al Perú. Quiero traer mi menaje y mi carro sin pagar impuestos, ¿qué necesito?", "es")).toEqual({
        "time-abroad": "three-years",
        "where-apply": "in-peru",
        "household-goods": "yes",
        vehicle: "yes",
      });
    });
    it("reads a forced return after 2 years, a refused car and tools (en)", () => {
      expect(h.prefill("I was deported last month after living in the US for 2 years; I'm already back in Peru. I won't bring a car, just my tools.", "en")).toEqual({
        "time-abroad": "forced-two-years",
        "where-apply": "in-peru",
        "work-equipment": "yes",
      });
      expect(h.prefill("No traigo carro, solo unas herramientas", "es")).toMatchObject({ vehicle: "no", "work-equipment": "yes" });
    });
    it("reads too little time abroad, and someone still abroad", () => {
      expect(h.prefill("Viví 1 año en Chile y todavía estoy en Santiago", "es")).toMatchObject({ "time-abroad": "less", "where-apply": "abroad" });
      expect(h.prefill("I have lived in Japan for 8 years and I'm still abroad", "en")).toEqual({ "time-abroad": "three-years", "where-apply": "abroad" });
    });
    it("does not mistake an age or an ordinary 2 years for time abroad", () => {
      expect(h.prefill("Tengo 25 años y quiero la tarjeta del migrante retornado", "es")["time-abroad"]).toBeUndefined();
      expect(h.prefill("Vivo en Madrid hace 2 años", "es")["time-abroad"]).toBeUndefined();
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿Qué documentos necesito para la tarjeta del migrante retornado?", "es")).toEqual({});
      expect(h.prefill("What are the requirements for the returning migrant card?", "en")).toEqual({});
    });
  });
});
