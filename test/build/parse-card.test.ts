import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/build/build-knowledge.js";
import { ContentError, parseCard } from "../../src/build/parse-card.js";
import { ROOT } from "../support/knowledge.js";

const GOOD = `---
id: sample-card
lang: es
source: inforetorno
audience: [returnee]
topic: return-act
title: "Tarjeta del Migrante Retornado"
questions: ["uno", "dos", "tres", "cuatro", "cinco"]
summary: >-
  La tarjeta se pide dentro de los 180 días.
points: ["Plazo: 180 días"]
legal_basis: ["Ley 30001"]
official_url: "https://www.gob.pe/83486"
contacts:
  - { name: "Cancillería", value: "leydelretorno@rree.gob.pe" }
reviewed: 2026-11-28
---

## Más detalle

Texto.
`;

describe("parseCard", () => {
  it("turns a valid file into a card with its body rendered", () => {
    const card = parseCard("cards/es/sample-card.md", GOOD);
    expect(card).toMatchObject({ id: "sample-card", lang: "es", source: "inforetorno", reviewed: "2026-11-28" });
    expect(card.bodyHtml).toContain("<h2>Más detalle</h2>");
  });

  it.each([
    ["official_url", GOOD.replace('official_url: "https://www.gob.pe/83486"\n', "")],
    ["source", GOOD.replace("source: inforetorno", "source: wikipedia")],
    ["questions", GOOD.replace('["uno", "dos", "tres", "cuatro", "cinco"]', '["uno"]')],
    ["reviewed", GOOD.replace("reviewed: 2026-11-28", "reviewed: last year")],
    ["legal_basis", GOOD.replace('legal_basis: ["Ley 30001"]\n', "")],
    ["contacts", GOOD.replace(/contacts:\n.*\n/, "contacts: []\n")],
  ])("names the file and the field when %s is wrong", (field, text) => {
    let error: unknown;
    try {
      parseCard("cards/es/sample-card.md", text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain("cards/es/sample-card.md");
    expect((error as ContentError).message).toContain(field);
  });

  it("rejects raw HTML in a body", () => {
    expect(() => parseCard("x.md", GOOD.replace("Texto.", "<script>alert(1)</script>"))).toThrow(/raw HTML/);
  });
});

describe("buildKnowledge", () => {
  it("is deterministic: the same content gives the same cards, indexes and hash", () => {
    const a = buildKnowledge(join(ROOT, "content"), new Date(0)).bundle;
    const b = buildKnowledge(join(ROOT, "content"), new Date(1)).bundle;
    expect(JSON.stringify(b.locales)).toBe(JSON.stringify(a.locales));
    expect(b.manifest.contentHash).toBe(a.manifest.contentHash);
  });

  it("fails on a card that exists in one language only, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "contigo-content-"));
    cpSync(join(ROOT, "content", "locales"), join(dir, "locales"), { recursive: true });
    mkdirSync(join(dir, "cards", "es"), { recursive: true });
    mkdirSync(join(dir, "cards", "en"), { recursive: true });
    writeFileSync(join(dir, "cards", "es", "sample-card.md"), GOOD);
    const { errors } = buildKnowledge(dir);
    expect(errors.map((e) => e.message).join("\n")).toMatch(/cards\/en\/[\s\S]*missing card sample-card\.md/);
  });

  it("fails on a UI string missing in one language", () => {
    const dir = mkdtempSync(join(tmpdir(), "contigo-content-"));
    cpSync(join(ROOT, "content", "locales"), join(dir, "locales"), { recursive: true });
    writeFileSync(join(dir, "locales", "en", "api.json"), JSON.stringify({ noMatch: "Sorry" }));
    const { errors } = buildKnowledge(dir);
    expect(errors.map((e) => e.message).join("\n")).toMatch(/locales\/en\/api\.json[\s\S]*outOfScope: missing or empty/);
  });
});
