import type { SearchHit } from "../retrieval/search-index.js";

export interface MatchOptions {
  /** Share of the question's terms the best card must match to count as an answer. */
  minCoverage: number;
  /** A second card is added when its score is at least this share of the best one's. */
  secondRatio: number;
  secondMinCoverage: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { minCoverage: 0.34, secondRatio: 0.85, secondMinCoverage: 0.34 };

/** Which hits are good enough to answer from (none: say so honestly). */
export function pickCards(hits: SearchHit[], options: MatchOptions = DEFAULT_MATCH_OPTIONS): SearchHit[] {
  const [best, second] = hits;
  if (!best || best.coverage < options.minCoverage) return [];
  const picked = [best];
  if (second && second.score >= best.score * options.secondRatio && second.coverage >= options.secondMinCoverage) {
    picked.push(second);
  }
  return picked;
}
