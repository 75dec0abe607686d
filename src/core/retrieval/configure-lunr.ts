/**
 * The one place that decides how text becomes search terms, per language. The knowledge build
 * and the running service both call `analyzerFor`, so an index is always queried with the
 * pipeline it was built with.
 */
import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import lunrEs from "lunr-languages/lunr.es.js";
import type { Locale } from "../locales.js";
import { foldText } from "./text-fold.js";

type PipelineFn = lunr.PipelineFunction;
type LanguagePlugin = { stemmer: PipelineFn; stopWordFilter: PipelineFn };
type LunrWithLanguages = typeof lunr & { es: LanguagePlugin };

export interface Analyzer {
  /** Splits text into lunr tokens (before the pipeline). */
  tokenize(text: string): lunr.Token[];
  /** Trimmer, stop words, folding and stemming, in order. */
  pipeline: PipelineFn[];
}

let configured = false;

const trimmer: PipelineFn = (token) =>
  token.update((s) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
const fold: PipelineFn = (token) => token.update((s) => foldText(s));
const dropEmpty: PipelineFn = (token) => (token.toString().length ? token : null);

function configure(): LunrWithLanguages {
  const l = lunr as unknown as LunrWithLanguages;
  if (configured) return l;
  // lunr logs through a global `console` lookup that fails inside a worker bundle.
  lunr.utils.warn = (message: string) => console.warn(message);
  stemmerSupport(lunr);
  lunrEs(lunr);
  lunr.Pipeline.registerFunction(trimmer, "contigo-trimmer");
  lunr.Pipeline.registerFunction(fold, "contigo-fold");
  lunr.Pipeline.registerFunction(dropEmpty, "contigo-drop-empty");
  configured = true;
  return l;
}

const SEPARATOR = /[\s\-/.,;:!?¿¡()"'«»“”‘’\[\]{}]+/u;

function wordTokenizer(text: string): lunr.Token[] {
  return text
    .toLowerCase()
    .split(SEPARATOR)
    .filter(Boolean)
    .map((word, position) => new lunr.Token(word, { position: [position, word.length] }));
}

const analyzers = new Map<Locale, Analyzer>();

export function analyzerFor(lang: Locale): Analyzer {
  const cached = analyzers.get(lang);
  if (cached) return cached;
  const l = configure();
  let analyzer: Analyzer;
  switch (lang) {
    case "es":
      analyzer = {
        tokenize: wordTokenizer,
        pipeline: [trimmer, l.es.stopWordFilter, fold, dropEmpty, l.es.stemmer],
      };
      break;
    case "en":
      analyzer = {
        tokenize: wordTokenizer,
        pipeline: [trimmer, lunr.stopWordFilter, fold, dropEmpty, lunr.stemmer],
      };
      break;
  }
  analyzers.set(lang, analyzer);
  return analyzer;
}

export interface AnalyzedToken {
  /** The word as written, folded (lower case, no accents, no punctuation). */
  surface: string;
  /** The term the index holds for it (after stop words and stemming). */
  term: string;
}

/** Text → one entry per word that survives the pipeline, in order, keeping what was written. */
export function analyzeTokens(text: string, lang: Locale): AnalyzedToken[] {
  const { tokenize, pipeline } = analyzerFor(lang);
  const out: AnalyzedToken[] = [];
  for (const token of tokenize(text)) {
    let current: lunr.Token | undefined = token;
    let surface = "";
    for (const fn of pipeline) {
      const next = fn(current!, 0, [current!]) as lunr.Token | lunr.Token[] | null | undefined;
      current = Array.isArray(next) ? next[0] : (next ?? undefined);
      if (!current) break;
      if (fn === fold) surface = current.toString();
    }
    const term = current?.toString() ?? "";
    if (term.length > 1) out.push({ surface: surface || term, term });
  }
  return out;
}

/** Query text → the distinct search terms the index holds for it. */
export function analyze(text: string, lang: Locale): string[] {
  return [...new Set(analyzeTokens(text, lang).map((t) => t.term))];
}

export function createBuilder(lang: Locale): lunr.Builder {
  const { tokenize, pipeline } = analyzerFor(lang);
  const builder = new lunr.Builder();
  builder.pipeline.add(...pipeline);
  builder.searchPipeline.reset();
  (builder as unknown as { tokenizer: (t: string) => lunr.Token[] }).tokenizer = (t) => tokenize(String(t ?? ""));
  return builder;
}

export { lunr };
