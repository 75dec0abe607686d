import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { DEFAULT_APP_CONFIG } from "../../src/http/app-deps.js";
import { webCryptoClientHash } from "../../src/http/middleware/rate-limit.js";
import { MIGRATIONS, postChat, realBundle } from "../support/knowledge.js";

function appWith(limit: number, trustProxy = false) {
  const { store } = openSqliteStore(":memory:", MIGRATIONS);
  const { app, deps } = createNodeApp(realBundle(), store, { ...DEFAULT_APP_CONFIG, rateLimitPerMinute: limit, trustProxy });
  deps.warn = () => {};
  return app;
}

describe("rate limit", () => {
  it("answers with a localized 429 and Retry-After past the per-minute limit", async () => {
    const app = appWith(3);
    for (let i = 0; i < 3; i++) expect((await postChat(app, { message: "¿Qué es la TMR?" })).status).toBe(200);
    const limited = await postChat(app, { message: "¿Qué es la TMR?" }, { "accept-language": "es" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/Demasiadas preguntas/);
    const en = await postChat(app, { message: "What is the TMR?" }, { "accept-language": "en" });
    expect(en.body.error.message).toMatch(/Too many questions/);
  });

  it("does not limit reading pages", async () => {
    const app = appWith(1);
    for (let i = 0; i < 5; i++) expect((await app.request("/api/cards?lang=en")).status).toBe(200);
  });

  it("behind a proxy, limits each forwarded client on its own", async () => {
    const app = appWith(2, true);
    const from = (address: string) => ({ "x-forwarded-for": `${address}, 10.0.0.1` });
    for (let i = 0; i < 2; i++) expect((await postChat(app, { message: "¿Qué es la TMR?" }, from("203.0.113.7"))).status).toBe(200);
    expect((await postChat(app, { message: "¿Qué es la TMR?" }, from("203.0.113.7"))).status).toBe(429);
    expect((await postChat(app, { message: "¿Qué es la TMR?" }, from("198.51.100.20"))).status).toBe(200);
  });

  it("keys a client on Node as WebCrypto does on Workers (a short SHA-256, never the address)", async () => {
    const { store } = openSqliteStore(":memory:", MIGRATIONS);
    const { deps } = createNodeApp(realBundle(), store, DEFAULT_APP_CONFIG);
    for (const text of ["2026-11-28:203.0.113.7", "2026-11-28:2001:db8::1", "2026-11-29:203.0.113.7"]) {
      const key = deps.hashClient!(text);
      expect(key).toBe(await webCryptoClientHash(text));
      expect(key).toMatch(/^[0-9a-f]{24}$/);
    }
  });
});
