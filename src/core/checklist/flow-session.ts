import { fromBase64Url, toBase64Url } from "../base64url.js";
import type { Answers } from "./flow-types.js";

/** A checklist in progress: which flow, what has been answered, which question is pending. */
export interface FlowSession {
  flowId: string;
  answers: Answers;
  pending?: string;
}

const SEP = "~";

/** What a client may send as conversationId: an id, then any checklist state. */
export const CONVERSATION_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}(~[A-Za-z0-9_-]{1,2000})?$/;

/** The longest previous question a conversation id carries (it only steers ranking). */
export const CARRIED_QUESTION_CHARS = 300;
const MAX_STATE = 2000;

/** What a conversation id carries besides the id: a checklist in progress, the last question. */
export interface CarriedState {
  session?: FlowSession;
  /** The previous question, scrubbed of personal data: follow-ups are read through it. */
  lastQuestion?: string;
}

/**
 * The conversation id the client sends back: `<id>~<base64url state>`. A checklist's answers and
 * the previous question travel inside it, so the server never stores the answers, and any
 * server process can read a follow-up at once, before (or without) the database. Only `<id>`
 * is ever stored.
 */
export function encodeConversationId(id: string, carried: CarriedState = {}): string {
  const { session } = carried;
  const asked = carried.lastQuestion ?? "";
  // Characters, not UTF-16 units (a cut must not split an emoji); short questions need no cut.
  let question = (asked.length <= CARRIED_QUESTION_CHARS ? asked : [...asked].slice(0, CARRIED_QUESTION_CHARS).join("")).trim();
  for (;;) {
    const state: { f?: string; a?: Answers; p?: string; q?: string } = {};
    if (session) {
      state.f = session.flowId;
      state.a = session.answers;
      if (session.pending) state.p = session.pending;
    }
    if (question) state.q = question;
    if (!session && !question) return id;
    const encoded = toBase64Url(JSON.stringify(state));
    if (encoded.length <= MAX_STATE || !question) return `${id}${SEP}${encoded}`;
    question = [...question].slice(0, Math.floor([...question].length / 2)).join("").trim(); // many non-Latin bytes
  }
}

export function decodeConversationId(value: string): { id: string } & CarriedState {
  const at = value.indexOf(SEP);
  if (at < 0) return { id: value };
  const id = value.slice(0, at);
  try {
    const raw = JSON.parse(fromBase64Url(value.slice(at + 1))) as { f?: unknown; a?: unknown; p?: unknown; q?: unknown };
    const lastQuestion = typeof raw.q === "string" && raw.q.trim() ? [...raw.q].slice(0, CARRIED_QUESTION_CHARS).join("") : undefined;
    const carried = lastQuestion ? { lastQuestion } : {};
    if (typeof raw.f !== "string" || !raw.a || typeof raw.a !== "object" || Array.isArray(raw.a)) return { id, ...carried };
    const answers: Answers = {};
    for (const [k, v] of Object.entries(raw.a as Record<string, unknown>)) {
      if (typeof v === "string" && /^[a-z0-9-]{1,40}$/.test(k) && v.length <= 40) answers[k] = v;
    }
    return { id, session: { flowId: raw.f, answers, ...(typeof raw.p === "string" ? { pending: raw.p } : {}) }, ...carried };
  } catch {
    return { id };
  }
}
