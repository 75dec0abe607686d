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

/** Never changed once made: a known term's word is made once and shared by every search. */
interface QueryWord {
  /** Terms that stand for this word: its own stem, or the stems of likely intended words. */
  readonly terms: readonly string[];
  /** Where those of its terms that cards hold occur (empty: no card has the word). */
  readonly postings: readonly TermPostings[];
  readonly corrected: boolean;
  /** Inverse document frequency of the word (the highest for a word no card has). */
  readonly weight: number;
}

type Posting = Record<string, unknown> & { _index?: number };

/** How much a card's lunr score still counts when it covers none of the question. */
const COVERAGE_FLOOR = 0.1;
/** How much a word from an earlier turn weighs against a word of the question itself. */
const CONTEXT_WEIGHT = 0.5;

interface TermInfo {
  postings: TermPostings;
  idf: number;
  /** The query word this term stands for when a question holds it as written. */
  word: QueryWord;
}

/** Where one term occurs: card numbers and its lunr weight there, summed over the fields. */
interface TermPostings {
  docs: Int32Array;
  weights: Float64Array;
}

/** A loaded lunr index for one locale, queried with the same analyzer it was built with. */
export class SearchIndex {
  private readonly known: Record<string, Posting>;
  private readonly corrections = new Map<string, string[]>();
  private readonly docCount: number;
  /** Card ids by number, and each term's postings by lunr's term index. */
  private readonly refs: string[] = [];
  private readonly postings: (TermPostings | undefined)[] = [];
  /** Per-search scratch (searches are synchronous): score, covered weight, last word seen, cards touched, final score. */
  private readonly scratchScore: Float64Array;
  private readonly scratchCovered: Float64Array;
  private readonly scratchStamp: Int32Array;
  private readonly scratchTouched: Int32Array;
  private readonly scratchFinal: Float64Array;

  constructor(
    private readonly index: lunr.Index,
    readonly lang: Locale,
    /** Every indexed word as written (folded), for spelling correction. */
    private readonly vocabulary: readonly string[] = [],
  ) {
    const raw = index as unknown as { invertedIndex: Record<string, Posting>; fields: string[]; fieldVectors: Record<string, { elements: number[] }> };
    this.known = raw.invertedIndex;
    // lunr's document vectors ("field/ref" → [term index, weight, …]) folded into postings per
    // term: a query term's score for a card is the sum of its weights over the card's fields.
    const docOf = new Map<string, number>();
    const byTerm = new Map<number, Map<number, number>>();
    for (const [fieldRef, vector] of Object.entries(raw.fieldVectors)) {
      const ref = fieldRef.slice(fieldRef.indexOf("/") + 1);
      let doc = docOf.get(ref);
      if (doc === undefined) {
        docOf.set(ref, (doc = this.refs.length));
        this.refs.push(ref);
      }
      for (let i = 0; i < vector.elements.length; i += 2) {
        const termIndex = vector.elements[i]!;
        let docs = byTerm.get(termIndex);
        if (!docs) byTerm.set(termIndex, (docs = new Map()));
        docs.set(doc, (docs.get(doc) ?? 0) + vector.elements[i + 1]!);
      }
    }
    for (const [termIndex, docs] of byTerm) this.postings[termIndex] = { docs: Int32Array.from(docs.keys()), weights: Float64Array.from(docs.values()) };
    this.docCount = this.refs.length;
    this.scratchScore = new Float64Array(this.docCount);
    this.scratchCovered = new Float64Array(this.docCount);
    this.scratchStamp = new Int32Array(this.docCount);
    this.scratchTouched = new Int32Array(this.docCount);
    this.scratchFinal = new Float64Array(this.docCount);
  }

  /**
   * Card `a` ranks above card `b` in the search under way: higher final score first; equal scores
   * by card id, so results never depend on index order.
   */
  private ranksBefore(a: number, b: number): boolean {
    const fa = this.scratchFinal[a]!;
    const fb = this.scratchFinal[b]!;
    return fa > fb || (fa === fb && this.refs[a]!.localeCompare(this.refs[b]!) < 0);
  }

  /** Each term looked up once: its postings and idf, or null when no card holds it. */
  private readonly terms = new Map<string, TermInfo | null>();

  private info(term: string): TermInfo | null {
    let info = this.terms.get(term);
    if (info === undefined) {
      const posting = this.known[term];
      const postings = posting ? this.postings[posting._index as number] : undefined;
      if (postings) {
        const idf = this.idfFor(postings.docs.length);
        info = { postings, idf, word: { terms: [term], postings: [postings], corrected: false, weight: idf } };
      } else info = null;
      // Known terms are bounded by the index; unknown ones (typos, names) only up to a point.
      if (info || this.terms.size < 50_000) this.terms.set(term, info);
    }
    return info;
  }

  /** How rare a term is across cards (BM25's idf); a term no card has gets the highest weight. */
  private idfFor(found: number): number {
    return Math.log(1 + (this.docCount - found + 0.5) / (found + 0.5));
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
    const terms = [...new Set(words.flatMap((w) => analyze(w, this.lang)))].filter((t) => this.info(t));
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
    let known = 0;
    let knownWeight = 0;
    for (const w of words) {
      if (!w.postings.length) continue;
      known++;
      knownWeight += w.weight;
    }
    if (known === words.length) return words;
    const typical = known ? knownWeight / known : 1;
    return words.map((w) => (w.postings.length ? w : { ...w, weight: typical }));
  }

  private rawWords(text: string): QueryWord[] {
    // A question has a few words, kept in a list (quicker than a set); a long text, in a set.
    const seen: string[] = [];
    let seenSet: Set<string> | undefined;
    const out: QueryWord[] = [];
    for (const { surface, term } of analyzeTokens(text, this.lang)) {
      if (seenSet ? seenSet.has(term) : seen.includes(term)) continue;
      if (seenSet) seenSet.add(term);
      else if (seen.push(term) === 16) seenSet = new Set(seen);
      const info = this.info(term);
      if (info) {
        out.push(info.word);
        continue;
      }
      if (this.vocabulary.length === 0) {
        out.push({ terms: [term], postings: [], corrected: false, weight: this.idfFor(0) });
        continue;
      }
      const corrected = this.correct(surface);
      const fixed = corrected.map((t) => this.info(t)!);
      out.push(
        fixed.length
          ? { terms: corrected, postings: fixed.map((f) => f.postings), corrected: true, weight: Math.max(...fixed.map((f) => f.idf)) }
          : { terms: [term], postings: [], corrected: false, weight: this.idfFor(0) },
      );
    }
    return out;
  }

  search(question: string, options: SearchOptions = {}): SearchHit[] {
    const own = this.words(question);
    if (!own.length) return [];
    // Earlier turns count at a lower weight, for ranking and for coverage: a follow-up such as
    // "can they decide our cases together?" is understood through the turn before it.
    let context: QueryWord[] = [];
    if (options.context) {
      const ownTerms = new Set(own.flatMap((w) => w.terms));
      context = this.words(options.context)
        .filter((w) => !w.terms.some((t) => ownTerms.has(t)))
        .map((w) => ({ ...w, weight: w.weight * CONTEXT_WEIGHT }));
    }
    const all = [...own, ...context];
    // lunr's vector-space score (the query vector of lunr.Index#query: each term's boost, summed
    // when a term comes twice), computed straight from the postings: a search touches only the
    // cards that hold a query term, and lunr's general query machinery is not needed.
    const boosts = new Map<TermPostings, number>();
    const addBoost = (postings: TermPostings, boost: number) => boosts.set(postings, (boosts.get(postings) ?? 0) + boost);
    for (const w of own) for (const p of w.postings) addBoost(p, w.corrected ? 7 : 10);
    for (const w of context) for (const p of w.postings) addBoost(p, 3);
    const score = this.scratchScore.fill(0);
    const covered = this.scratchCovered.fill(0);
    const stamp = this.scratchStamp.fill(-1);
    let magnitude = 0;
    for (const [postings, boost] of boosts) {
      magnitude += boost * boost;
      for (let k = 0; k < postings.docs.length; k++) score[postings.docs[k]!]! += boost * postings.weights[k]!;
    }
    magnitude = Math.sqrt(magnitude) || 1;
    // Coverage: the weight of the question's words (and context's) a card holds any term of.
    const touched = this.scratchTouched;
    let touchedCount = 0;
    let total = 0;
    for (let wi = 0; wi < all.length; wi++) {
      const w = all[wi]!;
      total += w.weight;
      for (const postings of w.postings) {
        const docs = postings.docs;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          if (stamp[doc] === wi) continue;
          if (stamp[doc] === -1) touched[touchedCount++] = doc;
          stamp[doc] = wi;
          covered[doc]! += w.weight;
        }
      }
    }
    // lunr's score rewards repeated matches of one word; coverage rewards matching all of the
    // question. Ranking by both keeps a card that answers every part above one that echoes a part.
    // Only the best few are kept, in order, as they are found (most cards share some word).
    const limit = options.limit ?? 5;
    if (limit <= 0) return [];
    const best: number[] = []; // card numbers, best first
    const finals = this.scratchFinal;
    // Coverage: the share of the words' total weight a card holds (a card holds none when none has weight).
    const shareOf = total > 0 ? total : Infinity;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      const boosted = COVERAGE_FLOOR + covered[doc]! / shareOf;
      finals[doc] = (score[doc]! / magnitude) * (boosted * boosted);
      const full = best.length === limit;
      if (full && !this.ranksBefore(doc, best[limit - 1]!)) continue;
      // Insertion into the short list, kept sorted: move the lower ones down one place.
      let at = full ? limit - 1 : best.length;
      while (at > 0 && this.ranksBefore(doc, best[at - 1]!)) {
        if (at < limit) best[at] = best[at - 1]!;
        at--;
      }
      best[at] = doc;
    }
    return best.map((doc) => ({ id: this.refs[doc]!, score: finals[doc]!, coverage: covered[doc]! / shareOf, words: own.length }));
  }
}
