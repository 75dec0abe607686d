import type { SearchHit } from "../retrieval/search-index.js";

export interface MatchOptions {
  /** Share of the question's terms the best card must match to count as an answer. */
  minCoverage: number;
  /** Without a word from Contigo's field in the question, the best card must cover this much. */
  minCoverageOffTopic: number;
  /** A second card is added when its score is at least this share of the best one's. */
  secondRatio: number;
  secondMinCoverage: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  minCoverage: 0.42,
  minCoverageOffTopic: 0.75,
  secondRatio: 0.85,
  secondMinCoverage: 0.6,
};

/** Which hits are good enough to answer from (none: say so honestly). */
export function pickCards(hits: SearchHit[], onTopic: boolean, options: MatchOptions = DEFAULT_MATCH_OPTIONS): SearchHit[] {
  const [best, second] = hits;
  if (!best || best.coverage < (onTopic ? options.minCoverage : options.minCoverageOffTopic)) return [];
  const picked = [best];
  if (second && second.score >= best.score * options.secondRatio && second.coverage >= options.secondMinCoverage) {
    picked.push(second);
  }
  return picked;
}
