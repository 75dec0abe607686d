import { describe, expect, it } from "vitest";
import type { Flow, FlowId, ItemId, QuestionId } from "../../src/core/checklist/flow-types.js";
import type { FlowCopyFile } from "../../src/build/parse-flows.js";
import { validateFlow } from "../../src/build/validate-flows.js";

// A small valid flow; each test breaks one thing and expects the build to name it.
function flow(overrides: Partial<Flow> = {}): Flow {
  return {
    id: "test-flow" as FlowId,
    source: "peru-contigo",
    legalBasis: ["DL 1350"],
    officialUrl: "https://www.gob.pe/migraciones",
    reviewed: "2026-11-28",
    cards: [],
    start: "who" as QuestionId,
    questions: [
      { id: "who" as QuestionId, kind: "choice", options: ["a", "b"], next: [{ when: { q: "who", is: "a" }, goto: "where" }, { goto: "done" }] },
      { id: "where" as QuestionId, kind: "choice", options: ["x", "y"], next: [{ goto: "done" }] },
    ],
    items: [
      { id: "always" as ItemId, group: "g" },
      { id: "for-x" as ItemId, group: "g", when: { q: "where", is: "x" } },
    ],
    ...overrides,
  };
}

const copy: FlowCopyFile = {
  title: "T",
  intro: "I",
  questions: {
    who: { text: "Who?", options: { a: { label: "A" }, b: { label: "B" } } },
    where: { text: "Where?", options: { x: { label: "X" }, y: { label: "Y" } } },
  },
  items: { always: { title: "Always", detail: "d" }, "for-x": { title: "For X", detail: "d" } },
  groups: { g: "Group" },
};

const problems = (f: Flow, c: FlowCopyFile = copy) => validateFlow(f, { es: c }, "flows/test-flow").map((e) => e.message).join("\n");

describe("validateFlow", () => {
  it("accepts a sound flow", () => {
    expect(problems(flow())).toBe("");
  });

  it("names an unknown question in a route", () => {
    const f = flow();
    f.questions[0]!.next = [{ goto: "nowhere" }];
    expect(problems(f)).toMatch(/questions\.who\.next\[0\]: unknown question "nowhere"/);
  });

  it("names an option a condition uses that the question does not have", () => {
    const f = flow();
    f.items[1] = { id: "for-x" as ItemId, group: "g", when: { q: "where", is: "z" } };
    expect(problems(f)).toMatch(/items\.for-x\.when: "z" is not an option of "where"/);
  });

  it("names an unknown predicate", () => {
    const f = flow();
    f.items[1] = { id: "for-x" as ItemId, group: "g", when: { predicate: "moon-is-full" } };
    expect(problems(f)).toMatch(/unknown predicate "moon-is-full"/);
  });

  it("names an unreachable question", () => {
    const f = flow();
    f.questions[0]!.next = [{ goto: "done" }];
    expect(problems(f)).toMatch(/questions\.where: unreachable from "who"/);
  });

  it("names an item no combination of answers selects", () => {
    const f = flow();
    f.items[1] = { id: "for-x" as ItemId, group: "g", when: { all: [{ q: "who", is: "b" }, { q: "where", is: "x" }] } };
    expect(problems(f)).toMatch(/items\.for-x: no combination of answers selects it/);
  });

  it("requires a default route", () => {
    const f = flow();
    f.questions[1]!.next = [{ when: { q: "where", is: "x" }, goto: "done" }];
    expect(problems(f)).toMatch(/questions\.where\.next: the last route needs no "when"/);
  });

  it("names missing copy: a question, an option, an item, a group", () => {
    const broken: FlowCopyFile = {
      ...copy,
      questions: { who: { text: "Who?", options: { a: { label: "A" } } } },
      items: { always: { title: "Always", detail: "d" } },
      groups: {},
    };
    const text = problems(flow(), broken);
    expect(text).toMatch(/copy\.es\.yaml/);
    expect(text).toMatch(/questions\.where: missing/);
    expect(text).toMatch(/questions\.who\.options\.b: missing/);
    expect(text).toMatch(/items\.for-x: missing/);
    expect(text).toMatch(/groups\.g: missing/);
  });

  it("names copy for a question the flow does not have", () => {
    const extra: FlowCopyFile = { ...copy, questions: { ...copy.questions, ghost: { text: "Boo?" } } };
    expect(problems(flow(), extra)).toMatch(/questions\.ghost: no such question in flow\.yaml/);
  });
});
