import { describe, expect, it } from "vitest";
import { postChat, testApp } from "../support/knowledge.js";

describe("security headers", () => {
  const { app } = testApp();

  it("mark every API response, answers and errors alike, as data that nothing may render or frame", async () => {
    const answers = await postChat(app, { message: "Ley del Retorno" });
    const error = await postChat(app, { message: "" });
    const missing = await app.request("/api/nothing-here");
    for (const headers of [answers.headers, error.headers, missing.headers]) {
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("give pages the full policy: own scripts and styles only", async () => {
    const res = await app.request("/cards?lang=es");
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(res.headers.get("x-frame-options")).toBeTruthy();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
