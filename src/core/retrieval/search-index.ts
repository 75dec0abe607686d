import type { Locale } from "../locales.js";
import { analyze, analyzeTokens, lunr } from "./configure-lunr.js";
import { editDistance } from "./edit-distance.js";

export interface SearchHit {
  id: string;
  score: number;
  /**
   * Share (0–1) of the question's own words this card matched, each word weighted by how rare it
   * is in the cards: missing "Mongolia" (in no card) weighs more than missing "visa" (in many).
   */
  coverage: number;
  /** How many distinct words of the question itself were searched for. */
  words: number;
}

export interface SearchOptions {
  /** Earlier turns of the conversation: they steer ranking, they don't count for coverage. */
  context?: string;
  limit?: number;
}

interface QueryWord {
  /** Terms that stand for this word: its own stem, or the stems of likely intended words. */
  terms: string[];
  corrected: boolean;
  /** Inverse document frequency of the word (the highest for a word no card has). */
  weight: number;
}

type Posting = Record<string, unknown> & { _index?: number };

/** How much a card's lunr score still counts when it covers none of the question. */
const COVERAGE_FLOOR = 0.1;
/** How much a word from an earlier turn weighs against a word of the question itself. */
const CONTEXT_WEIGHT = 0.5;

/** A loaded lunr index for one locale, queried with the same analyzer it was built with. */
export class SearchIndex {
  private readonly known: Record<string, Posting>;
  private readonly corrections = new Map<string, string[]>();
  private readonly docCount: number;
  private readonly fields: string[];
  /** "field/ref" → term index → weight: lunr's document vectors, as maps for direct lookup. */
  private readonly docVectors = new Map<string, Map<number, number>>();

  constructor(
    private readonly index: lunr.Index,
    readonly lang: Locale,
    /** Every indexed word as written (folded), for spelling correction. */
    private readonly vocabulary: readonly string[] = [],
  ) {
    const raw = index as unknown as { invertedIndex: Record<string, Posting>; fields: string[]; fieldVectors: Record<string, { elements: number[] }> };
    this.known = raw.invertedIndex;
    this.fields = raw.fields;
    for (const [fieldRef, vector] of Object.entries(raw.fieldVectors)) {
      const weights = new Map<number, number>();
      for (let i = 0; i < vector.elements.length; i += 2) weights.set(vector.elements[i]!, vector.elements[i + 1]!);
      this.docVectors.set(fieldRef, weights);
    }
    this.docCount = Object.keys((index as unknown as { fieldVectors: Record<string, unknown> }).fieldVectors).length / Math.max(1, (index as unknown as { fields: string[] }).fields.length);
  }

  private readonly idfs = new Map<string, number>();

  /** How rare a term is across cards (BM25's idf); a term no card has gets the highest weight. */
  private idf(term: string): number {
    const cached = this.idfs.get(term);
    if (cached !== undefined) return cached;
    const value = this.computeIdf(term);
    if (term in this.known) this.idfs.set(term, value); // bounded by the index's own vocabulary
    return value;
  }

  private computeIdf(term: string): number {
    const posting = this.known[term];
    const docs = new Set<string>();
    if (posting) {
      for (const [field, refs] of Object.entries(posting)) {
        if (field !== "_index" && refs && typeof refs === "object") for (const ref of Object.keys(refs)) docs.add(ref);
      }
    }
    return Math.log(1 + (this.docCount - docs.size + 0.5) / (docs.size + 0.5));
  }

  static load(serialized: object, lang: Locale, vocabulary: readonly string[] = []): SearchIndex {
    analyze("", lang); // registers the pipeline functions before lunr looks them up
    return new SearchIndex(lunr.Index.load(serialized), lang, vocabulary);
  }

  /** Stems of the indexed words closest in spelling to `surface` (one edit, two for long words; same first letter). */
  private correct(surface: string): string[] {
    const cached = this.corrections.get(surface);
    if (cached) return cached;
    const max = surface.length >= 8 ? 2 : 1;
    let best = max + 1;
    let words: string[] = [];
    if (surface.length >= 5) {
      for (const word of this.vocabulary) {
        if (word[0] !== surface[0]) continue; // typos rarely hit the first letter
        const d = editDistance(surface, word, Math.min(best, max));
        if (d < best) {
          best = d;
          words = [word];
        } else if (d === best && d <= max) words.push(word);
      }
    }
    const terms = [...new Set(words.flatMap((w) => analyze(w, this.lang)))].filter((t) => t in this.known);
    if (this.corrections.size > 5000) this.corrections.clear();
    this.corrections.set(surface, terms);
    return terms;
  }

  /**
   * A word no card has weighs as much as an average word of the same question: it may be a place
   * or a thing we don't cover ("Mongolia"), or only a name or a detail of the asker's life.
   */
  private words(text: string): QueryWord[] {
    const words = this.rawWords(text);
    const known = words.filter((w) => w.terms.some((t) => t in this.known));
    const typical = known.length ? known.reduce((s, w) => s + w.weight, 0) / known.length : 1;
    return words.map((w) => (w.terms.some((t) => t in this.known) ? w : { ...w, weight: typical }));
  }

  private rawWords(text: string): QueryWord[] {
    const seen = new Set<string>();
    const out: QueryWord[] = [];
    for (const { surface, term } of analyzeTokens(text, this.lang)) {
      if (seen.has(term)) continue;
      seen.add(term);
      if (term in this.known || this.vocabulary.length === 0) out.push({ terms: [term], corrected: false, weight: this.idf(term) });
      else {
        const fixed = this.correct(surface);
        out.push(
          fixed.length
            ? { terms: fixed, corrected: true, weight: Math.max(...fixed.map((t) => this.idf(t))) }
            : { terms: [term], corrected: false, weight: this.idf(term) },
        );
      }
    }
    return out;
  }

  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const own = this.words(question);
    if (!own.length) return [];
    const ownTerms = new Set(own.flatMap((w) => w.terms));
    // Earlier turns count at a lower weight, for ranking and for coverage: a follow-up such as
    // "can they decide our cases together?" is understood through the turn before it.
    const context = options.context
      ? this.words(options.context)
          .filter((w) => !w.terms.some((t) => ownTerms.has(t)))
          .map((w) => ({ ...w, weight: w.weight * CONTEXT_WEIGHT }))
      : [];
    const clauses: [string, number][] = [
      ...own.flatMap((w) => w.terms.map((t): [string, number] => [t, w.corrected ? 7 : 10])),
      ...context.flatMap((w) => w.terms.map((t): [string, number] => [t, 3])),
    ];
    const all = [...own, ...context];
    const total = all.reduce((sum, w) => sum + w.weight, 0);
    // lunr's score rewards repeated matches of one word; coverage rewards matching all of the
    // question. Ranking by both keeps a card that answers every part above one that echoes a part.
    return this.score(clauses)
      .map(({ ref, score, matched }) => {
        const covered = all.filter((w) => w.terms.some((t) => matched.has(t))).reduce((sum, w) => sum + w.weight, 0);
        const coverage = total > 0 ? covered / total : 0;
        return { id: ref, score: score * (COVERAGE_FLOOR + coverage) ** 2, coverage, words: own.length };
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, options.limit ?? 5);
  }

  /**
   * lunr's vector-space scoring (the same query and document vectors as lunr.Index#query, field by
   * field) over its own inverted index, for exact terms only. lunr's general query machinery
   * (token-set intersection, match metadata) was most of the time of a search, and we use none of it.
   */
  private score(clauses: [string, number][]): { ref: string; score: number; matched: Set<string> }[] {
    const queryVectors = new Map<string, Map<number, number>>();
    const matched = new Map<string, Set<string>>();
    const matchedFields = new Map<string, Set<string>>();
    for (const [term, boost] of clauses) {
      const posting = this.known[term];
      if (!posting) continue;
      const termIndex = posting._index as number;
      for (const field of this.fields) {
        let qv = queryVectors.get(field);
        if (!qv) queryVectors.set(field, (qv = new Map()));
        qv.set(termIndex, (qv.get(termIndex) ?? 0) + boost);
        const docs = posting[field] as Record<string, unknown> | undefined;
        if (!docs) continue;
        for (const ref in docs) {
          let terms = matched.get(ref);
          if (!terms) matched.set(ref, (terms = new Set()));
          terms.add(term);
          let fields = matchedFields.get(ref);
          if (!fields) matchedFields.set(ref, (fields = new Set()));
          fields.add(field);
        }
      }
    }
    const magnitudes = new Map<string, number>();
    for (const [field, qv] of queryVectors) {
      let sum = 0;
      for (const v of qv.values()) sum += v * v;
      magnitudes.set(field, Math.sqrt(sum));
    }
    const out: { ref: string; score: number; matched: Set<string> }[] = [];
    for (const [ref, fields] of matchedFields) {
      let score = 0;
      for (const field of fields) {
        const dv = this.docVectors.get(`${field}/${ref}`);
        const qv = queryVectors.get(field);
        if (!dv || !qv) continue;
        let dot = 0;
        for (const [termIndex, weight] of qv) dot += weight * (dv.get(termIndex) ?? 0);
        score += dot / (magnitudes.get(field) || 1);
      }
      out.push({ ref, score, matched: matched.get(ref)! });
    }
    return out;
  }
}
