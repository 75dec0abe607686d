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
  saveTurn(turn: TurnRecord): Promise<void>;
  /** Records a thumbs up/down on a reply; false when no such reply exists. */
  saveFeedback(feedback: FeedbackRecord): Promise<boolean>;
}
