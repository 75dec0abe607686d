import { describe, expect, it } from "vitest";
import { contrastWithWhite, DEFAULT_ACCENT, readableAccent } from "../../widget/src/accent.js";

describe("readableAccent", () => {
  it("keeps Peru red, which already has AA contrast with white text", () => {
    expect(readableAccent(null).accent).toBe(DEFAULT_ACCENT);
    expect(contrastWithWhite(DEFAULT_ACCENT)).toBeGreaterThan(7);
  });

  it("accepts #rgb and #rrggbb", () => {
    expect(readableAccent("#036").accent).toBe("#003366");
    expect(readableAccent("#1D4ED8").accent).toBe("#1d4ed8");
  });

  it("darkens a light accent until white text on it reaches 4.5:1", () => {
    for (const light of ["#ffcc00", "#7dd3fc", "#ffffff", "#f28c28"]) {
      const { accent } = readableAccent(light);
      expect(contrastWithWhite(accent), light).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("falls back to the default for anything that is not a hex colour (it goes into a stylesheet)", () => {
    for (const bad of ["red", "rgb(0,0,0)", "#12345", "#000;}:host{display:none", "url(x)"]) {
      expect(readableAccent(bad).accent, bad).toBe(DEFAULT_ACCENT);
    }
  });
});
