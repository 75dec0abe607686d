import { expect } from "vitest";
import { buildChecklist } from "../../src/core/checklist/build-checklist.js";
import type { Answers, Flow, FlowCopy } from "../../src/core/checklist/flow-types.js";
import { prefillAnswers } from "../../src/core/checklist/prefill.js";
import { resolveState } from "../../src/core/checklist/resolve-state.js";
import type { Locale } from "../../src/core/locales.js";
import { realBundle } from "./knowledge.js";

/** Node-by-node flow testing, in the style of smart-answers' flow_test_helper. */
export function flowHarness(flowId: string, today = new Date("2026-11-28T12:00:00Z")) {
  const bundle = realBundle();
  const flow = bundle.flows.find((f) => f.id === flowId) as Flow | undefined;
  if (!flow) throw new Error(`no flow ${flowId} in knowledge`);
  const copy = (lang: Locale) => bundle.i18n[lang][`flow-${flowId}`] as unknown as FlowCopy;
  return {
    flow,
    copy,
    /** The question asked after these answers (or "done"). */
    nextNode(answers: Answers): string {
      const state = resolveState(flow, answers, today);
      return state.status === "asking" ? state.question.id : state.status;
    },
    expectNext(answers: Answers, node: string) {
      expect(this.nextNode(answers), `after ${JSON.stringify(answers)}`).toBe(node);
    },
    expectInvalid(answers: Answers, questionId: string) {
      const state = resolveState(flow, answers, today);
      expect(state.status).toBe("invalid");
      if (state.status === "invalid") expect(state.errors[0]!.questionId).toBe(questionId);
    },
    /** Item ids of the checklist for complete answers. */
    items(answers: Answers): string[] {
      const state = resolveState(flow, answers, today);
      expect(state.status, `answers ${JSON.stringify(answers)} should complete the flow`).toBe("done");
      return buildChecklist(flow, state.answers, today).map((s) => s.item.id);
    },
    dueDates(answers: Answers): Record<string, string> {
      return Object.fromEntries(buildChecklist(flow, answers, today).filter((s) => s.dueDate).map((s) => [s.item.id, s.dueDate!]));
    },
    prefill(message: string, lang: Locale): Answers {
      return prefillAnswers(flow, copy(lang), message, lang);
    },
  };
}
