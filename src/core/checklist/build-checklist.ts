import { answerPaths } from "./answer-paths.js";
import { evaluate } from "./conditions.js";
import type { Answers, Flow, Item } from "./flow-types.js";

export interface SelectedItem {
  item: Item;
  /** ISO date, when the item's deadline counts from a date the user gave. */
  dueDate?: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Adds days to an ISO date; working days skip Saturdays and Sundays (not public holidays). */
export function addDays(iso: string, days: number, unit: "calendar" | "working"): string {
  let t = Date.parse(`${iso}T00:00:00Z`);
  if (unit === "calendar") return new Date(t + days * DAY).toISOString().slice(0, 10);
  let left = days;
  while (left > 0) {
    t += DAY;
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** The catalogue filtered by the answers, in catalogue order (groups keep their first position). */
export function buildChecklist(flow: Flow, answers: Answers, today: Date = new Date()): SelectedItem[] {
  const selected = flow.items.filter((item) => evaluate(item.when, { answers, today }));
  const groups = [...new Set(selected.map((i) => i.group))];
  return groups.flatMap((g) =>
    selected
      .filter((i) => i.group === g)
      .map((item) => {
        const from = item.deadline ? answers[item.deadline.from] : undefined;
        return from && item.deadline ? { item, dueDate: addDays(from, item.deadline.days, item.deadline.unit) } : { item };
      }),
  );
}

/** Items every remaining way of answering selects: what the person needs whatever else they say. */
export function certainItems(flow: Flow, answers: Answers, today: Date = new Date()): Item[] {
  // Walking every remaining path is the costliest part of starting a checklist, and a flow has
  // few distinct starting points (most people start with no or one answer): results are kept
  // per flow, by answers and day (date predicates compare with today).
  let known = certainByFlow.get(flow);
  if (!known) certainByFlow.set(flow, (known = new Map()));
  const key = `${today.toISOString().slice(0, 10)}|${JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
  const hit = known.get(key);
  if (hit) return hit;
  const paths = answerPaths(flow, answers, today);
  const items = paths.length ? flow.items.filter((item) => paths.every((p) => evaluate(item.when, { answers: p, today }))) : [];
  if (known.size >= 1_000) known.clear();
  known.set(key, items);
  return items;
}

const certainByFlow = new WeakMap<Flow, Map<string, Item[]>>();
