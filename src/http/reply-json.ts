import type { ChatReplyBody } from "../core/chat/chat-contract.js";

/**
 * A chat reply as the bytes of its JSON: byte for byte the UTF-8 of `JSON.stringify(reply)`, with
 * the answer text escaped and encoded once per text rather than once per reply. Most of a reply
 * is a card's answer (about 2 KB, mostly accents and bullets), the same text on every reply that
 * cites that card; escaping it, and then measuring and encoding it as UTF-8 to send it, was most
 * of the cost of writing a reply.
 */
const answerBytes = new Map<string, Uint8Array>();
/** Shorter answers are escaped each time: the lookup would cost about as much. */
const MIN_CACHED_LENGTH = 256;
/** Bounds the memory for answers that vary (urgent help, notes): cleared when full. */
const MAX_CACHED = 2048;

const utf8 = new TextEncoder();
/** TextEncoder always encodes into a new, unshared buffer (the type says only "some buffer"). */
const encode = (text: string) => utf8.encode(text) as Uint8Array<ArrayBuffer>;

// Stands in for the answer while the rest is serialised: a lone surrogate, which no text from
// cards, UI strings or ids contains, so its JSON (`"\ud800"`) occurs once, where the answer goes.
const PLACEHOLDER = "\ud800";
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

export function replyJson(reply: ChatReplyBody): Uint8Array<ArrayBuffer> {
  const { answer } = reply;
  // A checklist turn's text follows from the person's situation: it is not kept past the reply.
  if (answer.length < MIN_CACHED_LENGTH || reply.ask || reply.checklist) return encode(JSON.stringify(reply));
  let encoded = answerBytes.get(answer);
  if (encoded === undefined) {
    encoded = encode(JSON.stringify(answer));
    if (answerBytes.size >= MAX_CACHED) answerBytes.clear();
    answerBytes.set(answer, encoded);
  }
  const rest = JSON.stringify({ ...reply, answer: PLACEHOLDER });
  const at = rest.indexOf(PLACEHOLDER_JSON);
  const head = rest.slice(0, at);
  const tail = rest.slice(at + PLACEHOLDER_JSON.length);
  // Room for the worst case (3 bytes per UTF-16 unit); the reply is the part written.
  const out = new Uint8Array(3 * head.length + encoded.length + 3 * tail.length);
  const headBytes = utf8.encodeInto(head, out).written;
  out.set(encoded, headBytes);
  const tailBytes = utf8.encodeInto(tail, out.subarray(headBytes + encoded.length)).written;
  return out.subarray(0, headBytes + encoded.length + tailBytes);
}
