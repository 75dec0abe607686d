import { describe, expect, it } from "vitest";
import { postChat, testApp } from "../support/knowledge.js";

const { app } = testApp();

describe("POST /api/chat", () => {
  it("follows the contract", async () => {
    const { status, body } = await postChat(app, { message: "What does the Return Act give a returnee?" });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["conversationId", "lang", "answer", "sources", "suggestions", "urgent"]));
    expect(body.sources[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), url: expect.any(String), source: expect.any(String) }));
  });

  it.each([
    ["an empty message", { message: "   " }, "messageRequired", "message"],
    ["no message", { lang: "es" }, "messageRequired", "message"],
    ["a number as message", { message: 42 }, "messageType", "message"],
    ["an over-long message", { message: "a".repeat(1001) }, "messageTooLong", "message"],
    ["an unknown lang", { message: "hola", lang: "xx" }, "unknownLang", "lang"],
    ["a bad conversation id", { message: "hola", conversationId: "<script>" }, "conversationId", "conversationId"],
    ["an array body", [1, 2], "invalidBody", undefined],
  ])("rejects %s with a 400 and a clear error", async (_name, body, code, field) => {
    const res = await postChat(app, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    if (field) expect(res.body.error.field).toBe(field);
  });

  it("rejects broken JSON with a 400", async () => {
    const res = await postChat(app, "{not json");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalidJson");
  });

  it("rejects a huge body with a 413 before reading it all", async () => {
    const res = await postChat(app, { message: "x".repeat(200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("bodyTooLarge");
  });

  it("speaks the error in the asker's language", async () => {
    const en = await postChat(app, { message: "x".repeat(1001), lang: "en" });
    expect(en.body.error.message).toMatch(/too long/);
    const es = await postChat(app, { message: "", lang: "es" });
    expect(es.body.error.message).toMatch(/Escriba su pregunta/);
    const header = await postChat(app, { message: "" }, { "accept-language": "en-GB,en;q=0.8" });
    expect(header.body.error.message).toMatch(/type your question/);
  });

  it("allows only configured origins through CORS", async () => {
    const ok = await postChat(app, { message: "hola" }, { origin: "https://www.gob.pe" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://www.gob.pe");
    const other = await postChat(app, { message: "hola" }, { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers unknown paths with a JSON 404", async () => {
    const res = await app.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe("notFound");
  });
});
