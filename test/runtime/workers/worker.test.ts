import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

async function chat(body: unknown) {
  const res = await SELF.fetch("http://contigo.test/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe("the worker (workerd + D1)", () => {
  it("answers a Return Act question with its official source", async () => {
    const { status, body } = await chat({ message: "¿Qué beneficios tributarios da la Ley del Retorno 30001?" });
    expect(status).toBe(200);
    expect(body.lang).toBe("es");
    expect(body.status).toBe("answered");
    expect(body.answer).toMatch(/30001/);
    expect(body.sources[0]).toMatchObject({ source: "inforetorno" });
    expect(body.sources[0].url).toMatch(/^https:\/\//);
  });

  it("stores the turn in D1 with personal data scrubbed", async () => {
    const { body } = await chat({ message: "Me llamo Rosa Quispe, mi correo es rosa.q@example.com. ¿Cómo pido la tarjeta de migrante retornado?" });
    const row = await env.DB.prepare("SELECT question FROM messages WHERE conversation_id = ?").bind(String(body.conversationId).split("~")[0]).first<{ question: string }>();
    expect(row?.question).toBeDefined();
    expect(row!.question).not.toMatch(/Rosa|example\.com/);
    expect(row!.question).toMatch(/tarjeta de migrante retornado/);
  });

  it("keeps the topic on a follow-up in the same conversation", async () => {
    const first = await chat({ message: "I was stopped by the police in Lima for a migration check together with other foreigners." });
    // Alone, this question is about nothing in particular; the turn before gives it its topic.
    const second = await chat({ message: "Can they decide all our cases together?", conversationId: first.body.conversationId });
    expect(second.status).toBe(200);
    expect(second.body.answer).toMatch(/individual|separate/i);
    const alone = await chat({ message: "Can they decide all our cases together?" });
    expect(alone.body.answer).not.toMatch(/individual|separate/i);
  });

  it("rejects a bad request with a clear JSON error", async () => {
    const { status, body } = await chat({ message: "" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("messageRequired");
  });
});

describe("the worker with its database failing", () => {
  it("still answers from the bundled knowledge", async () => {
    await env.DB.exec("DROP TABLE messages");
    const { status, body } = await chat({ message: "What benefits does the Return Act give?" });
    expect(status).toBe(200);
    expect(body.sources.length).toBeGreaterThan(0);
  });
});
