import type { Citation } from "../core/answer/answer-types.js";
import type { ChatReplyBody } from "../core/chat/chat-contract.js";

/**
 * A chat reply as the bytes of its JSON: byte for byte the UTF-8 of `JSON.stringify(reply)`, with
 * the parts that repeat from reply to reply written once. Most of a reply is a card's answer
 * (about 2 KB, mostly accents and bullets), the same text on every reply that cites that card;
 * escaping it, and then measuring and encoding it as UTF-8 to send it, was most of the cost of
 * writing a reply. Its citations are the card's own, shared by every reply (compose-answer.ts).
 */
const answerBytes = new Map<string, Uint8Array>();
/** Shorter answers are escaped each time: the lookup would cost about as much. */
const MIN_CACHED_LENGTH = 256;
/** Bounds the memory for answers that vary (urgent help, notes): cleared when full. */
const MAX_CACHED = 2048;

/** The JSON of each citation, by object: citations are made once per card and never change. */
const citationJson = new WeakMap<Citation, string>();

const utf8 = new TextEncoder();
/** TextEncoder always encodes into a new, unshared buffer (the type says only "some buffer"). */
const encode = (text: string) => utf8.encode(text) as Uint8Array<ArrayBuffer>;

function sourcesJson(sources: readonly Citation[]): string {
  let json = "[";
  for (let i = 0; i < sources.length; i++) {
    const citation = sources[i]!;
    let one = citationJson.get(citation);
    if (one === undefined) citationJson.set(citation, (one = JSON.stringify(citation)));
    json += i ? `,${one}` : one;
  }
  return `${json}]`;
}

function cachedAnswer(answer: string): Uint8Array {
  let encoded = answerBytes.get(answer);
  if (encoded === undefined) {
    encoded = encode(JSON.stringify(answer));
    if (answerBytes.size >= MAX_CACHED) answerBytes.clear();
    answerBytes.set(answer, encoded);
  }
  return encoded;
}

export function replyJson(reply: ChatReplyBody): Uint8Array<ArrayBuffer> {
  // A checklist turn's text follows from the person's situation: it is not kept past the reply.
  if (reply.answer.length < MIN_CACHED_LENGTH || reply.ask || reply.checklist) return encode(JSON.stringify(reply));
  // The members in the reply's own order, as JSON.stringify writes them (undefined ones left out).
  let head = "";
  let tail = "";
  let answer: Uint8Array | undefined;
  for (const [key, value] of Object.entries(reply) as [keyof ChatReplyBody, unknown][]) {
    if (value === undefined) continue;
    if (key === "answer") {
      answer = cachedAnswer(value as string);
      head += `${head ? "," : "{"}"answer":`;
      continue;
    }
    const member = `${head || answer ? "," : "{"}${JSON.stringify(key)}:${key === "sources" ? sourcesJson(value as Citation[]) : JSON.stringify(value)}`;
    if (answer) tail += member;
    else head += member;
  }
  tail += "}";
  // Room for the worst case (3 bytes per UTF-16 unit); the reply is the part written.
  const out = new Uint8Array(3 * head.length + answer!.length + 3 * tail.length);
  const headBytes = utf8.encodeInto(head, out).written;
  out.set(answer!, headBytes);
  const tailBytes = utf8.encodeInto(tail, out.subarray(headBytes + answer!.length)).written;
  return out.subarray(0, headBytes + answer!.length + tailBytes);
}
