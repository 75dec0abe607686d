import { describe, expect, it } from "vitest";
import { createApiClient, type FetchLike } from "../../widget/src/api-client.js";

const reply = {
  conversationId: "conv-12345678",
  messageId: "msg-12345678",
  lang: "es",
  answer: "Respuesta",
  sources: [],
  suggestions: [],
  urgent: false,
  status: "answered",
};

interface Call {
  url: string;
  body: Record<string, unknown>;
  credentials: string;
}

/** A fetch that answers from a list of canned responses and records what it was sent. */
function stub(...responses: (((call: Call, signal: AbortSignal) => Promise<{ status: number; json(): Promise<unknown> }>) | [number, unknown])[]) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, body: JSON.parse(init.body) as Record<string, unknown>, credentials: init.credentials };
    calls.push(call);
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    if (typeof next === "function") return next(call, init.signal);
    const [status, data] = next;
    return { status, json: async () => data };
  };
  return { fetch, calls };
}

const client = (fetch: FetchLike, timeoutMs = 1000) => createApiClient({ base: "https://contigo.gob.pe/", fetch, timeoutMs });

describe("api client: POST /api/chat", () => {
  it("posts the message, language, conversation and picked option to the widget's host, without cookies", async () => {
    const { fetch, calls } = stub([200, reply]);
    const result = await client(fetch).chat({ message: "Hola", lang: "es", conversationId: "conv-12345678", answer: { value: "spouse" } });
    expect(result).toEqual({ ok: true, reply });
    expect(calls[0]).toEqual({
      url: "https://contigo.gob.pe/api/chat",
      body: { message: "Hola", lang: "es", conversationId: "conv-12345678", answer: { value: "spouse" } },
      credentials: "omit",
    });
  });

  it("reports a network failure without throwing", async () => {
    const { fetch } = stub(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await client(fetch).chat({ message: "Hola" })).toEqual({ ok: false, kind: "network" });
  });

  it("counts a request that outlives the timeout as failed, and aborts it", async () => {
    let aborted = false;
    const { fetch } = stub(
      (_call, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener("abort", () => {
            aborted = true;
            reject(new DOMException("aborted", "AbortError"));
          });
        }),
    );
    const result = await client(fetch, 30).chat({ message: "Hola" });
    expect(result).toEqual({ ok: false, kind: "timeout" });
    expect(aborted).toBe(true);
  });

  it("treats 5xx and a malformed 200 as server failures (retry may help)", async () => {
    const { fetch } = stub([503, { error: { code: "unavailable", message: "No disponible" } }], [200, { hello: "world" }], [200, "not json"]);
    const api = client(fetch);
    expect(await api.chat({ message: "a" })).toMatchObject({ ok: false, kind: "server", status: 503, code: "unavailable" });
    expect(await api.chat({ message: "b" })).toMatchObject({ ok: false, kind: "server", status: 200 });
    expect(await api.chat({ message: "c" })).toMatchObject({ ok: false, kind: "server" });
  });

  it("passes on the server's own message when it refuses the text (400)", async () => {
    const { fetch } = stub([400, { error: { code: "messageTooLong", message: "Su mensaje es demasiado largo", field: "message" } }]);
    expect(await client(fetch).chat({ message: "x".repeat(2000) })).toEqual({
      ok: false,
      kind: "rejected",
      status: 400,
      code: "messageTooLong",
      message: "Su mensaje es demasiado largo",
    });
  });

  it("retries without `lang` when the server does not serve that language yet, and stops sending it", async () => {
    const { fetch, calls } = stub([400, { error: { code: "unknownLang", message: "Idioma no disponible", field: "lang" } }], [200, reply], [200, reply]);
    const api = client(fetch);
    expect(await api.chat({ message: "Bonjour", lang: "fr" })).toEqual({ ok: true, reply });
    expect(await api.chat({ message: "Merci", lang: "fr" })).toEqual({ ok: true, reply });
    expect(calls.map((c) => c.body.lang)).toEqual(["fr", undefined, undefined]);
  });
});

describe("api client: POST /api/feedback", () => {
  it("is true on 201 and false on an error or a network failure", async () => {
    const body = { conversationId: "conv-12345678", messageId: "msg-12345678", helpful: true };
    const { fetch, calls } = stub([201, { ok: true }], [404, { error: { code: "notFound" } }], async () => {
      throw new TypeError("offline");
    });
    const api = client(fetch);
    expect(await api.feedback(body)).toBe(true);
    expect(await api.feedback(body)).toBe(false);
    expect(await api.feedback(body)).toBe(false);
    expect(calls[0]).toMatchObject({ url: "https://contigo.gob.pe/api/feedback", body });
  });
});
