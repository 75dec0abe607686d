/**
 * UTF-8 text ↔ unpadded base64url (RFC 4648 §5), without Buffer so the core runs on Workers too.
 * A conversation id carries its state this way on every reply, so encoding is a plain byte loop:
 * btoa needs a binary string and three replacements after it.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const utf8 = new TextEncoder();

export function toBase64Url(text: string): string {
  const bytes = utf8.encode(text);
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil((n * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[v >> 18]!;
    out[o++] = CODES[(v >> 12) & 63]!;
    out[o++] = CODES[(v >> 6) & 63]!;
    out[o++] = CODES[v & 63]!;
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = (bytes[i]! << 16) | ((two ? bytes[i + 1]! : 0) << 8);
    out[o++] = CODES[v >> 18]!;
    out[o++] = CODES[(v >> 12) & 63]!;
    if (two) out[o++] = CODES[(v >> 6) & 63]!;
  }
  // The state is a few kilobytes at most: well within one call's arguments.
  return String.fromCharCode.apply(null, out.subarray(0, o) as unknown as number[]);
}

const utf8Decoder = new TextDecoder();

/** The text back (bytes that are not UTF-8 read as U+FFFD); throws on characters outside the alphabet. */
export function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return utf8Decoder.decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}
