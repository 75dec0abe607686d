import { lineText, parseAnswer, type Line } from "./answer-text.js";

export interface RenderAnswerOptions {
  /** Titles of the cited cards: an answer that opens with one gets it as its lead line. */
  titles?: readonly string[];
  /** Makes the "(opens in a new tab)" note appended to every link. */
  newTabNote?: () => Node;
}

/**
 * Server answer text → DOM, built only with createElement, textContent and setAttribute on
 * links whose href parseAnswer produced (http, https, mailto). Never innerHTML.
 */
export function renderAnswer(text: string, options: RenderAnswerOptions = {}): DocumentFragment {
  const frag = document.createDocumentFragment();
  const blocks = parseAnswer(text);
  const titles = new Set(options.titles ?? []);

  const line = (parent: HTMLElement, inlines: Line) => {
    for (const part of inlines) {
      if (part.kind === "text") {
        parent.append(document.createTextNode(part.text));
        continue;
      }
      const a = document.createElement("a");
      a.href = part.href;
      a.textContent = part.text;
      if (!part.href.startsWith("mailto:")) {
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        if (options.newTabNote) a.append(options.newTabNote());
      }
      parent.append(a);
    }
  };

  blocks.forEach((block, index) => {
    if (block.kind === "list") {
      const ul = document.createElement("ul");
      for (const item of block.items) {
        const li = document.createElement("li");
        line(li, item);
        ul.append(li);
      }
      frag.append(ul);
      return;
    }
    const p = document.createElement("p");
    const isLead = index === 0 && block.lines.length === 1 && titles.has(lineText(block.lines[0]!));
    if (isLead) p.className = "lead";
    else if (block.caution) p.className = "caution";
    block.lines.forEach((l, i) => {
      if (i > 0) p.append(document.createElement("br"));
      line(p, l);
    });
    frag.append(p);
  });
  return frag;
}
