import type { Citation } from "../answer/answer-types.js";
import type { Locale } from "../locales.js";
import type { AnswerStatus } from "../ports.js";

/** POST /api/chat request body. */
export interface ChatRequestBody {
  message: string;
  lang?: Locale;
  /** From the previous reply; carries the conversation (and any checklist in progress). */
  conversationId?: string;
  /** When the user picked one of `ask.options`: its value (the message is then its label). */
  answer?: { value: string };
}

export interface AskOption {
  value: string;
  label: string;
}

/** A checklist question the user must answer before the list can be given. */
export interface Ask {
  flowId: string;
  questionId: string;
  /** "date": no options; the person types a date (or a date picker sends YYYY-MM-DD). */
  kind: "choice" | "date";
  text: string;
  hint?: string;
  options: AskOption[];
}

export interface ChecklistItem {
  id: string;
  /** The heading the item goes under (e.g. "General requirements"). */
  group?: string;
  title: string;
  detail: string;
  /** Why it is needed: the rule that asks for it. */
  legalBasis?: string;
  where?: string;
  fee?: string;
  /** A deadline as text, or an ISO date when computed from a date the user gave. */
  deadline?: string;
}

export interface Checklist {
  flowId: string;
  title: string;
  intro: string;
  items: ChecklistItem[];
  notes: string[];
  /** Content version and the date the rules were last reviewed. */
  validAsOf: string;
  contentVersion: string;
  /** A printable, shareable page with the answers in its URL: nothing is stored. */
  printUrl: string;
}

/** POST /api/chat response body (200). Errors are { error: { code, message, field? } }. */
export interface ChatReplyBody {
  conversationId: string;
  /** Identifies this reply for POST /api/feedback. */
  messageId: string;
  lang: Locale;
  answer: string;
  sources: Citation[];
  suggestions: string[];
  urgent: boolean;
  status: AnswerStatus;
  note?: string;
  ask?: Ask;
  checklist?: Checklist;
}

/** POST /api/feedback request body. */
export interface FeedbackBody {
  conversationId: string;
  messageId: string;
  helpful: boolean;
  reason?: "wrong" | "unclear" | "outdated" | "missing" | "other";
}
