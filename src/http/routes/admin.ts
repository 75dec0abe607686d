import { Hono, type MiddlewareHandler } from "hono";
import { groupQuestions } from "../../core/insights/group-questions.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../core/locales.js";
import { constantTimeEqual } from "../../core/safety/constant-time.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, requestLocale } from "../middleware/errors.js";
import { adminPage } from "../views/admin-page.js";
import { ADMIN_JS } from "../views/admin-script.js";

const DAY = 86_400_000;

const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = c.get("deps").config.adminToken;
  const given = c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!token || !given || !(await constantTimeEqual(given, token))) {
    c.header("WWW-Authenticate", 'Bearer realm="contigo-admin"');
    return apiError(c, 401, "unauthorized", DEFAULT_LOCALE);
  }
  c.header("Cache-Control", "no-store");
  return next();
};

async function buildInsights(c: Parameters<MiddlewareHandler<AppEnv>>[0]) {
  const deps = c.get("deps");
  const days = Math.min(365, Math.max(1, Number(c.req.query("days") ?? 30) || 30));
  const lang: Locale = isLocale(c.req.query("lang")) ? (c.req.query("lang") as Locale) : DEFAULT_LOCALE;
  const to = deps.now();
  const from = new Date(to.getTime() - days * DAY);
  const data = await deps.store.insights(from, to);
  await deps.knowledge.ensure(lang);
  const title = (id: string | null) => (id ? (deps.knowledge.card(id, lang)?.title ?? id) : "—");
  const answers = new Map(data.answersPerCard.map((a) => [a.cardId, a.count]));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    days,
    perDay: data.perDay,
    statuses: data.statuses,
    topCards: data.topCards.map((t) => ({ ...t, title: title(t.cardId) })),
    unanswered: groupQuestions(data.unanswered).slice(0, 50),
    feedback: data.feedback
      .map((f) => {
        const given = f.helpful + f.notHelpful;
        const answered = f.cardId ? (answers.get(f.cardId) ?? 0) : 0;
        return { ...f, title: title(f.cardId), answers: answered, feedbackRate: answered ? given / answered : null, helpfulShare: given ? f.helpful / given : null };
      })
      .sort((a, b) => b.notHelpful - a.notHelpful),
    flows: data.flows.map((f) => ({ ...f, completionRate: f.started ? f.completed / f.started : null })),
  };
}

type Insights = Awaited<ReturnType<typeof buildInsights>>;

function csv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    // Quote everything that needs it, and defuse spreadsheet formulas in text cells.
    const safe = /^[=+\-@]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

function insightsCsv(i: Insights): string {
  const rows: (string | number | null)[][] = [["section", "key", "label", "value", "extra"]];
  for (const d of i.perDay) rows.push(["questions_per_day", d.day, d.lang, d.count, null]);
  for (const s of i.statuses) rows.push(["status", s.status, s.status, s.count, null]);
  for (const t of i.topCards) rows.push(["top_card", t.cardId, t.title, t.count, null]);
  for (const u of i.unanswered) rows.push(["unanswered_group", u.langs.join(" "), u.label, u.count, u.examples.join(" | ")]);
  for (const f of i.feedback) rows.push(["feedback", f.cardId, f.title, f.helpful, f.notHelpful]);
  for (const f of i.flows) {
    rows.push(["checklist", f.flowId, "started", f.started, f.completed]);
    for (const s of f.lastStep) rows.push(["checklist_dropoff", f.flowId, s.step, s.conversations, null]);
  }
  return csv(rows);
}

export const adminRoutes = new Hono<AppEnv>()
  .get("/admin", (c) => {
    const lang = requestLocale(c);
    return c.html(adminPage(c.get("deps").translate(lang), lang));
  })
  .get("/assets/admin.js", (c) => {
    c.header("content-type", "text/javascript; charset=utf-8");
    c.header("cache-control", "public, max-age=3600");
    return c.body(ADMIN_JS);
  })
  .use("/api/admin/*", requireAdmin)
  .get("/api/admin/insights", async (c) => c.json(await buildInsights(c)))
  .get("/api/admin/insights.csv", async (c) => {
    c.header("content-type", "text/csv; charset=utf-8");
    c.header("content-disposition", 'attachment; filename="contigo-insights.csv"');
    return c.body(insightsCsv(await buildInsights(c)));
  });
