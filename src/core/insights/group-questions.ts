import { isLocale } from "../locales.js";
import { analyze } from "../retrieval/configure-lunr.js";
import { foldText } from "../retrieval/text-fold.js";

export interface QuestionGroup {
  /** The first (newest) question of the group, already scrubbed. */
  label: string;
  count: number;
  langs: string[];
  examples: string[];
}

function termsOf(question: string, lang: string): Set<string> {
  const terms = isLocale(lang) ? analyze(question, lang) : foldText(question).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  return new Set(terms);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Unanswered questions grouped by similarity (shared search terms), biggest groups first, so
 * editors see which missing answers many people need.
 */
export function groupQuestions(rows: { question: string; lang: string }[], threshold = 0.5): QuestionGroup[] {
  const groups: (QuestionGroup & { terms: Set<string> })[] = [];
  for (const row of rows) {
    const terms = termsOf(row.question, row.lang);
    const home = groups.find((g) => jaccard(g.terms, terms) >= threshold);
    if (home) {
      home.count++;
      if (!home.langs.includes(row.lang)) home.langs.push(row.lang);
      if (home.examples.length < 3 && !home.examples.includes(row.question)) home.examples.push(row.question);
    } else {
      groups.push({ label: row.question, count: 1, langs: [row.lang], examples: [row.question], terms });
    }
  }
  return groups
    .sort((a, b) => b.count - a.count)
    .map(({ terms: _terms, ...g }) => g);
}
