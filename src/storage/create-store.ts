import { eq } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { isLocale } from "../core/locales.js";
import type { ConversationStore } from "../core/ports.js";
import { conversations, messages } from "./schema.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SqliteDb = BaseSQLiteDatabase<"sync" | "async", any, any>;

/**
 * The conversation store over any drizzle SQLite database (better-sqlite3 on Node, D1 on Workers).
 * Each method is single statements with no transaction, which D1 requires.
 */
export function createStore(db: SqliteDb): ConversationStore {
  return {
    async getContext(conversationId) {
      const rows = await db.select().from(conversations).where(eq(conversations.id, conversationId)).limit(1);
      const row = rows[0];
      if (!row || !isLocale(row.lang)) return undefined;
      return {
        lang: row.lang,
        ...(row.lastCardId ? { lastCardId: row.lastCardId } : {}),
        ...(row.lastQuestion ? { lastQuestion: row.lastQuestion } : {}),
      };
    },

    async saveTurn(turn) {
      await db
        .insert(conversations)
        .values({
          id: turn.conversationId,
          lang: turn.lang,
          lastCardId: turn.cardId ?? null,
          lastQuestion: turn.question,
          createdAt: turn.createdAt,
          updatedAt: turn.createdAt,
        })
        .onConflictDoUpdate({
          target: conversations.id,
          set: {
            lang: turn.lang,
            lastCardId: turn.cardId ?? null,
            lastQuestion: turn.question,
            updatedAt: turn.createdAt,
          },
        });
      await db.insert(messages).values({
        conversationId: turn.conversationId,
        lang: turn.lang,
        question: turn.question,
        status: turn.status,
        cardId: turn.cardId ?? null,
        urgent: turn.urgent,
        createdAt: turn.createdAt,
      });
    },
  };
}
