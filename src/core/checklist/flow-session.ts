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

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
}

/**
 * The conversation id the client sends back. A checklist's answers travel inside it, so the
 * server never stores them: `<id>~<base64url state>`. Only `<id>` is ever stored.
 */
export function encodeConversationId(id: string, session?: FlowSession): string {
  if (!session) return id;
  const state = JSON.stringify({ f: session.flowId, a: session.answers, ...(session.pending ? { p: session.pending } : {}) });
  return `${id}${SEP}${toBase64Url(state)}`;
}

export function decodeConversationId(value: string): { id: string; session?: FlowSession } {
  const at = value.indexOf(SEP);
  if (at < 0) return { id: value };
  const id = value.slice(0, at);
  try {
    const raw = JSON.parse(fromBase64Url(value.slice(at + 1))) as { f?: unknown; a?: unknown; p?: unknown };
    if (typeof raw.f !== "string" || !raw.a || typeof raw.a !== "object" || Array.isArray(raw.a)) return { id };
    const answers: Answers = {};
    for (const [k, v] of Object.entries(raw.a as Record<string, unknown>)) {
      if (typeof v === "string" && /^[a-z0-9-]{1,40}$/.test(k) && v.length <= 40) answers[k] = v;
    }
    return { id, session: { flowId: raw.f, answers, ...(typeof raw.p === "string" ? { pending: raw.p } : {}) } };
  } catch {
    return { id };
  }
}
