/**
 * The server's answers are plain text: paragraphs split by blank lines, "• " bullets, bare URLs
 * and e-mail addresses. This turns that text into a small structure the renderer builds with
 * createElement/textContent — no HTML is ever parsed, and the only links made are http(s) and
 * mailto. Pure: no DOM, so it is unit-tested under Node.
 */

export type Inline = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };
export type Line = Inline[];
export type Block = { kind: "paragraph"; lines: Line[]; caution?: boolean } | { kind: "list"; items: Line[] };

const BULLET = /^\s*[•◦‣∙*-]\s+/;
const CAUTION = /^\s*⚠/;
// An http(s) URL, a bare "www." address, or an e-mail address.
const LINK =
  /\bhttps?:\/\/[^\s<>"'()[\]{}]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'()[\]{}]*)?|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const TRAILING = /[.,;:!?…»”’]+$/;

export function linkify(text: string): Line {
  const out: Line = [];
  let last = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev?.kind === "text") prev.text += t;
    else out.push({ kind: "text", text: t });
  };
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const shown = raw.replace(TRAILING, "");
    push(text.slice(last, start));
    const href = shown.includes("@") && !/^https?:/i.test(shown) && !/^www\./i.test(shown) ? `mailto:${shown}` : /^www\./i.test(shown) ? `https://${shown}` : shown;
    out.push({ kind: "link", text: shown, href });
    last = start + shown.length;
  }
  push(text.slice(last));
  return out;
}

export function parseAnswer(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    let paragraph: Line[] | undefined;
    let list: Line[] | undefined;
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = BULLET.exec(raw);
      if (bullet) {
        paragraph = undefined;
        if (!list) blocks.push({ kind: "list", items: (list = []) });
        list.push(linkify(raw.slice(bullet[0].length).trim()));
      } else {
        list = undefined;
        if (!paragraph) blocks.push({ kind: "paragraph", lines: (paragraph = []), ...(CAUTION.test(line) ? { caution: true } : {}) });
        paragraph.push(linkify(line));
      }
    }
  }
  return blocks;
}

/** The plain text of a line, for comparing with a source title. */
export function lineText(line: Line): string {
  return line.map((i) => i.text).join("");
}
