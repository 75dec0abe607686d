import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/core/answer/answer-types.js";
import type { ChatReplyBody } from "../../src/core/chat/chat-contract.js";
import { replyJson } from "../../src/http/reply-json.js";
import { testApp } from "../support/knowledge.js";

const reply = (answer: string, extra: Partial<ChatReplyBody> = {}): ChatReplyBody => ({
  conversationId: "0192a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  messageId: "0192a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c",
  lang: "es",
  answer,
  sources: [],
  suggestions: ["¿Qué es la TMR?"],
  urgent: false,
  status: "answered",
  ...extra,
});

describe("writing a chat reply", () => {
  it("is exactly the UTF-8 of what JSON.stringify writes, whatever the answer holds, the first time and after", () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const long = (s: string) => s.repeat(Math.ceil(300 / s.length));
    for (const answer of [
      "corta",
      long("• Ley 30001 «retorno» \"comillas\" \\ barra\n"),
      long("⚠️ 回国法 👩‍👧 tab\tcontrol\u0001 "),
      long("text with a literal \\ud800 in it "),
    ]) {
      const citation: Citation = { id: "return-act", title: "¿Qué es la Ley 30001?", url: "https://www.gob.pe/rree", source: "inforetorno", sourceName: "Inforetorno «RREE»", cardUrl: "/cards/return-act?lang=es" };
      const replies = [
        reply(answer),
        reply(answer, { note: "Nota ✓ \"citada\"" }),
        reply(answer, { sources: [citation, { ...citation, id: "tmr", title: "回国卡" }], suggestions: [] }),
        reply(answer, { sources: [citation], note: undefined }),
        reply(answer, { note: "Nota", ask: { flowId: "f", questionId: "q", kind: "choice", text: "¿?", options: [] } }),
      ];
      for (const r of replies) {
        expect(replyJson(r)).toEqual(utf8(JSON.stringify(r)));
        expect(replyJson(r)).toEqual(utf8(JSON.stringify(r)));
      }
    }
  });

  it("sends every kind of reply byte for byte as JSON.stringify of its content", async () => {
    const { app, close } = testApp();
    const messages = [
      "¿Qué beneficios da la Ley del Retorno?",
      "What documents do I need to bring my wife to Peru? I am a foreign resident",
      "Mi empleador me quitó el pasaporte y no me deja salir",
      "回国法有哪些优惠？",
      "hola",
      "¿Quién ganará el mundial?",
      "Je veux faire venir ma femme au Pérou, quels documents ?",
    ];
    for (const message of messages) {
      const res = await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      const text = await res.text();
      expect(text).toBe(JSON.stringify(JSON.parse(text)));
    }
    close();
  });
});
