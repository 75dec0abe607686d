import type { Condition } from "./flow-types.js";
import { isPredicateName, PREDICATES, type PredicateContext } from "./predicates.js";

/** Evaluates a condition against the answers given so far. */
export function evaluate(condition: Condition | undefined, ctx: PredicateContext): boolean {
  if (!condition) return true;
  if ("is" in condition) return ctx.answers[condition.q] === condition.is;
  if ("in" in condition) return condition.in.includes(ctx.answers[condition.q] ?? "");
  if ("all" in condition) return condition.all.every((c) => evaluate(c, ctx));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, ctx));
  if ("not" in condition) return !evaluate(condition.not, ctx);
  if (!isPredicateName(condition.predicate)) throw new Error(`unknown predicate "${condition.predicate}"`);
  return PREDICATES[condition.predicate](ctx);
}

/** Every question id and every (question, value) pair a condition mentions. */
export function referencesOf(condition: Condition | undefined): { questions: string[]; values: [string, string][]; predicates: string[] } {
  const out = { questions: [] as string[], values: [] as [string, string][], predicates: [] as string[] };
  const walk = (c: Condition | undefined) => {
    if (!c) return;
    if ("is" in c) {
      out.questions.push(c.q);
      out.values.push([c.q, c.is]);
    } else if ("in" in c) {
      out.questions.push(c.q);
      for (const v of c.in) out.values.push([c.q, v]);
    } else if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
    else out.predicates.push(c.predicate);
  };
  walk(condition);
  return out;
}
