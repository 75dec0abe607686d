import type { Locale } from "./locales.js";

export type AnswerStatus = "answered" | "clarification" | "no_match" | "urgent" | "out_of_scope" | "error";

/** What a conversation remembers between turns: enough to understand a follow-up, nothing personal. */
export interface ConversationContext {
  lang: Locale;
  lastCardId?: string;
  /** The previous question, already scrubbed of personal data. */
  lastQuestion?: string;
}

export interface TurnRecord {
  conversationId: string;
  messageId: string;
  lang: Locale;
  /** Scrubbed before it gets here; stores must never receive raw text. */
  question: string;
  status: AnswerStatus;
  cardId?: string;
  urgent: boolean;
  /** Checklist progress on this turn (no answers): which flow, which question was asked or "done". */
  flow?: { id: string; step: string; started: boolean };
  createdAt: Date;
}

export const FEEDBACK_REASONS = ["wrong", "unclear", "outdated", "missing", "other"] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export interface FeedbackRecord {
  conversationId: string;
  messageId: string;
  helpful: boolean;
  reason?: FeedbackReason;
  createdAt: Date;
}

/** The one storage port the core needs. Implementations: drizzle over SQLite or D1. */
export interface ConversationStore {
  getContext(conversationId: string): Promise<ConversationContext | undefined>;
  /** Records a turn; returns nothing when it was only queued (write-behind): nothing to wait for. */
  saveTurn(turn: TurnRecord): Promise<void> | void;
  /** Records a thumbs up/down on a reply; false when no such reply exists. */
  saveFeedback(feedback: FeedbackRecord): Promise<boolean>;
  /** Deletes messages and feedback older than `before`; returns rows deleted. */
  deleteOlderThan(before: Date): Promise<number>;
  /** Aggregates for content owners over [from, to): nothing that identifies a person. */
  insights(from: Date, to: Date): Promise<InsightsData>;
}

export interface InsightsData {
  perDay: { day: string; lang: string; count: number }[];
  statuses: { status: string; count: number }[];
  topCards: { cardId: string; count: number }[];
  /** Scrubbed questions that got no answer (no_match, out_of_scope), newest first. */
  unanswered: { question: string; lang: string; status: string; createdAt: string }[];
  feedback: { cardId: string | null; helpful: number; notHelpful: number; reasons: Record<string, number> }[];
  /** Answers given per card, to turn feedback counts into rates. */
  answersPerCard: { cardId: string; count: number }[];
  flows: { flowId: string; started: number; completed: number; lastStep: { step: string; conversations: number }[] }[];
}

/** What answering a chat turn needs from storage, and nothing more. */
export type ChatStore = Pick<ConversationStore, "getContext" | "saveTurn">;

/** Requests allowed per client and window: Node keeps counts in memory, Workers in D1. */
export interface RateLimiter {
  /** Counts one request for `key`; says whether it is allowed and when to retry if not. */
  hit(key: string, now: Date): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
}
