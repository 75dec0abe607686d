import { describe, expect, it } from "vitest";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { unavailableStore } from "../../src/adapters/node/sqlite-store.js";
import { DEFAULT_APP_CONFIG } from "../../src/http/app-deps.js";
import { postChat, realBundle } from "../support/knowledge.js";

describe("with the database down", () => {
  const { app, deps } = createNodeApp(realBundle(), unavailableStore, DEFAULT_APP_CONFIG);
  const warnings: string[] = [];
  deps.warn = (m) => warnings.push(m);

  it("still answers chat questions from the bundled knowledge, and logs why nothing was stored", async () => {
    const first = await postChat(app, { message: "¿Cómo pido la Tarjeta del Migrante Retornado?" });
    expect(first.status).toBe(200);
    expect(first.body.sources.length).toBeGreaterThan(0);
    const follow = await postChat(app, { message: "¿y cuánto demora?", conversationId: first.body.conversationId });
    expect(follow.status).toBe(200);
    expect(warnings.join("\n")).toMatch(/database unavailable/);
  });

  it("says feedback could not be saved with a 503, not a crash", async () => {
    const res = await app.request("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: "c-12345678", messageId: "m-12345678", helpful: true }),
    });
    expect(res.status).toBe(503);
  });
});

describe("GET /api/openapi.json", () => {
  it("describes the public API", async () => {
    const { app } = createNodeApp(realBundle(), unavailableStore, DEFAULT_APP_CONFIG);
    const doc = (await (await app.request("/api/openapi.json")).json()) as any;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/chat", "/api/feedback", "/api/cards", "/api/flows/{id}/checklist"]));
  });
});
