import { describe, expect, it } from "vitest";
import { CARRIED_QUESTION_CHARS, CONVERSATION_ID_PATTERN, decodeConversationId, encodeConversationId } from "../../../src/core/checklist/flow-session.js";

const ID = "01a22199-2292-707c-9f94-fef6c3b0fe84";

describe("conversation ids", () => {
  it("are the bare id when nothing travels with them", () => {
    expect(encodeConversationId(ID)).toBe(ID);
    expect(decodeConversationId(ID)).toEqual({ id: ID });
  });

  it("carry a checklist in progress and the previous question, in any script", () => {
    const session = { flowId: "family-residence", answers: { sponsor: "peruvian" }, pending: "relationship" };
    for (const lastQuestion of ["¿Qué documentos necesito?", "我需要什么文件？", "Kisa mwen bezwen pou m fè rezidans?"]) {
      const token = encodeConversationId(ID, { session, lastQuestion });
      expect(CONVERSATION_ID_PATTERN.test(token)).toBe(true);
      expect(decodeConversationId(token)).toEqual({ id: ID, session, lastQuestion });
    }
    expect(decodeConversationId(encodeConversationId(ID, { lastQuestion: "¿y la multa?" }))).toEqual({ id: ID, lastQuestion: "¿y la multa?" });
  });

  it("stay within what the API accepts however long the question was", () => {
    for (const lastQuestion of ["a".repeat(1000), "护照".repeat(500), "🙂".repeat(600)]) {
      const token = encodeConversationId(ID, { session: { flowId: "return-act", answers: { "entry-date": "2026-01-15", years: "3-plus" } }, lastQuestion });
      expect(CONVERSATION_ID_PATTERN.test(token)).toBe(true);
      const carried = decodeConversationId(token).lastQuestion!;
      expect([...carried].length).toBeLessThanOrEqual(CARRIED_QUESTION_CHARS);
      expect(lastQuestion.startsWith(carried)).toBe(true);
    }
  });

  it("keep only the id when the state was tampered with", () => {
    expect(decodeConversationId(`${ID}~bm90LWpzb24`)).toEqual({ id: ID });
    expect(decodeConversationId(`${ID}~eyJmIjoxfQ`)).toEqual({ id: ID });
  });
});
