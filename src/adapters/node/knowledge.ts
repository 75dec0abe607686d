import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeBundle, KnowledgeCore, LocaleKnowledge } from "../../core/knowledge.js";

/** Reads the compiled knowledge from disk (built by `npm run build:knowledge`). */
export function readKnowledgeBundle(dir: string): KnowledgeBundle {
  try {
    const core = JSON.parse(readFileSync(join(dir, "core.json"), "utf8")) as KnowledgeCore;
    const locales = Object.fromEntries(
      core.manifest.locales.map((lang) => [
        lang,
        JSON.parse(readFileSync(join(dir, "assets", "knowledge", `${lang}.json`), "utf8")) as LocaleKnowledge,
      ]),
    ) as KnowledgeBundle["locales"];
    return { ...core, locales };
  } catch (e) {
    throw new Error(`cannot read knowledge from ${dir}: run "npm run build:knowledge" first (${(e as Error).message})`);
  }
}
