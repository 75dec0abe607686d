import { describe, expect, it } from "vitest";
import { postChat, testApp } from "../support/knowledge.js";

const { app } = testApp();
const post = (body: unknown) =>
  app.request("/api/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("POST /api/feedback", () => {
  it("records a thumbs down with a reason on a real reply", async () => {
    const chat = await postChat(app, { message: "¿Cómo pido la Tarjeta del Migrante Retornado?" });
    const res = await post({ conversationId: chat.body.conversationId, messageId: chat.body.messageId, helpful: false, reason: "outdated" });
    expect(res.status).toBe(201);
  });

  it("404s feedback on a reply that does not exist", async () => {
    const res = await post({ conversationId: "c-12345678", messageId: "m-12345678", helpful: true });
    expect(res.status).toBe(404);
  });

  it.each([
    [{ messageId: "m-12345678", helpful: true }, "conversationId"],
    [{ conversationId: "c-12345678", messageId: "m-12345678", helpful: "yes" }, "helpful"],
    [{ conversationId: "c-12345678", messageId: "m-12345678", helpful: true, reason: "I hate it" }, "reason"],
  ])("rejects %j with a 400 naming %s", async (body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.field).toBe(field);
  });
});
