import type { Answers } from "./flow-types.js";

/** What a named predicate may look at: the answers, and today's date for date rules. */
export interface PredicateContext {
  answers: Answers;
  today: Date;
}

const DAY = 24 * 60 * 60 * 1000;

function daysSince(iso: string | undefined, today: Date): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : Math.floor((today.getTime() - t) / DAY);
}

/**
 * Rules the condition language cannot express, referenced from checklist.yaml by name. Every
 * name used in content must be here; the build fails otherwise.
 */
export const PREDICATES = {
  /** The returned-migrant card can still be asked for: entry to Peru less than 180 days ago. */
  "tmr-window-open": ({ answers, today }) => {
    const d = daysSince(answers["entry-date"], today);
    return d !== undefined && d >= 0 && d <= 180;
  },
  /** The 180 days after entry have passed: the card can no longer be asked for (save exceptions). */
  "tmr-window-closed": ({ answers, today }) => {
    const d = daysSince(answers["entry-date"], today);
    return d !== undefined && d > 180;
  },
} satisfies Record<string, (ctx: PredicateContext) => boolean>;

export type PredicateName = keyof typeof PREDICATES;

export function isPredicateName(name: string): name is PredicateName {
  return Object.hasOwn(PREDICATES, name);
}
