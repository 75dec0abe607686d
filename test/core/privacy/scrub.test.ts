import { describe, expect, it } from "vitest";
import { scrubPersonalData } from "../../../src/core/privacy/scrub.js";

describe("scrubPersonalData", () => {
  it("removes e-mail addresses and phone numbers", () => {
    const out = scrubPersonalData("Escríbanme a maria.lopez@gmail.com o al +51 987 654 321, o al (01) 315-4000");
    expect(out).not.toMatch(/maria|gmail|987|654|315/);
    expect(out).toContain("[email]");
    expect(out).toContain("[phone]");
  });

  it("removes passport, DNI and CE numbers", () => {
    const out = scrubPersonalData("Mi DNI es 45678912, mi pasaporte 119876543 y mi carné de extranjería N° 001234567. Passport AB1234567.");
    expect(out).not.toMatch(/45678912|119876543|001234567|AB1234567/);
  });

  it("removes a name given after me llamo / my name is / je m'appelle", () => {
    expect(scrubPersonalData("Hola, me llamo Juan Pérez y quiero volver")).not.toMatch(/Juan|Pérez/);
    expect(scrubPersonalData("My name is Ana Torres, I live in Madrid")).not.toMatch(/Ana|Torres/);
    expect(scrubPersonalData("Je m'appelle Jean Baptiste")).not.toMatch(/Jean|Baptiste/);
  });

  it("keeps law numbers, years and amounts that make the question useful", () => {
    const text = "¿La Ley 30001 y el DS 035-2013-RE siguen vigentes en 2026? ¿El límite es US$ 50,000?";
    expect(scrubPersonalData(text)).toBe(text);
  });
});

describe("errorSummary", () => {
  it("keeps only the first line of a driver error, where the statement's parameters are not", async () => {
    const { errorSummary } = await import("../../../src/core/privacy/error-summary.js");
    const e = new Error('Failed query: insert into "messages" values (?, ?)\nparams: c-1,¿cómo traigo a mi esposa?');
    expect(errorSummary(e)).toBe('Failed query: insert into "messages" values (?, ?)');
  });
});
