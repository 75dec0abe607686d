import { evaluate, referencesOf } from "../core/checklist/conditions.js";
import { answerPaths } from "../core/checklist/answer-paths.js";
import { DONE, type Flow } from "../core/checklist/flow-types.js";
import { isPredicateName } from "../core/checklist/predicates.js";
import type { Locale } from "../core/locales.js";
import type { FlowCopyFile } from "./parse-flows.js";
import { ContentError } from "./parse-card.js";

const SAMPLE_TODAY = new Date("2026-06-30T00:00:00Z");

/**
 * Catches at build time what would otherwise break a person's checklist: unknown question, item
 * or predicate names, unreachable questions, dead ends, items no answers can select, missing copy.
 */
export function validateFlow(flow: Flow, copies: Partial<Record<Locale, FlowCopyFile>>, where: string): ContentError[] {
  const problems: string[] = [];
  const ids = new Set(flow.questions.map((q) => q.id as string));
  const options = new Map(flow.questions.map((q) => [q.id as string, new Set(q.options)]));
  const seen = new Set<string>();
  for (const q of flow.questions) {
    if (seen.has(q.id)) problems.push(`questions: "${q.id}" is defined twice`);
    seen.add(q.id);
    if (q.kind === "choice" && q.options.length < 2) problems.push(`questions.${q.id}: a choice needs at least 2 options`);
    if (!q.next.some((r) => !r.when)) problems.push(`questions.${q.id}.next: the last route needs no "when" (a default)`);
  }
  if (!ids.has(flow.start)) problems.push(`start: unknown question "${flow.start}"`);

  const checkCondition = (label: string, c: Parameters<typeof referencesOf>[0]) => {
    const refs = referencesOf(c);
    for (const q of refs.questions) if (!ids.has(q)) problems.push(`${label}: unknown question "${q}"`);
    for (const [q, v] of refs.values) if (ids.has(q) && options.get(q)!.size && !options.get(q)!.has(v)) problems.push(`${label}: "${v}" is not an option of "${q}"`);
    for (const p of refs.predicates) if (!isPredicateName(p)) problems.push(`${label}: unknown predicate "${p}"`);
  };
  for (const q of flow.questions) {
    q.next.forEach((r, i) => {
      if (r.goto !== DONE && !ids.has(r.goto)) problems.push(`questions.${q.id}.next[${i}]: unknown question "${r.goto}"`);
      checkCondition(`questions.${q.id}.next[${i}].when`, r.when);
    });
  }
  const itemIds = new Set<string>();
  for (const item of flow.items) {
    if (itemIds.has(item.id)) problems.push(`items: "${item.id}" is defined twice`);
    itemIds.add(item.id);
    checkCondition(`items.${item.id}.when`, item.when);
    if (item.deadline && !ids.has(item.deadline.from)) problems.push(`items.${item.id}.deadline.from: unknown question "${item.deadline.from}"`);
  }
  if (problems.length) return [new ContentError(`${where}/flow.yaml + checklist.yaml`, problems)];

  // Walk every path: which questions are reached, which items are ever selected.
  const paths = answerPaths(flow, {}, SAMPLE_TODAY);
  const reached = new Set(paths.flatMap((a) => Object.keys(a)));
  for (const q of flow.questions) if (!reached.has(q.id)) problems.push(`questions.${q.id}: unreachable from "${flow.start}"`);
  for (const item of flow.items) {
    const selectable = paths.some((answers) => {
      try {
        return evaluate(item.when, { answers, today: SAMPLE_TODAY });
      } catch {
        return false;
      }
    });
    if (!selectable) problems.push(`items.${item.id}: no combination of answers selects it`);
  }
  if (!paths.length) problems.push(`no path from "${flow.start}" reaches "done"`);

  const errors: ContentError[] = problems.length ? [new ContentError(`${where}/flow.yaml + checklist.yaml`, problems)] : [];
  for (const [lang, copy] of Object.entries(copies) as [Locale, FlowCopyFile][]) {
    const missing: string[] = [];
    for (const q of flow.questions) {
      const qc = copy.questions[q.id];
      if (!qc) missing.push(`questions.${q.id}: missing`);
      else for (const o of q.options) if (!qc.options?.[o]) missing.push(`questions.${q.id}.options.${o}: missing`);
    }
    for (const item of flow.items) {
      if (!copy.items[item.id]) missing.push(`items.${item.id}: missing`);
      if (!copy.groups[item.group]) missing.push(`groups.${item.group}: missing`);
    }
    for (const key of Object.keys(copy.questions)) if (!ids.has(key)) missing.push(`questions.${key}: no such question in flow.yaml`);
    for (const key of Object.keys(copy.items)) if (!itemIds.has(key)) missing.push(`items.${key}: no such item in checklist.yaml`);
    if (missing.length) errors.push(new ContentError(`${where}/copy.${lang}.yaml`, [...new Set(missing)]));
  }
  return errors;
}
