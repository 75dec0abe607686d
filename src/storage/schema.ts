import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One row per question asked: scrubbed text, language, answer status, the card that answered.
 * A conversation is only the id its messages share (a follow-up carries its previous question in
 * the conversation id; older ids read their last message here).
 */
export const messages = sqliteTable(
  "messages",
  {
    id: text().primaryKey(),
    conversationId: text().notNull(),
    lang: text().notNull(),
    question: text().notNull(),
    status: text().notNull(),
    cardId: text(),
    urgent: integer({ mode: "boolean" }).notNull(),
    /** Checklist progress, never the answers: the flow, the question asked or "done", a start flag. */
    flowId: text(),
    flowStep: text(),
    flowStarted: integer({ mode: "boolean" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("messages_conversation_idx").on(t.conversationId), index("messages_created_idx").on(t.createdAt)],
);

/** Thumbs up/down on one reply, with an optional reason from a fixed list (no free text). */
export const feedback = sqliteTable(
  "feedback",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    messageId: text().notNull(),
    conversationId: text().notNull(),
    cardId: text(),
    lang: text().notNull(),
    helpful: integer({ mode: "boolean" }).notNull(),
    reason: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("feedback_message_idx").on(t.messageId), index("feedback_created_idx").on(t.createdAt)],
);

/** Requests per client and minute, for the rate limit on Workers (clients are hashed, never raw). */
export const rateLimits = sqliteTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: integer().notNull(),
  count: integer().notNull(),
});
