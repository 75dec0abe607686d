import { readFileSync } from "node:fs";
import type { KnowledgeBundle } from "../../core/knowledge.js";

/** Reads the compiled bundle from disk (built by `npm run build:knowledge`). */
export function readKnowledgeBundle(path: string): KnowledgeBundle {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as KnowledgeBundle;
  } catch (e) {
    throw new Error(`cannot read ${path}: run "npm run build:knowledge" first (${(e as Error).message})`);
  }
}
