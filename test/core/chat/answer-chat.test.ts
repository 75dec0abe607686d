import { describe, expect, it } from "vitest";
import { answerChat, type ChatDeps } from "../../../src/core/chat/answer-chat.js";
import { createI18n } from "../../../src/core/i18n/create-i18n.js";
import { knowledgeFromBundle } from "../../../src/core/knowledge-view.js";
import type { ConversationContext, ChatStore, TurnRecord } from "../../../src/core/ports.js";
import { realBundle } from "../../support/knowledge.js";

function memoryStore() {
  const turns: TurnRecord[] = [];
  const contexts = new Map<string, ConversationContext>();
  const store: ChatStore = {
    getContext: async (id) => contexts.get(id),
    saveTurn: async (turn) => {
      turns.push(turn);
      contexts.set(turn.conversationId, { lang: turn.lang, lastQuestion: turn.question, ...(turn.cardId ? { lastCardId: turn.cardId } : {}) });
    },
  };
  return { store, turns };
}

const bundle = realBundle();
let ids = 0;
function deps(store: ChatStore, warn: (m: string) => void = () => {}): ChatDeps {
  return {
    knowledge: knowledgeFromBundle(bundle),
    store,
    translate: createI18n(bundle.i18n),
    newId: () => `conv-${++ids}-test`,
    now: () => new Date("2026-11-28T10:00:00Z"),
    warn,
  };
}

describe("answerChat", () => {
  it("answers in the question's language with the card's facts and its official source", async () => {
    const { store } = memoryStore();
    const reply = await answerChat({ message: "¿Qué incentivos tributarios da la Ley del Retorno?" }, deps(store));
    expect(reply.lang).toBe("es");
    expect(reply.status).toBe("answered");
    expect(reply.answer).toMatch(/US\$ ?\d/);
    expect(reply.answer).toMatch(/Fuente/);
    expect(reply.sources[0]).toMatchObject({ source: "inforetorno" });
    expect(reply.sources[0]!.url).toMatch(/^https?:\/\//);
  });

  it("answers an English question in English", async () => {
    const reply = await answerChat({ message: "How do I get the returned migrant card while I am still abroad?" }, deps(memoryStore().store));
    expect(reply.lang).toBe("en");
    expect(reply.answer).toMatch(/consulate/i);
    expect(reply.answer).toMatch(/Source/);
  });

  it("an explicit lang wins over detection", async () => {
    const reply = await answerChat({ message: "Ley del Retorno beneficios", lang: "en" }, deps(memoryStore().store));
    expect(reply.lang).toBe("en");
    expect(reply.answer).toMatch(/Return Act|Ley 30001/);
  });

  it("puts the helplines first for a confiscated passport and flags it urgent", async () => {
    const reply = await answerChat({ message: "My employer took my passport and hasn't paid me in three months" }, deps(memoryStore().store));
    expect(reply.urgent).toBe(true);
    expect(reply.status).toBe("urgent");
    const firstLines = reply.answer.split("\n").slice(0, 4).join("\n");
    expect(firstLines).toMatch(/1818/);
  });

  it("says honestly when it has no answer, with the official channels, and cites nothing", async () => {
    const reply = await answerChat({ message: "How do I import a used tractor engine into Peru for my farm?" }, deps(memoryStore().store));
    expect(reply.status).toBe("no_match");
    expect(reply.sources).toEqual([]);
    expect(reply.answer).toMatch(/don't have reliable information/i);
    expect(reply.answer).toMatch(/200-1000/);
  });

  it("declines out-of-scope requests politely", async () => {
    const reply = await answerChat({ message: "Can you write me a cover letter for a nursing job?" }, deps(memoryStore().store));
    expect(reply.status).toBe("out_of_scope");
    expect(reply.answer).toMatch(/only answer questions about migration/);
  });

  it("keeps the topic of the conversation for a follow-up", async () => {
    const { store } = memoryStore();
    const d = deps(store);
    const first = await answerChat({ message: "I was stopped by the police in Lima for a migration check along with other foreigners." }, d);
    const follow = await answerChat({ message: "Can they decide all our cases together?", conversationId: first.conversationId }, d);
    expect(follow.answer).toMatch(/individual|separate/i);
    // The same words with no conversation behind them do not reach that card.
    const alone = await answerChat({ message: "Can they decide all our cases together?" }, d);
    expect(alone.answer).not.toMatch(/individual|separate/i);
  });

  it("reads a follow-up from the conversation id alone: another process, or no database, still keeps the topic", async () => {
    const { store } = memoryStore();
    const first = await answerChat({ message: "I was stopped by the police in Lima for a migration check along with other foreigners." }, deps(store));
    const nothingStored: ChatStore = {
      getContext: () => Promise.reject(new Error("database unavailable")),
      saveTurn: () => Promise.reject(new Error("database unavailable")),
    };
    const follow = await answerChat({ message: "Can they decide all our cases together?", conversationId: first.conversationId }, deps(nothingStored));
    expect(follow.answer).toMatch(/individual|separate/i);
  });

  it("carries the previous question scrubbed, never the personal details in it", async () => {
    const { store } = memoryStore();
    const reply = await answerChat({ message: "Me llamo Carla Rojas, pasaporte 123456789. ¿Cómo voto desde Madrid?" }, deps(store));
    const state = reply.conversationId.split("~")[1]!;
    const carried = new TextDecoder().decode(Uint8Array.from(atob(state.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));
    expect(carried).toMatch(/voto/);
    expect(carried).not.toMatch(/Carla|Rojas|123456789/);
  });

  it("stores only scrubbed text", async () => {
    const { store, turns } = memoryStore();
    await answerChat({ message: "Me llamo Carla Rojas, DNI 45678912, correo carla@example.com. ¿Cómo voto desde Madrid?" }, deps(store));
    expect(turns).toHaveLength(1);
    expect(turns[0]!.question).not.toMatch(/Carla|Rojas|45678912|example\.com/);
  });

  it("still answers when the store fails, and says why in the log", async () => {
    const warnings: string[] = [];
    const broken: ChatStore = {
      getContext: () => Promise.reject(new Error("disk I/O error")),
      saveTurn: () => Promise.reject(new Error("disk I/O error")),
    };
    const reply = await answerChat({ message: "¿Qué beneficios da la Ley del Retorno?", conversationId: "abcdefgh-1" }, deps(broken, (m) => warnings.push(m)));
    expect(reply.status).toBe("answered");
    expect(warnings.join("\n")).toMatch(/disk I\/O error/);
  });
});

describe("answerChat greetings", () => {
  it("answers a bare greeting with what Contigo does, not with a random card", async () => {
    const reply = await answerChat({ message: "¡Hola!" }, deps(memoryStore().store));
    expect(reply.sources).toEqual([]);
    expect(reply.answer).toMatch(/Contigo/);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it("reads past greetings and personal details to the question", async () => {
    const reply = await answerChat({ message: "Hola, soy Pedro, mi teléfono es 987 654 321. ¿Qué beneficios tiene la Ley del Retorno?" }, deps(memoryStore().store));
    expect(reply.status).toBe("answered");
    expect(reply.sources[0]!.source).toBe("inforetorno");
  });
});

describe("starting a checklist", () => {
  it("lists what is needed whatever the remaining answers, then asks the first question that changes the list", async () => {
    const reply = await answerChat({ message: "My company in Lima wants to hire me. What documents do I need for the work permit?" }, deps(memoryStore().store));
    expect(reply.status).toBe("clarification");
    expect(reply.ask?.flowId).toBe("worker-residence");
    const certainBlock = reply.answer.slice(reply.answer.indexOf("You will need in any case:"), reply.answer.indexOf(reply.ask!.text));
    expect(certainBlock).toMatch(/RUC/);
  });
});
