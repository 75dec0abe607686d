import { and, count, desc, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { InsightsData } from "../core/ports.js";
import type { SqliteDb } from "./create-store.js";
import { feedback, messages } from "./schema.js";

/** Aggregate queries for the content owners' dashboard: counts only, plus scrubbed questions. */
export async function readInsights(db: SqliteDb, from: Date, to: Date): Promise<InsightsData> {
  const inRange = and(gte(messages.createdAt, from), lt(messages.createdAt, to));
  const day = sql<string>`strftime('%Y-%m-%d', ${messages.createdAt} / 1000, 'unixepoch')`;

  const perDay = await db
    .select({ day, lang: messages.lang, count: count() })
    .from(messages)
    .where(inRange)
    .groupBy(day, messages.lang)
    .orderBy(day, messages.lang);

  const statuses = await db.select({ status: messages.status, count: count() }).from(messages).where(inRange).groupBy(messages.status);

  const answersPerCard = await db
    .select({ cardId: sql<string>`${messages.cardId}`, count: count() })
    .from(messages)
    .where(and(inRange, isNotNull(messages.cardId)))
    .groupBy(messages.cardId)
    .orderBy(desc(count()));

  const unanswered = await db
    .select({ question: messages.question, lang: messages.lang, status: messages.status, createdAt: messages.createdAt })
    .from(messages)
    .where(and(inRange, inArray(messages.status, ["no_match", "out_of_scope"])))
    .orderBy(desc(messages.createdAt))
    .limit(500);

  const fb = await db
    .select({ cardId: feedback.cardId, helpful: feedback.helpful, reason: feedback.reason, n: count() })
    .from(feedback)
    .where(and(gte(feedback.createdAt, from), lt(feedback.createdAt, to)))
    .groupBy(feedback.cardId, feedback.helpful, feedback.reason);
  const byCard = new Map<string | null, InsightsData["feedback"][number]>();
  for (const row of fb) {
    const entry = byCard.get(row.cardId) ?? { cardId: row.cardId, helpful: 0, notHelpful: 0, reasons: {} };
    if (row.helpful) entry.helpful += row.n;
    else entry.notHelpful += row.n;
    if (row.reason) entry.reasons[row.reason] = (entry.reasons[row.reason] ?? 0) + row.n;
    byCard.set(row.cardId, entry);
  }

  // Checklists: starts, completions, and where unfinished conversations stopped.
  const flowRows = await db
    .select({ flowId: sql<string>`${messages.flowId}`, conversationId: messages.conversationId, step: messages.flowStep, started: messages.flowStarted, at: messages.createdAt })
    .from(messages)
    .where(and(inRange, isNotNull(messages.flowId)))
    .orderBy(messages.createdAt);
  const flows = new Map<string, { started: number; completed: number; last: Map<string, string> }>();
  for (const r of flowRows) {
    const f = flows.get(r.flowId) ?? { started: 0, completed: 0, last: new Map<string, string>() };
    if (r.started) f.started++;
    if (r.step === "done") f.completed++;
    f.last.set(r.conversationId, r.step ?? "");
    flows.set(r.flowId, f);
  }

  return {
    perDay,
    statuses,
    topCards: answersPerCard.slice(0, 20),
    unanswered: unanswered.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })),
    feedback: [...byCard.values()],
    answersPerCard,
    flows: [...flows.entries()].map(([flowId, f]) => {
      const dropped = new Map<string, number>();
      for (const step of f.last.values()) if (step !== "done") dropped.set(step, (dropped.get(step) ?? 0) + 1);
      return {
        flowId,
        started: f.started,
        completed: f.completed,
        lastStep: [...dropped.entries()].map(([step, conversations]) => ({ step, conversations })).sort((a, b) => b.conversations - a.conversations),
      };
    }),
  };
}

