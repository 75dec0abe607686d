import { desc, eq, lt } from "drizzle-orm";
import { readInsights } from "./read-insights.js";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { isLocale } from "../core/locales.js";
import type { ConversationStore } from "../core/ports.js";
import { feedback, messages } from "./schema.js";
import { prepareTurnWrites } from "./turn-writes.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SqliteDb = BaseSQLiteDatabase<"sync" | "async", any, any>;

/**
 * The conversation store over any drizzle SQLite database (better-sqlite3 on Node, D1 on Workers).
 * Each method is single statements with no transaction, which D1 requires.
 */
export function createStore(db: SqliteDb, writeTurn: ReturnType<typeof prepareTurnWrites> = prepareTurnWrites(db)): ConversationStore {
  return {
    async getContext(conversationId) {
      // The conversation's last message (ids from before the previous question travelled in them).
      const rows = await db
        .select({ lang: messages.lang, cardId: messages.cardId, question: messages.question })
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(desc(messages.createdAt), desc(messages.id))
        .limit(1);
      const row = rows[0];
      if (!row || !isLocale(row.lang)) return undefined;
      return {
        lang: row.lang,
        ...(row.cardId ? { lastCardId: row.cardId } : {}),
        ...(row.question ? { lastQuestion: row.question } : {}),
      };
    },

    async saveTurn(turn) {
      await writeTurn(turn);
    },

    async saveFeedback(fb) {
      const rows = await db
        .select({ cardId: messages.cardId, lang: messages.lang, conversationId: messages.conversationId })
        .from(messages)
        .where(eq(messages.id, fb.messageId))
        .limit(1);
      const message = rows[0];
      if (!message || message.conversationId !== fb.conversationId) return false;
      await db.insert(feedback).values({
        messageId: fb.messageId,
        conversationId: fb.conversationId,
        cardId: message.cardId,
        lang: message.lang,
        helpful: fb.helpful,
        reason: fb.reason ?? null,
        createdAt: fb.createdAt,
      });
      return true;
    },

    async deleteOlderThan(before) {
      const f = await db.delete(feedback).where(lt(feedback.createdAt, before)).returning({ id: feedback.id });
      const m = await db.delete(messages).where(lt(messages.createdAt, before)).returning({ id: messages.id });
      return f.length + m.length;
    },

    insights: (from, to) => readInsights(db, from, to),
  };
}
