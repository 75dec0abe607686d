import type { ChatReplyBody } from "../core/chat/chat-contract.js";

/**
 * A chat reply as JSON, byte for byte what `JSON.stringify(reply)` gives, with the answer text
 * escaped once per text rather than once per reply. Most of a reply is a card's answer (about
 * 2 KB, mostly accents and bullets), the same text on every reply that cites that card, and
 * escaping it was most of the cost of writing a reply.
 */
const escapedAnswers = new Map<string, string>();
/** Shorter answers are escaped each time: the lookup would cost about as much. */
const MIN_CACHED_LENGTH = 256;
/** Bounds the memory for answers that vary (urgent help, notes): cleared when full. */
const MAX_CACHED = 2048;

// Stands in for the answer while the rest is serialised: a lone surrogate, which no text from
// cards, UI strings or ids contains, so its JSON (`"\ud800"`) occurs once, where the answer goes.
const PLACEHOLDER = "\ud800";
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

export function replyJson(reply: ChatReplyBody): string {
  const { answer } = reply;
  // A checklist turn's text follows from the person's situation: it is not kept past the reply.
  if (answer.length < MIN_CACHED_LENGTH || reply.ask || reply.checklist) return JSON.stringify(reply);
  let escaped = escapedAnswers.get(answer);
  if (escaped === undefined) {
    escaped = JSON.stringify(answer);
    if (escapedAnswers.size >= MAX_CACHED) escapedAnswers.clear();
    escapedAnswers.set(answer, escaped);
  }
  const rest = JSON.stringify({ ...reply, answer: PLACEHOLDER });
  const at = rest.indexOf(PLACEHOLDER_JSON);
  return `${rest.slice(0, at)}${escaped}${rest.slice(at + PLACEHOLDER_JSON.length)}`;
}
