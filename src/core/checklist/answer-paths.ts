import { evaluate } from "./conditions.js";
import { DONE, type Answers, type Flow } from "./flow-types.js";

/** Dates that put date predicates on each side of their thresholds, for exploring every path. */
const SAMPLE_DATES = (today: Date) => [
  new Date(today.getTime() - 30 * 86_400_000).toISOString().slice(0, 10),
  new Date(today.getTime() - 400 * 86_400_000).toISOString().slice(0, 10),
];

/**
 * Every complete set of answers a person could still give, starting from the answers given so
 * far (flows are small: a few questions with a few options each).
 */
export function answerPaths(flow: Flow, given: Answers = {}, today: Date = new Date(), limit = 20_000): Answers[] {
  const byId = new Map(flow.questions.map((q) => [q.id as string, q]));
  const done: Answers[] = [];
  const walk = (at: string, answers: Answers, depth: number) => {
    if (done.length >= limit || depth > flow.questions.length + 1) return;
    if (at === DONE) {
      done.push(answers);
      return;
    }
    const q = byId.get(at);
    if (!q) return;
    const fixed = given[at];
    const values = fixed !== undefined ? [fixed] : q.kind === "date" ? SAMPLE_DATES(today) : q.options;
    for (const v of values) {
      const next = { ...answers, [at]: v };
      const route = q.next.find((r) => {
        try {
          return evaluate(r.when, { answers: next, today });
        } catch {
          return false;
        }
      });
      if (route) walk(route.goto, next, depth + 1);
    }
  };
  walk(flow.start, {}, 0);
  return done;
}
