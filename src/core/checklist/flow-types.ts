/** Checklist flows: questions with routing, a catalogue of items, conditions that select them. */

declare const brand: unique symbol;
type Brand<T, B> = T & { readonly [brand]: B };
export type FlowId = Brand<string, "FlowId">;
export type QuestionId = Brand<string, "QuestionId">;
export type ItemId = Brand<string, "ItemId">;

/** The end of a flow: no more questions, the checklist can be given. */
export const DONE = "done";

export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { predicate: string };

export interface Route {
  when?: Condition;
  goto: string;
}

export type QuestionKind = "choice" | "date";

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  /** Values of a choice question (labels live in the copy, per language). */
  options: string[];
  /** First matching route wins; a route without `when` always matches. */
  next: Route[];
}

export interface Item {
  id: ItemId;
  group: string;
  when?: Condition;
  /** Legal basis of the requirement, shown beside it. */
  legalBasis?: string;
  fee?: string;
  feeAsOf?: string;
  url?: string;
  /** A deadline computed from a date answer: days after it, calendar or working days. */
  deadline?: { from: string; days: number; unit: "calendar" | "working" };
}

export interface Flow {
  id: FlowId;
  source: "peru-contigo" | "infomigra" | "inforetorno";
  legalBasis: string[];
  officialUrl: string;
  reviewed: string;
  /** Cards whose questions this flow answers in detail: a match on them can start it. */
  cards: string[];
  start: QuestionId;
  questions: Question[];
  items: Item[];
}

export type Answers = Record<string, string>;

/** Text of one flow in one language (an i18next namespace `flow-<id>`). */
export interface FlowCopy {
  title: string;
  intro: string;
  /** Phrases that start this flow from a chat message, e.g. "traer a mi familia". */
  triggers?: string[];
  questions: Record<string, { text: string; hint?: string; options?: Record<string, { label: string; keywords?: string[] }> }>;
  items: Record<string, { title: string; detail: string; where?: string }>;
  groups: Record<string, string>;
  notes?: string[];
}
