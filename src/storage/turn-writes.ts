import { sql } from "drizzle-orm";
import type { TurnRecord } from "../core/ports.js";
import type { SqliteDb } from "./create-store.js";
import { conversations, messages } from "./schema.js";

/** The values one turn binds to the two prepared writes below. */
function turnParams(turn: TurnRecord) {
  return {
    conversationId: turn.conversationId,
    messageId: turn.messageId,
    lang: turn.lang,
    question: turn.question,
    status: turn.status,
    cardId: turn.cardId ?? null,
    urgent: turn.urgent,
    flowId: turn.flow?.id ?? null,
    flowStep: turn.flow?.step ?? null,
    // 1/0, or null outside a checklist: bound raw below, past the boolean column's encoder (which
    // would write null as 0).
    flowStarted: turn.flow ? (turn.flow.started ? 1 : 0) : null,
    createdAt: turn.createdAt,
  };
}

const p = (name: keyof ReturnType<typeof turnParams>) => sql.placeholder(name);

/**
 * The two writes of a chat turn (conversation upsert, message insert), built and prepared once:
 * drizzle's query building was a sixth of a turn's time when done per request.
 * Returns a function that runs both for one turn (sync on better-sqlite3, a promise on D1).
 */
export function prepareTurnWrites(db: SqliteDb): (turn: TurnRecord) => Promise<void> | void {
  const upsert = db
    .insert(conversations)
    .values({ id: p("conversationId"), lang: p("lang"), lastCardId: p("cardId"), lastQuestion: p("question"), createdAt: p("createdAt"), updatedAt: p("createdAt") })
    .onConflictDoUpdate({
      target: conversations.id,
      set: { lang: sql`excluded.lang`, lastCardId: sql`excluded.last_card_id`, lastQuestion: sql`excluded.last_question`, updatedAt: sql`excluded.updated_at` },
    })
    .prepare();
  const insert = db
    .insert(messages)
    .values({
      id: p("messageId"),
      conversationId: p("conversationId"),
      lang: p("lang"),
      question: p("question"),
      status: p("status"),
      cardId: p("cardId"),
      urgent: p("urgent"),
      flowId: p("flowId"),
      flowStep: p("flowStep"),
      flowStarted: sql`${p("flowStarted")}`,
      createdAt: p("createdAt"),
    })
    .prepare();
  return (turn) => {
    const params = turnParams(turn);
    const first = upsert.run(params) as unknown;
    if (first instanceof Promise) return first.then(() => insert.run(params)).then(() => undefined);
    insert.run(params);
  };
}
