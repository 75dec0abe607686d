// The HTTP surface the fuzzer attacks: ONE array. To cover a new route, add an entry with its
// method, path template and the *valid* values of its path params, query keys, JSON body fields
// and headers; the fuzzer mixes those with hostile values, wrong types, bad JSON and bad methods.
// Entries for routes that do not exist yet simply get 404s until the route appears.
import fc, { type Arbitrary } from "fast-check";
import { allQuestions } from "../bench/questions.js";

export interface EndpointSpec {
  /** Label in the report table. */
  name: string;
  /** The method the route answers; the fuzzer also tries others. */
  method: "GET" | "POST";
  /** Path template; `:name` segments take values from `params`. */
  path: string;
  params?: Record<string, Arbitrary<string>>;
  query?: Record<string, Arbitrary<string>>;
  /** JSON body fields with valid values (POST routes). */
  body?: Record<string, Arbitrary<unknown>>;
  /** Extra request headers with valid values (e.g. authorization). */
  headers?: Record<string, Arbitrary<string>>;
  /** Share of the inputs this endpoint gets relative to the others (default 1). */
  weight?: number;
}

/** What the endpoint values are drawn from: the real compiled knowledge. */
export interface FuzzContext {
  locales: readonly string[];
  /** Languages that have copy for at least one flow (flows 404 in the others). */
  flowLocales: readonly string[];
  cardIds: readonly string[];
  topics: readonly string[];
  flows: readonly { id: string; questions: readonly { id: string; kind: string; options: readonly string[] }[] }[];
  /** Bearer token the app under test accepts for admin routes (when it has any). */
  adminToken: string;
}

/** Replaced at send time with ids harvested from earlier successful chat replies. */
export const POOL = { conversationId: "@@POOL_CONV@@", flowConversationId: "@@POOL_FLOWCONV@@", messageId: "@@POOL_MSG@@" } as const;

const SOURCES = ["peru-contigo", "infomigra", "inforetorno"];
const AUDIENCES = ["emigrant", "foreigner", "returnee"];
const FEEDBACK_REASONS = ["wrong", "unclear", "outdated", "missing", "other"];

const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export function endpoints(ctx: FuzzContext): EndpointSpec[] {
  const lang = fc.constantFrom(...ctx.locales);
  const flowLang = ctx.flowLocales.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.flowLocales) }, { weight: 1, arbitrary: lang }) : lang;
  const optionValues = [...new Set(ctx.flows.flatMap((f) => f.questions.flatMap((q) => q.options)))];
  const questionIds = [...new Set(ctx.flows.flatMap((f) => f.questions.map((q) => q.id)))];
  const flowIds = ctx.flows.map((f) => f.id);
  const anyFlowId = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...flowIds) }, { weight: 1, arbitrary: fc.constantFrom("no-such-flow", "constructor", "__proto__", "toString") });
  // A valid answer for every question of every flow (off-path answers are ignored by the app),
  // so valid-shaped inputs reach the finished checklist, not only "missing answer".
  const validAnswer = (q: { kind: string; options: readonly string[] }) =>
    q.kind === "date" || q.options.length === 0 ? fc.date({ min: new Date("2015-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) : fc.constantFrom(...q.options);
  const byQuestion = new Map(ctx.flows.flatMap((f) => f.questions.map((q) => [q.id, q] as const)));
  const answerArbs = Object.fromEntries([...byQuestion].map(([id, q]) => [id, validAnswer(q)]));
  const fullAnswers = fc.record(answerArbs, { requiredKeys: [] });
  const cardId = fc.constantFrom(...ctx.cardIds, "no-such-card", "__proto__", "constructor");
  const questions = allQuestions().map((q) => q.message);
  const plainId = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);

  // Checklist state travels inside the conversation id: "<id>~<base64url JSON>". Forge some.
  const forgedState = fc
    .record({
      f: fc.oneof(anyFlowId, fc.jsonValue({ maxDepth: 1 })),
      a: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...questionIds, "__proto__", "constructor"), fc.string({ maxLength: 8 })), fc.oneof(fc.constantFrom(...optionValues, "2024-02-30", "9999-99-99", "1900-01-01"), fc.string({ maxLength: 8 }))), fc.jsonValue({ maxDepth: 1 })),
      p: fc.oneof(fc.constantFrom(...questionIds, "no-such-question", "__proto__"), fc.jsonValue({ maxDepth: 1 })),
    }, { requiredKeys: [] })
    .map((state) => JSON.stringify(state));
  const conversationId = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(POOL.conversationId, POOL.flowConversationId) },
    { weight: 2, arbitrary: plainId },
    { weight: 2, arbitrary: fc.tuple(plainId, forgedState).map(([id, s]) => `${id}~${b64url(s).slice(0, 2000)}`) },
    { weight: 1, arbitrary: fc.tuple(plainId, fc.stringMatching(/^[A-Za-z0-9_-]{1,2000}$/)).map(([id, s]) => `${id}~${s}`) },
    { weight: 1, arbitrary: fc.tuple(plainId, fc.constantFrom("e30", "bnVsbA", "W10", "IiI", "eyJmIjoiZmFtaWx5LXJlc2lkZW5jZSJ9", "_-_-", "a")).map(([id, s]) => `${id}~${s}`) },
  );

  const message = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...questions) },
    { weight: 1, arbitrary: fc.constantFrom("sí", "no", "1", "2", "casada", "my spouse", "abroad", "en el Perú", "hola", "gracias", "ayuda urgente me quieren deportar", "me quiero matar", "quiero la lista de requisitos para residencia familiar") },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...questions), fc.constantFrom("", " 👍", "\u200B", "?!?!", " please", " 谢谢")).map(([q, s]) => q + s) },
  );

  return [
    {
      name: "POST /api/chat",
      method: "POST",
      path: "/api/chat",
      weight: 3,
      body: {
        message,
        lang,
        conversationId,
        answer: fc.record({ value: fc.constantFrom(...optionValues, "2025-01-31", "2024-02-30", "no-such-option") }),
      },
    },
    {
      name: "POST /api/feedback",
      method: "POST",
      path: "/api/feedback",
      weight: 2,
      body: {
        conversationId: fc.oneof(fc.constant(POOL.conversationId), plainId),
        messageId: fc.oneof(fc.constant(POOL.messageId), plainId),
        helpful: fc.boolean(),
        reason: fc.constantFrom(...FEEDBACK_REASONS),
      },
    },
    {
      name: "GET /api/cards",
      method: "GET",
      path: "/api/cards",
      query: { lang, source: fc.constantFrom(...SOURCES), audience: fc.constantFrom(...AUDIENCES), topic: fc.constantFrom(...ctx.topics) },
    },
    { name: "GET /cards/:id", method: "GET", path: "/cards/:id", params: { id: cardId }, query: { lang } },
    { name: "GET /cards", method: "GET", path: "/cards", query: { lang } },
    { name: "GET /api/flows", method: "GET", path: "/api/flows", query: { lang } },
    { name: "GET /api/flows/:id", method: "GET", path: "/api/flows/:id", params: { id: anyFlowId }, query: { lang: flowLang } },
    {
      name: "POST /api/flows/:id/checklist",
      method: "POST",
      path: "/api/flows/:id/checklist",
      weight: 2,
      params: { id: anyFlowId },
      body: {
        answers: fc.oneof({ weight: 4, arbitrary: fc.record(answerArbs) }, { weight: 1, arbitrary: fullAnswers }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...questionIds), fc.constantFrom(...optionValues, "2025-06-30")) }),
        lang: flowLang,
      },
    },
    {
      name: "GET /checklist/:id",
      method: "GET",
      path: "/checklist/:id",
      weight: 2,
      params: { id: fc.oneof(anyFlowId, anyFlowId.map((id) => `${id}.ics`)) },
      query: { lang: flowLang, ...answerArbs },
    },
    { name: "GET /healthz", method: "GET", path: "/healthz", query: {} },
    { name: "GET static assets", method: "GET", path: "/:file", params: { file: fc.constantFrom(...ctx.locales.map((l) => `knowledge/${l}.json`), "widget.js", "widget/x.js", "assets/page.css", "assets/print.js", "knowledge/../core.json", "knowledge/..%2f..%2fpackage.json") } },
    // Routes that may appear later: 404 until then, fuzzed automatically once they exist.
    {
      name: "GET /api/admin/insights",
      method: "GET",
      path: "/api/admin/insights",
      query: { from: fc.constantFrom("2025-01-01", "2026-12-31", "1970-01-01"), to: fc.constantFrom("2026-12-31", "2025-01-01", "9999-12-31"), days: fc.constantFrom("7", "30", "0", "-1", "100000"), lang },
      headers: { authorization: fc.oneof(fc.constant(`Bearer ${ctx.adminToken}`), fc.constantFrom("Bearer ", "Bearer x", "bearer " + ctx.adminToken, "Basic YTpi", `Bearer ${ctx.adminToken}x`, `Bearer  ${ctx.adminToken}`)) },
    },
    {
      name: "GET /api/admin/insights.csv",
      method: "GET",
      path: "/api/admin/insights.csv",
      query: { days: fc.constantFrom("7", "30", "365", "0", "1e9", "NaN") },
      headers: { authorization: fc.constantFrom(`Bearer ${ctx.adminToken}`, `bearer ${ctx.adminToken}`, "Bearer wrong") },
    },
    { name: "GET /admin", method: "GET", path: "/admin", query: { lang } },
    { name: "GET demo pages", method: "GET", path: "/:page", params: { page: fc.constantFrom("", "demo/strict", "demo/inline", "demo/site.css", "assets/admin.js", "assets/page.css", "assets/print.js") } },
    { name: "GET /api/openapi.json", method: "GET", path: "/api/openapi.json" },
    { name: "GET /widget.js", method: "GET", path: "/widget.js" },
  ];
}
