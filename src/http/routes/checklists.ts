import { Hono } from "hono";
import { askFor, flowCopy } from "../../core/chat/checklist-turn.js";
import { checklistUrl, composeChecklist } from "../../core/checklist/compose-checklist.js";
import type { Answers } from "../../core/checklist/flow-types.js";
import { resolveState } from "../../core/checklist/resolve-state.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, headerLocale, requestLocale } from "../middleware/errors.js";
import { checklistIcs, checklistPage, checklistQuestionPage } from "../views/checklist-page.js";

const PRINT_JS = `document.querySelectorAll("[data-print]").forEach(function(b){b.addEventListener("click",function(){window.print()})});`;

function answersFrom(params: Record<string, string>, questionIds: string[]): Answers {
  const answers: Answers = {};
  for (const id of questionIds) if (typeof params[id] === "string" && params[id]) answers[id] = params[id];
  return answers;
}


export const checklistRoutes = new Hono<AppEnv>()
  .get("/assets/print.js", (c) => {
    c.header("content-type", "text/javascript; charset=utf-8");
    c.header("cache-control", "public, max-age=3600");
    return c.body(PRINT_JS);
  })
  .get("/api/flows", (c) => {
    const { knowledge } = c.get("deps");
    const lang = requestLocale(c);
    const flows = knowledge.flows.map((f) => {
      const copy = flowCopy(knowledge, lang, f.id);
      return { id: f.id, title: copy?.title ?? f.id, intro: copy?.intro ?? "", source: f.source, questions: f.questions.length, items: f.items.length };
    });
    return c.json({ lang, flows });
  })
  .get("/api/flows/:id", (c) => {
    const { knowledge } = c.get("deps");
    const lang = requestLocale(c);
    const flow = knowledge.flow(c.req.param("id"));
    const copy = flow && flowCopy(knowledge, lang, flow.id);
    if (!flow || !copy) return apiError(c, 404, "notFound", lang);
    return c.json({
      id: flow.id,
      lang,
      title: copy.title,
      intro: copy.intro,
      start: flow.start,
      source: flow.source,
      legalBasis: flow.legalBasis,
      officialUrl: flow.officialUrl,
      reviewed: flow.reviewed,
      questions: flow.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        text: copy.questions[q.id]?.text,
        ...(copy.questions[q.id]?.hint ? { hint: copy.questions[q.id]!.hint } : {}),
        options: q.options.map((o) => ({ value: o, label: copy.questions[q.id]?.options?.[o]?.label ?? o })),
        next: q.next,
      })),
    });
  })
  .post("/api/flows/:id/checklist", async (c) => {
    const { knowledge, translate, now } = c.get("deps");
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return apiError(c, 400, "invalidJson", headerLocale(c) ?? DEFAULT_LOCALE);
    }
    const raw = (body && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const lang: Locale = isLocale(raw.lang) ? raw.lang : (headerLocale(c) ?? DEFAULT_LOCALE);
    if (raw.lang !== undefined && !isLocale(raw.lang)) return apiError(c, 400, "unknownLang", lang, { langs: knowledge.locales.join(", ") }, "lang");
    const flow = knowledge.flow(c.req.param("id"));
    const copy = flow && flowCopy(knowledge, lang, flow.id);
    if (!flow || !copy) return apiError(c, 404, "notFound", lang);
    const answersIn = raw.answers;
    if (!answersIn || typeof answersIn !== "object" || Array.isArray(answersIn)) return apiError(c, 400, "invalidBody", lang, {}, "answers");
    const answers: Answers = {};
    for (const [k, v] of Object.entries(answersIn as Record<string, unknown>)) {
      if (typeof v !== "string") return apiError(c, 400, "invalidAnswerFor", lang, { question: k }, `answers.${k}`);
      answers[k] = v;
    }
    const t = translate(lang);
    const state = resolveState(flow, answers, now());
    if (state.status === "invalid") {
      const q = state.errors[0]!.questionId;
      return apiError(c, 400, "invalidAnswerFor", lang, { question: copy.questions[q]?.text ?? q }, `answers.${q}`);
    }
    if (state.status === "asking") {
      const q = state.question;
      return apiError(c, 400, "missingAnswer", lang, { question: copy.questions[q.id]?.text ?? q.id }, `answers.${q.id}`);
    }
    return c.json(composeChecklist(flow, copy, state.answers, lang, t, knowledge.manifest.contentHash.slice(0, 12), now()));
  })
  .get("/checklist/:id", (c) => {
    const { knowledge, translate, now } = c.get("deps");
    const lang = requestLocale(c);
    const t = translate(lang);
    const raw = c.req.param("id");
    const wantsIcs = raw.endsWith(".ics");
    const flow = knowledge.flow(wantsIcs ? raw.slice(0, -4) : raw);
    const copy = flow && flowCopy(knowledge, lang, flow.id);
    if (!flow || !copy) return c.html(`<!doctype html><html lang="${lang}"><title>404</title><p>${t("page.notFound")}</p></html>`, 404);
    const answers = answersFrom(c.req.query(), flow.questions.map((q) => q.id));
    const state = resolveState(flow, answers, now());
    if (state.status !== "done") {
      const question = state.status === "asking" ? state.question : flow.questions.find((q) => q.id === state.errors[0]!.questionId)!;
      const ask = askFor(flow, question, copy);
      const page = checklistQuestionPage(copy.title, ask, (v) => checklistUrl(flow, { ...state.answers, [question.id]: v }, lang), t, lang, state.answers);
      return c.html(page, state.status === "invalid" ? 400 : 200);
    }
    const checklist = composeChecklist(flow, copy, state.answers, lang, t, knowledge.manifest.contentHash.slice(0, 12), now());
    const hasDates = checklist.items.some((i) => i.deadline && /^\d{4}-\d{2}-\d{2}$/.test(i.deadline));
    if (wantsIcs) {
      c.header("content-type", "text/calendar; charset=utf-8");
      c.header("content-disposition", `attachment; filename="${flow.id}.ics"`);
      return c.body(checklistIcs(checklist, now()));
    }
    const icsUrl = hasDates ? checklist.printUrl.replace(`/checklist/${flow.id}?`, `/checklist/${flow.id}.ics?`) : undefined;
    return c.html(checklistPage(checklist, t, lang, icsUrl, t("channels")));
  });
