import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../src/core/base64url.js";

/** What a conversation id's state has always been: UTF-8, base64 by Node, then made URL-safe. */
const reference = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("base64url", () => {
  it("encodes the way Node does, in every length modulo 3 and beyond ASCII", () => {
    for (const text of ["", "a", "ab", "abc", "¿Qué?", "我在国外住了很多年", "👩‍👧 ok", '{"q":"l\'école ?"}']) {
      expect(toBase64Url(text)).toBe(reference(text));
    }
  });

  it("round-trips any text and matches Node on it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const encoded = toBase64Url(text);
        expect(encoded).toBe(reference(text));
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(encoded)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("throws on characters outside the alphabet", () => {
    expect(() => fromBase64Url("ab$c")).toThrow();
  });
});
