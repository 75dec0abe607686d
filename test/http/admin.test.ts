import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { DEFAULT_APP_CONFIG } from "../../src/http/app-deps.js";
import { MIGRATIONS, postChat, realBundle } from "../support/knowledge.js";

const TOKEN = "test-admin-token-0123456789";

function adminApp(token: string | null = TOKEN) {
  const { store } = openSqliteStore(":memory:", MIGRATIONS);
  const { app, deps } = createNodeApp(realBundle(), store, { ...DEFAULT_APP_CONFIG, rateLimitPerMinute: 0, ...(token ? { adminToken: token } : {}) });
  deps.warn = () => {};
  return app;
}
const auth = { authorization: `Bearer ${TOKEN}` };

describe("GET /api/admin/insights", () => {
  it("refuses without the right bearer token, and when no token is configured", async () => {
    const app = adminApp();
    expect((await app.request("/api/admin/insights")).status).toBe(401);
    expect((await app.request("/api/admin/insights", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await adminApp(null).request("/api/admin/insights", { headers: auth })).status).toBe(401);
  });

  it("reports usage by language, statuses, top cards, grouped unanswered questions, feedback and checklist drop-off", async () => {
    const app = adminApp();
    const a = await postChat(app, { message: "¿Qué beneficios da la Ley del Retorno?" });
    await postChat(app, { message: "What benefits does the Return Act give?" });
    await postChat(app, { message: "¿Cómo renuevo una licencia de pesca en Noruega? Me llamo Ana Ruiz" });
    await postChat(app, { message: "¿Cómo renuevo mi licencia de pesca en Noruega?" });
    await postChat(app, { message: "Quiero traer a mi esposa, soy peruano" });
    await app.request("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: a.body.conversationId, messageId: a.body.messageId, helpful: false, reason: "unclear" }),
    });
    const res = await app.request("/api/admin/insights?lang=en", { headers: auth });
    expect(res.status).toBe(200);
    const i = (await res.json()) as any;
    expect(i.perDay.map((d: any) => d.lang).sort()).toEqual(["en", "es"]);
    expect(i.statuses.find((s: any) => s.status === "answered").count).toBeGreaterThanOrEqual(2);
    expect(i.topCards[0].title).toEqual(expect.any(String));
    const fishing = i.unanswered.find((g: any) => /pesca/.test(g.label));
    expect(fishing.count).toBe(2);
    expect(JSON.stringify(i)).not.toMatch(/Ana Ruiz/);
    expect(i.feedback[0]).toMatchObject({ notHelpful: 1, reasons: { unclear: 1 } });
    expect(i.flows[0]).toMatchObject({ flowId: "family-residence", started: 1, completed: 0 });
    expect(i.flows[0].lastStep[0].step).toBe("marriage-place");
  });

  it("exports the same data as CSV", async () => {
    const app = adminApp();
    await postChat(app, { message: "=cmd|' /C calc'!A0 ¿visa de trabajo en Marte?" });
    const res = await app.request("/api/admin/insights.csv", { headers: auth });
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe("section,key,label,value,extra");
    expect(text).toMatch(/questions_per_day,\d{4}-\d{2}-\d{2},es,1/);
    expect(text).not.toMatch(/,=cmd/);
  });
});

describe("retention", () => {
  it("deletes messages and feedback older than the cut-off", async () => {
    const { store } = openSqliteStore(":memory:", MIGRATIONS);
    const old = new Date("2026-01-01T00:00:00Z");
    const recent = new Date("2026-11-27T00:00:00Z");
    await store.saveTurn({ conversationId: "old-conv-1", messageId: "old-msg-1", lang: "es", question: "q", status: "answered", urgent: false, createdAt: old });
    await store.saveFeedback({ conversationId: "old-conv-1", messageId: "old-msg-1", helpful: true, createdAt: old });
    await store.saveTurn({ conversationId: "new-conv-1", messageId: "new-msg-1", lang: "es", question: "q", status: "answered", urgent: false, createdAt: recent });
    expect(await store.deleteOlderThan(new Date("2026-08-30T00:00:00Z"))).toBe(2);
    expect(await store.getContext("old-conv-1")).toBeUndefined();
    expect(await store.getContext("new-conv-1")).toBeDefined();
  });
});
