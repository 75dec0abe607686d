import type { Ask, Checklist } from "./chat-contract.js";
import { certainItems } from "../checklist/build-checklist.js";
import { checklistText, composeChecklist } from "../checklist/compose-checklist.js";
import type { FlowSession } from "../checklist/flow-session.js";
import type { Answers, Flow, FlowCopy, Question } from "../checklist/flow-types.js";
import { mentionsTrigger, wantsAList } from "../checklist/flow-intent.js";
import { matchOption, prefillAnswers } from "../checklist/prefill.js";
import { foldText } from "../retrieval/text-fold.js";
import { isValidAnswer, resolveState } from "../checklist/resolve-state.js";
import type { Translate } from "../i18n/create-i18n.js";
import type { Knowledge } from "../knowledge-view.js";
import type { Locale } from "../locales.js";

export interface ChecklistTurnInput {
  message: string;
  /** The value of an `ask` option the person picked. */
  answerValue?: string;
  session?: FlowSession;
  lang: Locale;
  /** The card retrieval would answer with, if any. */
  cardId?: string;
  knowledge: Knowledge;
  t: Translate;
  today: Date;
}

export interface ChecklistTurn {
  flow: Flow;
  text: string;
  session: FlowSession;
  ask?: Ask;
  checklist?: Checklist;
  /** True on the turn that starts a flow: the matched card's answer goes before the question. */
  started: boolean;
  /**
   * True when the person asked something else in the middle of a checklist: the question is
   * answered as usual, then the pending checklist question is asked again.
   */
  aside?: boolean;
}

// A reply that is itself a question is not an answer to the pending one.
const QUESTION = /[?¿？]|^\s*(que|qué|como|cómo|cuando|cuándo|donde|dónde|cuanto|cuánto|por que|what|how|when|where|why|can|do|does|is|are|o que|como|quand|comment|pourquoi|est-ce|kisa|kijan|ki lè|kote|èske|cosa|quando|dove|perché|ima|imayna|maypi)\b/iu;

/** Each flow's key among the UI strings, made once (a new string per lookup is hashed anew). */
const copyKeys = new Map<string, string>();

export function flowCopy(knowledge: Knowledge, lang: Locale, flowId: string): FlowCopy | undefined {
  let key = copyKeys.get(flowId);
  if (key === undefined) {
    key = `flow-${flowId}`;
    if (copyKeys.size < 1000) copyKeys.set(flowId, key);
  }
  return knowledge.i18n[lang]?.[key] as FlowCopy | undefined;
}

/** A flow question as the `ask` of a reply (or of the no-JavaScript checklist page). */
export function askFor(flow: Flow, question: Question, copy: FlowCopy): Ask {
  const qc = copy.questions[question.id]!;
  return {
    flowId: flow.id,
    questionId: question.id,
    kind: question.kind,
    text: qc.text,
    ...(qc.hint ? { hint: qc.hint } : {}),
    options: question.options.map((o) => ({ value: o, label: qc.options?.[o]?.label ?? o })),
  };
}

function step(flow: Flow, copy: FlowCopy, answers: Answers, input: ChecklistTurnInput, started: boolean): ChecklistTurn {
  const { t, lang, knowledge } = input;
  const state = resolveState(flow, answers, input.today);
  if (state.status === "done") {
    const checklist = composeChecklist(flow, copy, state.answers, lang, t, knowledge.manifest.contentHash.slice(0, 12), input.today);
    return { flow, text: checklistText(checklist, t), checklist, session: { flowId: flow.id, answers: state.answers }, started };
  }
  const question = state.status === "asking" ? state.question : flow.questions.find((q) => q.id === state.errors[0]!.questionId)!;
  const ask = askFor(flow, question, copy);
  const lines: string[] = [];
  if (started) {
    // What is needed whatever the remaining answers: the person can start gathering it now.
    const certain = certainItems(flow, state.answers, input.today);
    if (certain.length) lines.push(t("checklist.certain"), ...certain.map((i) => `• ${copy.items[i.id]!.title}`), "");
  }
  lines.push(started ? t("checklist.start", { title: copy.title }) : state.status === "invalid" ? t("checklist.pickOne") : "", ask.text);
  if (ask.hint) lines.push(ask.hint);
  lines.push(...ask.options.map((o) => `• ${o.label}`));
  return {
    flow,
    text: lines.filter(Boolean).join("\n"),
    ask,
    session: { flowId: flow.id, answers: state.answers, pending: question.id },
    started,
  };
}

/**
 * A checklist turn, or undefined when the message is not one: continues a flow in progress
 * (an answer, or a changed answer), or starts one when the person asks what they need.
 */
export function checklistTurn(input: ChecklistTurnInput): ChecklistTurn | undefined {
  const { knowledge, lang, message } = input;
  const ongoing = input.session ? knowledge.flow(input.session.flowId) : undefined;
  if (ongoing && input.session) {
    const copy = flowCopy(knowledge, lang, ongoing.id);
    if (!copy) return undefined;
    const answers: Answers = { ...input.session.answers };
    let progressed = false;
    const pending = input.session.pending ? ongoing.questions.find((q) => q.id === input.session!.pending) : undefined;
    if (pending) {
      const value = input.answerValue ?? matchOption(ongoing, copy, pending.id, message, lang);
      if (value !== undefined && isValidAnswer(pending, value)) {
        answers[pending.id] = value;
        progressed = true;
      }
    }
    for (const [q, v] of Object.entries(prefillAnswers(ongoing, copy, message, lang))) {
      if (answers[q] !== v) {
        answers[q] = v;
        progressed = true;
      }
    }
    const changedTopic = input.cardId !== undefined && !ongoing.cards.includes(input.cardId);
    if (progressed) return step(ongoing, copy, answers, input, false);
    if (pending && input.answerValue) return step(ongoing, copy, answers, input, false);
    if (pending && QUESTION.test(message)) {
      // Answer the side question (the caller does), then ask the pending question again.
      const again = step(ongoing, copy, answers, input, false);
      return { ...again, text: `${input.t("checklist.resume", { title: copy.title })}\n${again.text}`, aside: true };
    }
    if (pending && !changedTopic) return step(ongoing, copy, answers, input, false);
    // Not an answer and not about this checklist: the person moved on.
  }
  const folded = foldText(message);
  const wantsList = wantsAList(folded);
  for (const flow of knowledge.flows) {
    const copy = flowCopy(knowledge, lang, flow.id);
    if (!copy) continue;
    // Start when the person asks what they need and the message is about this flow: its card
    // matched, or it already answers two of its questions; or when it names the flow outright.
    const triggered = mentionsTrigger(folded, copy.triggers);
    if (!wantsList && !triggered) continue;
    const prefilled = prefillAnswers(flow, copy, message, lang);
    const byCard = input.cardId !== undefined && flow.cards.includes(input.cardId);
    const bySituation = Object.keys(prefilled).length >= 2;
    if (triggered || byCard || bySituation) return step(flow, copy, prefilled, input, true);
  }
  return undefined;
}
