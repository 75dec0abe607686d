import { describe, expect, it } from "vitest";
import { testApp } from "../support/knowledge.js";

describe("CORS on the public API", () => {
  const { app } = testApp(); // allows https://www.gob.pe

  it("answers a preflight from an allowed origin with what the widget may send", async () => {
    const res = await app.request("/api/chat", {
      method: "OPTIONS",
      headers: { origin: "https://www.gob.pe", "access-control-request-method": "POST", "access-control-request-headers": "Content-Type, Accept-Language" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://www.gob.pe");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("Content-Type,Accept-Language");
    expect(res.headers.get("access-control-max-age")).toBe("600");
    expect(res.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives any other origin no permission, on preflights and answers alike", async () => {
    const pre = await app.request("/api/chat", { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await app.request("/api/chat", { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/json" }, body: JSON.stringify({ message: "hola" }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("marks answers as varying by origin, errors included, next to the security headers", async () => {
    const ok = await app.request("/api/chat", { method: "POST", headers: { origin: "https://www.gob.pe", "content-type": "application/json" }, body: JSON.stringify({ message: "Ley del Retorno" }) });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://www.gob.pe");
    expect(ok.headers.get("vary")).toBe("Origin");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    const bad = await app.request("/api/chat", { method: "POST", headers: { origin: "https://www.gob.pe", "content-type": "application/json" }, body: "{" });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("access-control-allow-origin")).toBe("https://www.gob.pe");
    expect(bad.headers.get("vary")).toBe("Origin");
  });
});
