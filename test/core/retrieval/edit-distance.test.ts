import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/core/retrieval/edit-distance.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swapped letters as one edit each", () => {
    expect(editDistance("residencia", "residencia", 2)).toBe(0);
    expect(editDistance("resdencia", "residencia", 2)).toBe(1);
    expect(editDistance("residensia", "residencia", 2)).toBe(1);
    expect(editDistance("trabjaador", "trabajador", 2)).toBe(1);
    expect(editDistance("trabjador", "trabajadora", 2)).toBe(2);
    expect(editDistance("reisdencia", "residencia", 2)).toBe(1);
  });

  it("stops past the limit", () => {
    expect(editDistance("pasaporte", "consulado", 2)).toBe(3);
    expect(editDistance("ab", "abcdef", 1)).toBe(2);
  });
});
