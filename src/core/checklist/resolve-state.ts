import { evaluate } from "./conditions.js";
import { DONE, type Answers, type Flow, type Question } from "./flow-types.js";

export interface AnswerError {
  questionId: string;
  reason: "invalid-option" | "invalid-date";
}

export type FlowState =
  | { status: "asking"; question: Question; answers: Answers; path: string[] }
  | { status: "done"; answers: Answers; path: string[] }
  | { status: "invalid"; errors: AnswerError[]; answers: Answers; path: string[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidAnswer(question: Question, value: string): boolean {
  if (question.kind === "date") return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  return question.options.includes(value);
}

/**
 * Replays answers from the start question: the current question, or done. Answers to questions
 * off the path are dropped, so changing an earlier answer never leaves stale ones behind.
 */
export function resolveState(flow: Flow, given: Answers, today: Date = new Date()): FlowState {
  const byId = new Map(flow.questions.map((q) => [q.id as string, q]));
  const answers: Answers = {};
  const path: string[] = [];
  let current: string = flow.start;
  for (let steps = 0; current !== DONE; steps++) {
    if (steps > flow.questions.length) throw new Error(`flow ${flow.id} loops at ${current}`);
    const question = byId.get(current);
    if (!question) throw new Error(`flow ${flow.id}: unknown question ${current}`);
    const value = given[current];
    if (value === undefined || value === "") return { status: "asking", question, answers, path };
    if (!isValidAnswer(question, value)) {
      return {
        status: "invalid",
        errors: [{ questionId: current, reason: question.kind === "date" ? "invalid-date" : "invalid-option" }],
        answers,
        path,
      };
    }
    answers[current] = value;
    path.push(current);
    const route = question.next.find((r) => evaluate(r.when, { answers, today }));
    if (!route) throw new Error(`flow ${flow.id}: no route out of ${current}`);
    current = route.goto;
  }
  return { status: "done", answers, path };
}
