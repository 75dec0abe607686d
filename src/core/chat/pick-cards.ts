import type { SearchHit } from "../retrieval/search-index.js";

export interface MatchOptions {
  /** Share of the question's terms the best card must match to count as an answer. */
  minCoverage: number;
  /** Without a word from Contigo's field in the question, the best card must cover this much. */
  minCoverageOffTopic: number;
  /**
   * A long question full of personal detail covers little of any card; its best card still
   * answers it when it covers this much and scores `dominance` times the runner-up or more.
   */
  minCoverageDominant: number;
  dominance: number;
  /** ...and only for questions of at least this many words: in a short one, every word counts. */
  dominantMinWords: number;
  /** A second card is added when its score is at least this share of the best one's. */
  secondRatio: number;
  secondMinCoverage: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  minCoverage: 0.42,
  minCoverageOffTopic: 0.75,
  minCoverageDominant: 0.3,
  dominance: 1.6,
  dominantMinWords: 8,
  secondRatio: 0.85,
  secondMinCoverage: 0.6,
};

/** Which hits are good enough to answer from (none: say so honestly). */
export function pickCards(hits: SearchHit[], onTopic: boolean, options: MatchOptions = DEFAULT_MATCH_OPTIONS): SearchHit[] {
  const [best, second] = hits;
  if (!best) return [];
  const dominant =
    onTopic &&
    best.words >= options.dominantMinWords &&
    best.coverage >= options.minCoverageDominant &&
    (!second || best.score >= second.score * options.dominance);
  if (best.coverage < (onTopic ? options.minCoverage : options.minCoverageOffTopic) && !dominant) return [];
  const picked = [best];
  if (second && second.score >= best.score * options.secondRatio && second.coverage >= options.secondMinCoverage) {
    picked.push(second);
  }
  return picked;
}
