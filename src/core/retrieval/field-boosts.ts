/** How much a match in each card field counts. Tuned on the dev set's failures, not its wording. */
export const FIELD_BOOSTS = {
  title: 6,
  questions: 5,
  keywords: 5,
  summary: 2,
  points: 1.5,
  body: 1,
} as const;
