import { describe, expect, it } from "vitest";
import { flowHarness } from "../support/flow-harness.js";

const h = flowHarness("worker-residence");

describe("worker-residence flow", () => {
  describe("nationality", () => {
    it("starts here and goes on to where the contract is signed", () => {
      h.expectNext({}, "nationality");
      h.expectNext({ nationality: "andean" }, "contract-place");
      h.expectNext({ nationality: "other" }, "contract-place");
    });
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "martian" }, "nationality"));
  });

  describe("contract-place", () => {
    it("a contract signed in Peru asks for the worker's current status", () =>
      h.expectNext({ nationality: "other", "contract-place": "peru" }, "current-status"));
    it("a contract signed abroad goes straight to the length of the job", () =>
      h.expectNext({ nationality: "other", "contract-place": "abroad" }, "duration"));
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "other", "contract-place": "moon" }, "contract-place"));
  });

  describe("current-status", () => {
    it.each(["tourist", "work-allowed"])("%s goes on to the length of the job", (status) =>
      h.expectNext({ nationality: "other", "contract-place": "peru", "current-status": status }, "duration"));
    it("rejects an unknown answer", () =>
      h.expectInvalid({ nationality: "other", "contract-place": "peru", "current-status": "student" }, "current-status"));
  });

  describe("duration", () => {
    it.each(["resident", "temporary"])("%s ends the flow", (duration) =>
      h.expectNext({ nationality: "other", "contract-place": "abroad", duration }, "done"));
    it("rejects an unknown answer", () => h.expectInvalid({ nationality: "other", "contract-place": "abroad", duration: "forever" }, "duration"));
  });

  describe("the checklist", () => {
    it("a tourist signing in Peru gets the free permit to sign and the change of status, not the apostille", () => {
      const items = h.items({ nationality: "other", "contract-place": "peru", "current-status": "tourist", duration: "resident" });
      expect(items).toEqual(
        expect.arrayContaining(["permit-to-sign", "change-of-status", "written-contract", "contract-approval", "foreign-staff-cap", "fee-resident", "foreigners-register", "yearly-renewal"]),
      );
      expect(items).not.toContain("contract-apostille");
      expect(items).not.toContain("contract-registration-andean");
      const permit = h.flow.items.find((i) => i.id === "permit-to-sign")!;
      expect(permit.fee).toBe("S/ 0.00");
    });
    it("someone already allowed to work needs no permit to sign", () => {
      const items = h.items({ nationality: "other", "contract-place": "peru", "current-status": "work-allowed", duration: "resident" });
      expect(items).not.toContain("permit-to-sign");
      expect(items).not.toContain("change-of-status");
    });
    it("a contract signed abroad needs the apostille or legalisation", () => {
      expect(h.items({ nationality: "other", "contract-place": "abroad", duration: "resident" })).toContain("contract-apostille");
    });
    it("an Andean national only registers the contract, and is not told about the approval or the cap", () => {
      const items = h.items({ nationality: "andean", "contract-place": "abroad", duration: "resident" });
      expect(items).toEqual(expect.arrayContaining(["contract-registration-andean", "andean-alternatives", "employer-ruc", "employer-power", "employer-sunat-registration"]));
      expect(items).not.toContain("contract-approval");
      expect(items).not.toContain("foreign-staff-cap");
    });
    it("an Andean temporary worker may show the Andean Migration Card instead of the passport", () => {
      const andean = h.items({ nationality: "andean", "contract-place": "abroad", duration: "temporary" });
      expect(andean).toContain("passport-or-andean-card");
      expect(andean).not.toContain("passport-copy");
      const other = h.items({ nationality: "other", "contract-place": "abroad", duration: "temporary" });
      expect(other).toContain("passport-copy");
      expect(other).not.toContain("passport-or-andean-card");
    });
    it("a temporary worker gets the 183-day rule, not the yearly renewal", () => {
      const items = h.items({ nationality: "other", "contract-place": "abroad", duration: "temporary" });
      expect(items).toEqual(expect.arrayContaining(["temporary-stay", "fee-temporary"]));
      expect(items).not.toContain("yearly-renewal");
      expect(items).not.toContain("fee-resident");
    });
    it("every list carries the employer's documents and the warning not to start work early", () => {
      const cases: Record<string, string>[] = [
        { nationality: "andean", "contract-place": "peru", "current-status": "tourist", duration: "temporary" },
        { nationality: "other", "contract-place": "abroad", duration: "resident" },
      ];
      for (const answers of cases) {
        expect(h.items(answers)).toEqual(expect.arrayContaining(["application-form", "interpol-certificate", "employer-ruc", "no-work-before-status"]));
      }
    });
  });

  describe("reading answers from a message", () => {
    it("reads a Venezuelan tourist signing in Lima for a year (es)", () => {
      expect(h.prefill("Soy venezolano, estoy como turista y una empresa quiere que firme aquí en Lima un contrato de un año. ¿Qué documentos necesito?", "es")).toEqual({
        nationality: "other",
        "contract-place": "peru",
        "current-status": "tourist",
        duration: "resident",
      });
    });
    it("reads a Colombian with a contract signed abroad (en)", () => {
      expect(h.prefill("I'm Colombian and I signed in my country a six-month contract with a Peruvian company", "en")).toEqual({
        nationality: "andean",
        "contract-place": "abroad",
        duration: "temporary",
      });
    });
    it("guesses nothing when the message does not say", () => {
      expect(h.prefill("¿Qué requisitos hay para contratar a un extranjero?", "es")).toEqual({});
      expect(h.prefill("What documents does a company need to hire a foreigner?", "en")).toEqual({});
    });
  });
});
