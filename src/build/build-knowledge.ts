/**
 * content/ → knowledge/: validated cards, one lunr index per locale, UI strings and a
 * manifest. Exits non-zero, naming file and field, on any invalid content.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Card } from "../core/cards/card-types.js";
import type { KnowledgeBundle } from "../core/knowledge.js";
import { SUPPORTED_LOCALES, type Locale } from "../core/locales.js";
import { buildIndex } from "./build-index.js";
import { ContentError, parseCard } from "./parse-card.js";
import { checkParity } from "./check-parity.js";
import { parseFlows } from "./parse-flows.js";
import { lunr } from "../core/retrieval/configure-lunr.js";

export interface BuildResult {
  bundle: KnowledgeBundle;
  errors: ContentError[];
}

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

export function buildKnowledge(contentDir: string, now = new Date()): BuildResult {
  const errors: ContentError[] = [];
  const hash = createHash("sha256");
  const cards = {} as Record<Locale, Card[]>;
  const i18n = {} as KnowledgeBundle["i18n"];

  for (const lang of SUPPORTED_LOCALES) {
    cards[lang] = [];
    const dir = join(contentDir, "cards", lang);
    for (const name of listFiles(dir, ".md")) {
      const path = join(dir, name);
      const rel = relative(contentDir, path);
      const text = readFileSync(path, "utf8");
      hash.update(rel).update(text);
      try {
        const card = parseCard(rel, text);
        const problems: string[] = [];
        if (card.lang !== lang) problems.push(`lang: is "${card.lang}" but the file is under cards/${lang}/`);
        if (`${card.id}.md` !== name) problems.push(`id: "${card.id}" does not match the file name`);
        if (problems.length) throw new ContentError(rel, problems);
        cards[lang].push(card);
      } catch (e) {
        if (e instanceof ContentError) errors.push(e);
        else throw e;
      }
    }
    i18n[lang] = {};
    const localeDir = join(contentDir, "locales", lang);
    for (const name of listFiles(localeDir, ".json")) {
      const rel = relative(contentDir, join(localeDir, name));
      const text = readFileSync(join(localeDir, name), "utf8");
      hash.update(rel).update(text);
      try {
        i18n[lang][name.replace(/\.json$/, "")] = JSON.parse(text) as Record<string, unknown>;
      } catch (e) {
        errors.push(new ContentError(rel, [`JSON: ${(e as Error).message}`]));
      }
    }
  }

  const parsedFlows = parseFlows(contentDir);
  errors.push(...parsedFlows.errors);
  for (const [rel, text] of parsedFlows.files) hash.update(rel).update(text);
  for (const lang of SUPPORTED_LOCALES) {
    for (const [flowId, copy] of Object.entries(parsedFlows.copy[lang])) i18n[lang][`flow-${flowId}`] = copy as Record<string, unknown>;
  }
  const cardIds = new Set(SUPPORTED_LOCALES.flatMap((l) => cards[l].map((c) => c.id)));
  for (const flow of parsedFlows.flows) {
    const unknown = flow.cards.filter((id) => !cardIds.has(id));
    if (unknown.length) errors.push(new ContentError(`flows/${flow.id}/flow.yaml`, unknown.map((id) => `cards: unknown card id "${id}"`)));
  }

  errors.push(...checkParity(cards, i18n));

  const locales = {} as KnowledgeBundle["locales"];
  for (const lang of SUPPORTED_LOCALES) {
    const built = buildIndex(cards[lang], lang);
    locales[lang] = { cards: cards[lang], index: built.index.toJSON(), vocabulary: built.vocabulary };
  }

  const cardsPerLocale = Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, cards[l].length]));
  return {
    errors,
    bundle: {
      manifest: {
        contentHash: hash.digest("hex"),
        builtAt: now.toISOString(),
        lunrVersion: lunr.version,
        locales: [...SUPPORTED_LOCALES],
        cardCount: cards[SUPPORTED_LOCALES[0]].length,
        cardsPerLocale,
        flowCount: parsedFlows.flows.length,
      },
      i18n,
      flows: parsedFlows.flows,
      locales,
    },
  };
}

/**
 * core.json (manifest and UI strings, bundled into the worker) and one file per language under
 * assets/knowledge/ (served as static assets on Workers, loaded on first use of that language).
 * knowledge/assets/ is the one static folder: the widget build writes its scripts there too.
 */
export function writeKnowledge(dir: string, bundle: KnowledgeBundle): void {
  rmSync(join(dir, "assets", "knowledge"), { recursive: true, force: true });
  mkdirSync(join(dir, "assets", "knowledge"), { recursive: true });
  const { locales, ...core } = bundle;
  writeFileSync(join(dir, "core.json"), JSON.stringify(core));
  for (const [lang, data] of Object.entries(locales)) {
    writeFileSync(join(dir, "assets", "knowledge", `${lang}.json`), JSON.stringify(data));
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(bundle.manifest, null, 2) + "\n");
}

function main(): void {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const { bundle, errors } = buildKnowledge(join(root, "content"));
  if (errors.length) {
    console.error(`build:knowledge: ${errors.length} problem(s) in content/:`);
    for (const e of errors) console.error(`- ${e.message}`);
    process.exit(1);
  }
  writeKnowledge(join(root, "knowledge"), bundle);
  console.log(
    `build:knowledge: ${bundle.manifest.cardCount} cards × ${bundle.manifest.locales.length} locales, hash ${bundle.manifest.contentHash.slice(0, 12)}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
