import { describe, expect, it } from "vitest";
import { postChat, testApp } from "../support/knowledge.js";

const { app } = testApp();
const json = async (res: Response | Promise<Response>) => (await res) .json() as Promise<any>;
const postChecklist = (id: string, body: unknown) =>
  app.request(`/api/flows/${id}/checklist`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("flows API", () => {
  it("lists the flows and describes one, localized", async () => {
    const list = await json(app.request("/api/flows?lang=en"));
    expect(list.flows.map((f: any) => f.id)).toContain("family-residence");
    const flow = await json(app.request("/api/flows/family-residence?lang=es"));
    expect(flow.questions[0]).toMatchObject({ id: "sponsor", text: expect.stringMatching(/Perú/) });
    expect(flow.questions[0].options[0]).toEqual({ value: "foreign-resident", label: expect.any(String) });
  });

  it("turns answers into the personal checklist", async () => {
    const res = await postChecklist("family-residence", { lang: "en", answers: { sponsor: "peruvian", relationship: "spouse", "marriage-place": "peru" } });
    expect(res.status).toBe(200);
    const list = (await res.json()) as any;
    expect(list.items.map((i: any) => i.id)).toEqual(expect.arrayContaining(["marriage-certificate-peru", "sponsor-dni", "guarantee-letter"]));
    expect(list.items.find((i: any) => i.id === "fee-receipt").fee).toMatch(/161\.40/);
    expect(list.printUrl).toBe("/checklist/family-residence?lang=en&sponsor=peruvian&relationship=spouse&marriage-place=peru");
  });

  it("names the question when an answer is invalid or missing", async () => {
    const bad = await postChecklist("family-residence", { lang: "en", answers: { sponsor: "peruvian", relationship: "cousin" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error).toMatchObject({ field: "answers.relationship", message: expect.stringMatching(/related/) });
    const missing = await postChecklist("family-residence", { lang: "es", answers: { sponsor: "peruvian" } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).error.field).toBe("answers.relationship");
  });

  it("404s an unknown flow", async () => {
    expect((await postChecklist("nope", { answers: {} })).status).toBe(404);
  });
});

describe("GET /checklist/:id", () => {
  it("renders a printable page from the answers in the URL", async () => {
    const res = await app.request("/checklist/family-residence?lang=es&sponsor=foreign-resident&relationship=minor-child&documents-origin=other-country&documents-language=other-language");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Legalización consular");
    expect(page).toContain("Traducción oficial");
    expect(page).toMatch(/Información vigente al/);
    expect(page).toMatch(/Base legal/);
    expect(page).toContain('<script src="/assets/print.js" defer></script>');
  });

  it("asks the next question by links when the URL is incomplete", async () => {
    const page = await (await app.request("/checklist/family-residence?lang=en&sponsor=peruvian")).text();
    expect(page).toContain("How is the person coming related to you?");
    expect(page).toContain('href="/checklist/family-residence?lang=en&amp;sponsor=peruvian&amp;relationship=spouse"');
  });
});

describe("checklists in the chat", () => {
  it("starts the family flow with what the message says, asks the rest one at a time, then gives the list", async () => {
    const first = await postChat(app, { message: "What do I need to bring my wife to Peru? I'm Peruvian." });
    expect(first.body.status).toBe("clarification");
    expect(first.body.ask).toMatchObject({ flowId: "family-residence", questionId: "marriage-place" });
    const second = await postChat(app, { message: "Abroad", conversationId: first.body.conversationId, answer: { value: "abroad" } });
    expect(second.body.ask.questionId).toBe("documents-origin");
    const third = await postChat(app, { message: "In another country", conversationId: second.body.conversationId, answer: { value: "other-country" } });
    const fourth = await postChat(app, { message: "no, they're in English", conversationId: third.body.conversationId });
    expect(fourth.body.status).toBe("answered");
    expect(fourth.body.checklist.items.map((i: any) => i.id)).toEqual(expect.arrayContaining(["marriage-certificate-abroad", "consular-legalisation", "official-translation", "sponsor-dni"]));
    expect(fourth.body.answer).toContain("/checklist/family-residence?");
  });

  it("lets the person change an answer", async () => {
    const first = await postChat(app, { message: "Quiero traer a mi esposa, soy peruano y nos casamos en Lima" });
    expect(first.body.checklist.items.map((i: any) => i.id)).toContain("marriage-certificate-peru");
    const changed = await postChat(app, { message: "Perdón, nos casamos en el extranjero", conversationId: first.body.conversationId });
    expect(changed.body.ask?.questionId ?? "").toBe("documents-origin");
  });

  it("never stores the answers: only the bare conversation id reaches the database", async () => {
    const { app: a, deps } = testApp();
    const saved: string[] = [];
    const real = deps.store.saveTurn.bind(deps.store);
    deps.store.saveTurn = async (turn) => {
      saved.push(JSON.stringify(turn));
      return real(turn);
    };
    const first = await postChat(a, { message: "Quiero traer a mi esposa, soy peruano" });
    await postChat(a, { message: "En el extranjero", conversationId: first.body.conversationId, answer: { value: "abroad" } });
    expect(first.body.conversationId).toContain("~");
    expect(saved.join("\n")).not.toMatch(/~|abroad|peruvian/);
  });

  it("rejects a malformed answer value", async () => {
    const res = await postChat(app, { message: "x", answer: { value: "<b>" } });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("answer");
  });
});

describe("a checklist with a date", () => {
  it("reads a typed date and gives the deadline as a date, with a calendar file", async () => {
    const first = await postChat(app, { message: "¿Cuáles son los requisitos de la tarjeta del migrante retornado? Viví 5 años en Chile y ya volví al Perú." });
    let reply = first.body;
    const answers: Record<string, string> = { "where-apply": "in-peru", "household-goods": "no", vehicle: "no", "work-equipment": "yes" };
    // Entered 30 days ago: the 180-day window is open, and its end is a date the page can show.
    const day = 86_400_000;
    const entry = new Date(Date.now() - 30 * day).toISOString().slice(0, 10);
    const due = new Date(Date.parse(`${entry}T00:00:00Z`) + 180 * day).toISOString().slice(0, 10);
    for (let i = 0; i < 8 && reply.ask; i++) {
      const q = reply.ask.questionId as string;
      const next =
        q === "entry-date"
          ? await postChat(app, { message: `Entré el ${entry.slice(8, 10)}/${entry.slice(5, 7)}/${entry.slice(0, 4)}`, conversationId: reply.conversationId })
          : await postChat(app, { message: "ok", conversationId: reply.conversationId, answer: { value: answers[q] ?? reply.ask.options[0].value } });
      reply = next.body;
    }
    expect(reply.checklist).toBeDefined();
    const dated = reply.checklist.items.find((i: any) => /^\d{4}-\d{2}-\d{2}$/.test(i.deadline ?? ""));
    expect(dated.deadline).toBe(due);
    const ics = await app.request(reply.checklist.printUrl.replace("/checklist/return-act?", "/checklist/return-act.ics?"));
    expect(ics.headers.get("content-type")).toMatch(/text\/calendar/);
    expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, "")}`);
  });

  it("asks for a date on the no-JavaScript page with a date field that keeps the other answers", async () => {
    const page = await (await app.request("/checklist/return-act?lang=es&time-abroad=three-years&where-apply=in-peru")).text();
    expect(page).toContain('type="date" name="entry-date"');
    expect(page).toContain('<input type="hidden" name="where-apply" value="in-peru" />');
  });
});

describe("a question in the middle of a checklist", () => {
  it("is answered, and the pending checklist question is asked again", async () => {
    const first = await postChat(app, { message: "What do I need to bring my wife to Peru? I'm Peruvian." });
    expect(first.body.ask.questionId).toBe("marriage-place");
    const aside = await postChat(app, { message: "By the way, how much is the fee for the family residence?", conversationId: first.body.conversationId });
    expect(aside.body.answer).toMatch(/161\.40/);
    expect(aside.body.answer).toMatch(/To finish your list/);
    expect(aside.body.ask.questionId).toBe("marriage-place");
    const done = await postChat(app, { message: "In Peru", conversationId: aside.body.conversationId, answer: { value: "peru" } });
    expect(done.body.checklist.items.map((i: any) => i.id)).toContain("marriage-certificate-peru");
  });
});
