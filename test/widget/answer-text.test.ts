import { describe, expect, it } from "vitest";
import { lineText, linkify, parseAnswer, type Block } from "../../widget/src/answer-text.js";

const links = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === "list" ? b.items : b.lines)).flatMap((line) => line.filter((i) => i.kind === "link"));

describe("parseAnswer (server text → structure the widget renders with textContent)", () => {
  it("splits paragraphs on blank lines and keeps single line breaks inside one", () => {
    const blocks = parseAnswer("Title line\n\nFirst line\nsecond line\n\nLast.");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    const second = blocks[1] as Extract<Block, { kind: "paragraph" }>;
    expect(second.lines.map(lineText)).toEqual(["First line", "second line"]);
  });

  it("turns • lines into a list, also right after an intro line", () => {
    const blocks = parseAnswer("Si está en peligro:\n• Línea 100\n• Línea 1818\n\nMás texto");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "list", "paragraph"]);
    const list = blocks[1] as Extract<Block, { kind: "list" }>;
    expect(list.items.map(lineText)).toEqual(["Línea 100", "Línea 1818"]);
  });

  it("marks a ⚠️ paragraph as a caution", () => {
    const [block] = parseAnswer("⚠️ La ley ha cambiado.");
    expect(block).toMatchObject({ kind: "paragraph", caution: true });
  });

  it("links http(s) URLs, bare www. addresses and e-mails, leaving trailing punctuation out", () => {
    const found = links(parseAnswer("Vea https://www.consulado.pe. Chat en www.mimp.gob.pe/chat100, o escriba a leydelretorno@rree.gob.pe."));
    expect(found).toEqual([
      { kind: "link", text: "https://www.consulado.pe", href: "https://www.consulado.pe" },
      { kind: "link", text: "www.mimp.gob.pe/chat100", href: "https://www.mimp.gob.pe/chat100" },
      { kind: "link", text: "leydelretorno@rree.gob.pe", href: "mailto:leydelretorno@rree.gob.pe" },
    ]);
  });

  it("keeps the text around links intact", () => {
    const line = linkify("Fuente: Inforetorno · https://www.gob.pe/80268 (oficial)");
    expect(lineText(line)).toBe("Fuente: Inforetorno · https://www.gob.pe/80268 (oficial)");
  });

  it("never makes a link from javascript:, data: or markup — markup stays text", () => {
    const text = 'Hola <img src=x onerror=alert(1)> javascript:alert(1) data:text/html,<b>x</b> <a href="javascript:alert(1)">x</a>';
    const blocks = parseAnswer(text);
    expect(links(blocks)).toEqual([]);
    expect(lineText((blocks[0] as Extract<Block, { kind: "paragraph" }>).lines[0]!)).toBe(text);
  });

  it("normalises Windows line endings and ignores blank input", () => {
    expect(parseAnswer("a\r\n\r\nb").length).toBe(2);
    expect(parseAnswer("   \n\n  ")).toEqual([]);
  });
});
