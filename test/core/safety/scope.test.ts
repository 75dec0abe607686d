import { describe, expect, it } from "vitest";
import { isPlainlyOutOfScope, mentionsDomain } from "../../../src/core/safety/scope.js";

describe("scope", () => {
  it("recognises requests Contigo does not do", () => {
    expect(isPlainlyOutOfScope("Can you write me a cover letter for a nursing job?")).toBe(true);
    expect(isPlainlyOutOfScope("¿Me recomiendas una buena universidad privada en Lima?")).toBe(true);
    expect(isPlainlyOutOfScope("Qual é o melhor time de futebol do Peru?")).toBe(true);
  });

  it("does not treat migration questions as out of scope", () => {
    expect(isPlainlyOutOfScope("¿Qué documentos necesito para la residencia de trabajador?")).toBe(false);
    expect(isPlainlyOutOfScope("Can my child go to school without papers?")).toBe(false);
  });

  it("knows the field's vocabulary in several languages", () => {
    expect(mentionsDomain("¿Cómo renuevo mi carné de extranjería?")).toBe(true);
    expect(mentionsDomain("Èske m ka kontakte konsila a?")).toBe(true);
    expect(mentionsDomain("what's a good recipe for ceviche")).toBe(false);
  });
});
