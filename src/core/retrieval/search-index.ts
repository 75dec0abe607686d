import type { Locale } from "../locales.js";
import { analyze, analyzeTokens, lunr } from "./configure-lunr.js";
import { editDistance } from "./edit-distance.js";

export interface SearchHit {
  id: string;
  score: number;
  /** Share (0–1) of the question's own words that this card matched. */
  coverage: number;
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
}

/** A loaded lunr index for one locale, queried with the same analyzer it was built with. */
export class SearchIndex {
  private readonly known: Record<string, unknown>;
  private readonly corrections = new Map<string, string[]>();

  constructor(
    private readonly index: lunr.Index,
    readonly lang: Locale,
    /** Every indexed word as written (folded), for spelling correction. */
    private readonly vocabulary: readonly string[] = [],
  ) {
    this.known = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
  }

  static load(serialized: object, lang: Locale, vocabulary: readonly string[] = []): SearchIndex {
    analyze("", lang); // registers the pipeline functions before lunr looks them up
    return new SearchIndex(lunr.Index.load(serialized), lang, vocabulary);
  }

  /** Stems of the indexed words closest in spelling to `surface` (one edit, two for long words). */
  private correct(surface: string): string[] {
    const cached = this.corrections.get(surface);
    if (cached) return cached;
    const max = surface.length >= 8 ? 2 : 1;
    let best = max + 1;
    let words: string[] = [];
    if (surface.length >= 4) {
      for (const word of this.vocabulary) {
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

  private words(text: string): QueryWord[] {
    const seen = new Set<string>();
    const out: QueryWord[] = [];
    for (const { surface, term } of analyzeTokens(text, this.lang)) {
      if (seen.has(term)) continue;
      seen.add(term);
      if (term in this.known || this.vocabulary.length === 0) out.push({ terms: [term], corrected: false });
      else {
        const fixed = this.correct(surface);
        out.push(fixed.length ? { terms: fixed, corrected: true } : { terms: [term], corrected: false });
      }
    }
    return out;
  }

  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const words = this.words(question);
    if (!words.length) return [];
    const own = new Set(words.flatMap((w) => w.terms));
    const contextTerms = options.context ? this.words(options.context).flatMap((w) => w.terms).filter((t) => !own.has(t)) : [];
    const results = this.index.query((q) => {
      for (const word of words) {
        for (const term of word.terms) {
          q.term(term, { usePipeline: false, boost: word.corrected ? 7 : 10 });
          if (term.length >= 4) q.term(term, { usePipeline: false, boost: 2, wildcard: lunr.Query.wildcard.TRAILING });
        }
      }
      for (const term of contextTerms) q.term(term, { usePipeline: false, boost: 3 });
    });
    return results.slice(0, options.limit ?? 5).map((r) => {
      const matched = Object.keys(r.matchData.metadata);
      const covered = words.filter((w) => w.terms.some((t) => matched.some((m) => m === t || (t.length >= 4 && m.startsWith(t))))).length;
      return { id: r.ref, score: r.score, coverage: covered / words.length };
    });
  }
}
