import { foldText } from "../retrieval/text-fold.js";
import { EXTRACTORS } from "./extractors.js";
import { parseDate } from "./parse-date.js";
import type { Answers, Flow, FlowCopy } from "./flow-types.js";

// Words that negate what follows, per language (folded): "sin discapacidad", "pa gen", "没有".
const NEGATIONS: Record<string, RegExp> = {
  es: /\b(no|sin|ningun|ninguna|ninguno|nunca)\s+(\S+\s+){0,2}$/u,
  en: /\b(no|not|without|never|don't|doesn't|didn't|isn't|aren't|wasn't)\s+(\S+\s+){0,2}$/u,
  pt: /\b(nao|sem|nenhum|nenhuma|nunca)\s+(\S+\s+){0,2}$/u,
  fr: /\b(pas|sans|aucun|aucune|jamais|ne|n)\s+(\S+\s+){0,2}$/u,
  it: /\b(non|senza|nessun|nessuna|mai)\s+(\S+\s+){0,2}$/u,
  ht: /\b(pa|p|san|okenn|janm)\s+(ap\s+)?(\S+\s+){0,2}$/u,
  qu: /\b(mana|manan|manam|mana\s+\S+chu)\s+(\S+\s+){0,2}$/u,
  zh: /(不|没有|没|无|未)\s*\S{0,4}$/u,
  ja: /(ない|ません|なし|無し)\s*$/u,
};

const BOUNDARY = /[^\p{L}\p{N}]/u;
const CJK = /[\u3040-\u9fff]/u;

/** A keyword folded once, and whether it is written in CJK (no spaces between words there). */
interface Keyword {
  folded: string;
  cjk: boolean;
  /**
   * Its first word: a mention needs word boundaries around the keyword, so that word is a whole
   * word of the message. Checked in a set before the message is searched ("" = always search).
   */
  first: string;
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** The whole words of a folded text, to rule keywords out before searching for them. */
function wordsOf(text: string): Set<string> {
  return new Set(text.split(WORD_BREAK));
}

/** A message folded and split once: a turn reads the same message against every flow. */
interface ReadMessage {
  message: string;
  /** Folded and padded with spaces, so every keyword has a boundary on both sides. */
  text: string;
  words: Set<string>;
}

let lastRead: ReadMessage | undefined;

function read(message: string): ReadMessage {
  if (lastRead?.message !== message) {
    const text = ` ${foldText(message)} `;
    lastRead = { message, text, words: wordsOf(text) };
  }
  return lastRead;
}

/** Each question's option keywords, prepared once per flow copy (the copy never changes). */
const preparedKeywords = new WeakMap<FlowCopy, Map<string, Map<string, Keyword[]>>>();

function keywordsOf(copy: FlowCopy, questionId: string, option: string): Keyword[] {
  let byQuestion = preparedKeywords.get(copy);
  if (!byQuestion) preparedKeywords.set(copy, (byQuestion = new Map()));
  let byOption = byQuestion.get(questionId);
  if (!byOption) byQuestion.set(questionId, (byOption = new Map()));
  let keywords = byOption.get(option);
  if (!keywords) {
    keywords = (copy.questions[questionId]?.options?.[option]?.keywords ?? []).map((k) => {
      const folded = foldText(k);
      const cjk = CJK.test(folded);
      return { folded, cjk, first: cjk ? "" : (folded.split(WORD_BREAK)[0] ?? "") };
    });
    byOption.set(option, keywords);
  }
  return keywords;
}

function mentions(text: string, keyword: Keyword, negation: RegExp): boolean {
  const k = keyword.folded;
  let from = 0;
  for (;;) {
    const at = text.indexOf(k, from);
    if (at < 0) return false;
    const before = at === 0 ? " " : text[at - 1]!;
    const after = text[at + k.length] ?? " ";
    if ((keyword.cjk || BOUNDARY.test(before)) && (keyword.cjk || BOUNDARY.test(after))) {
      if (!negation.test(text.slice(Math.max(0, at - 30), at))) return true;
    }
    from = at + 1;
  }
}

/** The options of a question whose keywords the (folded, space-padded) text mentions. */
function optionsMentioned(text: string, words: Set<string>, copy: FlowCopy, questionId: string, options: readonly string[], lang: string): string[] {
  const negation = NEGATIONS[lang] ?? NEGATIONS.es!;
  return options.filter((o) => keywordsOf(copy, questionId, o).some((k) => (!k.first || words.has(k.first)) && mentions(text, k, negation)));
}

/**
 * Answers a message already gives: a question is answered when the message names exactly one of
 * its options (by keyword or label), or a named extractor reads it. Nothing is guessed otherwise.
 */
export function prefillAnswers(flow: Flow, copy: FlowCopy, message: string, lang = "es"): Answers {
  const { text, words } = read(message);
  const found: Answers = {};
  for (const q of flow.questions) {
    if (q.kind === "date") {
      const date = parseDate(message);
      if (date) found[q.id] = date;
      continue;
    }
    const extractor = EXTRACTORS[flow.id]?.[q.id];
    const extracted = extractor?.(message);
    if (extracted && q.options.includes(extracted)) {
      found[q.id] = extracted;
      continue;
    }
    const hits = optionsMentioned(text, words, copy, q.id, q.options, lang);
    if (hits.length === 1) found[q.id] = hits[0]!;
  }
  return found;
}

/** The option a reply to one pending question picks: its value, its label or one of its keywords. */
export function matchOption(flow: Flow, copy: FlowCopy, questionId: string, message: string, lang = "es"): string | undefined {
  const q = flow.questions.find((x) => x.id === questionId);
  if (!q) return undefined;
  if (q.kind === "date") return parseDate(message);
  const { text, words } = read(message);
  const trimmed = text.trim().replace(/[.!?¡¿]+$/g, "");
  const optionCopy = copy.questions[q.id]?.options ?? {};
  const byLabel = q.options.filter((o) => foldText(optionCopy[o]?.label ?? "") === trimmed || o === trimmed);
  if (byLabel.length === 1) return byLabel[0];
  const extracted = EXTRACTORS[flow.id]?.[q.id]?.(message);
  if (extracted && q.options.includes(extracted)) return extracted;
  const hits = optionsMentioned(text, words, copy, q.id, q.options, lang);
  return hits.length === 1 ? hits[0] : undefined;
}
