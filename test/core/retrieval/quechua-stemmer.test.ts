import { describe, expect, it } from "vitest";
import { stemQuechua } from "../../../src/core/retrieval/quechua-stemmer.js";

describe("stemQuechua", () => {
  it.each([
    ["argentinapim", "argentina"],
    ["multawankuchu", "multa"],
    ["direccionniy", "direccion"],
    ["votaptiyqa", "votay"],
    ["llaqtakunamanta", "llaqta"],
    ["wasiykipi", "wasi"],
  ])("gives %s the same stem as %s", (inflected, bare) => expect(stemQuechua(inflected)).toBe(stemQuechua(bare)));

  it("leaves short words alone", () => {
    expect(stemQuechua("wasi")).toBe("wasi");
    expect(stemQuechua("dni")).toBe("dni");
  });
});
