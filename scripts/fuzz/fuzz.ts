// Property-based fuzzing of every endpoint, in process (app.request, no network):
//   npm run fuzz -- [--runs 10000] [--seed 42] [--time-limit 110] [--samples 5]
// Random and hostile requests (wrong types, unicode, 200 KB strings, 20 000-deep JSON, "__proto__"
// keys, broken JSON, wrong content types, random queries, path params and methods). Prints status
// classes per endpoint; exits 1 on any 5xx, thrown error, hang, file leak or prototype pollution.
// The endpoint list is scripts/fuzz/endpoints.ts. `runFuzz` is exported for test/fuzz.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc, { type Arbitrary } from "fast-check";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { DEFAULT_APP_CONFIG, type AppConfig } from "../../src/http/app-deps.js";
import { endpoints, POOL, type EndpointSpec, type FuzzContext } from "./endpoints.js";
import {
  acceptLanguages,
  badBytes,
  contentTypes,
  deepJsonText,
  headerSafe,
  HUGE_MAX,
  hostileString,
  hugeString,
  malformedText,
  METHODS,
  objectText,
  protoObjectText,
  queryString,
  urlPart,
} from "./hostile.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ALLOWED_ORIGIN = "https://www.gob.pe";
const DEFAULT_ADMIN_TOKEN = "fuzz-admin-token-0123456789";

export interface FuzzRequest {
  endpoint: string;
  /** What kind of body / mutation this input is (for the report). */
  kind: string;
  method: string;
  /** Path and query, starting with "/". */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzSample {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  status?: number;
  response: string;
}

type StatusClass = "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | "thrown";
const CLASSES: StatusClass[] = ["1xx", "2xx", "3xx", "4xx", "5xx", "thrown"];

export interface FuzzReport {
  seed: number;
  requestedRuns: number;
  inputs: number;
  interrupted: boolean;
  durationMs: number;
  perEndpoint: Record<string, Record<StatusClass, number>>;
  perKind: Record<string, number>;
  /** Per endpoint: "status error.code" → count (what the 4xx were, to tune the generators). */
  perEndpointCodes: Record<string, Record<string, number>>;
  totals: Record<StatusClass, number>;
  fiveXx: number;
  /** Requests whose handling threw, hung (over the per-request timeout) or whose body could not be read. */
  thrown: number;
  /** 2xx responses to path-traversal attempts that returned files from outside the asset folder. */
  leaks: number;
  /** Failing inputs (5xx, thrown, leak), truncated, up to `maxSamples`. */
  samples: FuzzSample[];
  /** Where the full failing requests were written (when there were any). */
  failuresFile?: string;
  /** Prototype properties that appeared during the run (must be empty). */
  polluted: string[];
  /** Not failures: /api/* 4xx whose body is not `{ error: { code, message } }`, app warnings. */
  notes: { badErrorShape: number; badErrorShapeExample?: string; appWarnings: number; appWarningExamples: string[]; slowOver100ms: number };
  slowest: { ms: number; method: string; url: string; kind: string; status: number | string }[];
  ok: boolean;
}

export interface AppUnderTest {
  /** A Hono app, or anything with its `request(Request)` (tests wrap the app to plant bugs). */
  app: { request(input: Request): Response | Promise<Response> };
  close?: () => void;
}

export interface FuzzOptions {
  runs?: number;
  seed?: number;
  /** Stop generating after this long (the report says so); default 110 s. */
  timeLimitMs?: number;
  /** Per-request limit before it counts as a hang; default 10 s. */
  requestTimeoutMs?: number;
  maxSamples?: number;
  /** App config overrides (e.g. an admin token once the app has one). */
  config?: Partial<AppConfig> & Record<string, unknown>;
  adminToken?: string;
  /** Build a different app (tests use this to check the fuzzer can fail). */
  makeApp?: (warn: (m: string) => void) => AppUnderTest;
  /** Print progress to stderr. */
  progress?: boolean;
}

/** The production Node app over the real knowledge and an in-memory SQLite store. */
export function makeNodeApp(warn: (m: string) => void, config: FuzzOptions["config"] = {}): AppUnderTest {
  const bundle = readKnowledgeBundle(join(ROOT, "knowledge"));
  const sqlite = openSqliteStore(":memory:", join(ROOT, "src/storage/migrations"));
  // The rate limit is off (0): every in-process request comes from one "client", so with the
  // production limit almost every POST would be a 429 and the deeper code would go untested.
  const made = createNodeApp(bundle, sqlite.store, { ...DEFAULT_APP_CONFIG, allowedOrigins: [ALLOWED_ORIGIN], rateLimitPerMinute: 0, ...config } as AppConfig);
  made.deps.warn = warn;
  return { app: made.app, close: sqlite.close };
}

function fuzzContext(adminToken: string): FuzzContext {
  const bundle = readKnowledgeBundle(join(ROOT, "knowledge"));
  const cards = Object.values(bundle.locales).flatMap((l) => l.cards);
  return {
    locales: bundle.manifest.locales,
    flowLocales: bundle.manifest.locales.filter((l) => Object.keys(bundle.i18n[l] ?? {}).some((ns) => ns.startsWith("flow-"))),
    cardIds: [...new Set(cards.map((c) => c.id))],
    topics: [...new Set(cards.map((c) => c.topic))],
    flows: bundle.flows.map((f) => ({ id: f.id, questions: f.questions.map((q) => ({ id: q.id, kind: q.kind as string, options: [...q.options] })) })),
    adminToken,
  };
}

function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/:([A-Za-z_]+)/g, (_, name: string) => values[name] ?? "x");
}

const headerValue = (valid: Arbitrary<string>) =>
  fc.oneof({ weight: 5, arbitrary: valid }, { weight: 2, arbitrary: hostileString.map((s) => headerSafe(s, 2_000)) }, { weight: 1, arbitrary: fc.constant("") });

function bodyFor(ep: EndpointSpec): Arbitrary<{ kind: string; body?: string | Uint8Array }> {
  const fields = ep.body ?? { message: fc.constant("hola"), lang: fc.constant("es") };
  const good = objectText(fields);
  const firstField = Object.keys(fields)[0] ?? "message";
  const w = (n: number) => n; // GET routes only send these when the method is wrong anyway
  return fc.oneof(
    { weight: w(12), arbitrary: good.map((body) => ({ kind: "fields", body })) },
    { weight: w(2), arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: "random-json", body: JSON.stringify(v) ?? "null" })) },
    { weight: w(3), arbitrary: malformedText(good).map((body) => ({ kind: "malformed", body })) },
    { weight: w(1), arbitrary: badBytes.map((body) => ({ kind: "bad-bytes", body })) },
    {
      weight: w(1),
      arbitrary: fc.oneof(
        hugeString(16_000, HUGE_MAX).map((s) => JSON.stringify({ [firstField]: s })),
        fc.tuple(good, hugeString(16_000, HUGE_MAX)).map(([g, s]) => g.replace(/^\{/, `{"padding":${JSON.stringify(s)},`).replace(/,}$/, "}")),
        hugeString(16_000, HUGE_MAX),
      ).map((body) => ({ kind: "huge", body })),
    },
    { weight: w(1), arbitrary: deepJsonText.map((body) => ({ kind: "deep", body })) },
    {
      weight: w(2),
      arbitrary: fc
        .tuple(protoObjectText, good)
        .map(([proto, g]) => [proto, `{"__proto__":${g}}`, g.replace(/^\{/, `{"__proto__":${proto},"constructor":${proto},`).replace(/,}$/, "}")])
        .chain((options) => fc.constantFrom(...options))
        .map((body) => ({ kind: "proto", body })),
    },
    { weight: w(1), arbitrary: fc.constant({ kind: "no-body" }) },
  );
}

function requestFor(ep: EndpointSpec): Arbitrary<FuzzRequest> {
  const params = Object.fromEntries(Object.entries(ep.params ?? {}).map(([k, v]) => [k, urlPart(v)]));
  const extraHeaders = Object.fromEntries(Object.entries(ep.headers ?? {}).map(([k, v]) => [k, fc.option(headerValue(v), { nil: undefined, freq: 6 })]));
  return fc
    .record({
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(ep.method as string) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      params: fc.record(params),
      query: fc.option(queryString(ep.query ?? {}), { nil: undefined, freq: ep.query ? 5 : 2 }),
      contentType: contentTypes,
      acceptLanguage: acceptLanguages,
      origin: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(ALLOWED_ORIGIN, "https://evil.example", "null", "https://www.gob.pe.evil.example") }, { weight: 1, arbitrary: hostileString.map((s) => headerSafe(s, 200)) }),
      extra: fc.record(extraHeaders),
      body: bodyFor(ep),
    })
    .map(({ method, params: p, query, contentType, acceptLanguage, origin, extra, body }) => {
      const headers: Record<string, string> = {};
      if (acceptLanguage !== undefined) headers["accept-language"] = acceptLanguage;
      if (origin !== undefined) headers.origin = origin;
      if (method.toUpperCase() === "OPTIONS") headers["access-control-request-method"] = ep.method;
      for (const [k, v] of Object.entries(extra)) if (v !== undefined) headers[k] = v;
      const hasBody = !["GET", "HEAD"].includes(method.toUpperCase()) && body.body !== undefined;
      if (hasBody && contentType !== undefined) headers["content-type"] = contentType;
      const path = fillPath(ep.path, p);
      return {
        endpoint: ep.name,
        kind: (hasBody ? body.kind : "no-body") + (method !== ep.method ? "+method" : ""),
        method,
        url: query === undefined ? path : `${path}?${query}`,
        headers,
        ...(hasBody ? { body: body.body } : {}),
      };
    });
}

/** Requests to paths no route owns: random segments, odd slashes and case, traversal. */
const randomRoute: Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom("/", "//", "/api", "/api/", "/api/chat/", "/API/CHAT", "//api//chat", "/api/chat/..", "/api/%63hat", "/cards/", "/cards//x", "/checklist/", "/checklist/.ics", "/api/flows//checklist", "/knowledge/", "/knowledge/..%2f..%2fpackage.json", "/widget/..%2f..%2f..%2fpackage.json", "/assets/..%2f..%2fsrc%2fhttp%2fcreate-app.ts", "/%2e%2e/%2e%2e/etc/passwd", "/favicon.ico", "/robots.txt", "/.env", "/data/contigo.sqlite"),
      fc.array(urlPart(fc.constantFrom("api", "cards", "chat", "flows", "checklist", "knowledge", "admin")), { minLength: 1, maxLength: 5 }).map((segs) => "/" + segs.join("/")),
    ),
    fc.constantFrom(...METHODS),
    fc.option(queryString({}), { nil: undefined }),
  )
  .map(([path, method, query]) => ({ endpoint: "(random route)", kind: "random-route", method, url: query === undefined ? path : `${path}?${query}`, headers: {} }));

function snapshotPrototypes(): Map<string, string[]> {
  const protos: [string, object][] = [
    ["Object.prototype", Object.prototype],
    ["Array.prototype", Array.prototype],
    ["Function.prototype", Function.prototype],
    ["String.prototype", String.prototype],
  ];
  return new Map(protos.map(([name, p]) => [name, Reflect.ownKeys(p).map(String).sort()]));
}

function pollutionSince(before: Map<string, string[]>): string[] {
  const after = snapshotPrototypes();
  const out: string[] = [];
  for (const [name, keys] of after) {
    const old = new Set(before.get(name));
    for (const k of keys) if (!old.has(k)) out.push(`${name}.${k}`);
  }
  const probe = {} as Record<string, unknown>;
  for (const k of ["polluted", "isAdmin", "value", "length"]) if (probe[k] !== undefined) out.push(`({}).${k} = ${String(probe[k])}`);
  return [...new Set(out)];
}

const trunc = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
const bodyText = (b: string | Uint8Array | undefined) => (b === undefined ? undefined : typeof b === "string" ? b : `bytes[${b.length}] ${Buffer.from(b).toString("hex").slice(0, 400)}`);

function classOf(status: number): StatusClass {
  return status >= 500 ? "5xx" : status >= 400 ? "4xx" : status >= 300 ? "3xx" : status >= 200 ? "2xx" : "1xx";
}

/** Runs `runs` generated requests against the app and reports. Never throws for app failures. */
export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const timeLimitMs = options.timeLimitMs ?? 110_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const maxSamples = options.maxSamples ?? 5;
  const adminToken = options.adminToken ?? DEFAULT_ADMIN_TOKEN;

  const warnings: string[] = [];
  let appWarnings = 0;
  const warn = (m: string) => {
    appWarnings++;
    if (warnings.length < 5 && !warnings.includes(m)) warnings.push(m);
  };
  const before = snapshotPrototypes();
  const { app, close } = options.makeApp ? options.makeApp(warn) : makeNodeApp(warn, { adminToken, ...options.config });
  const ctx = fuzzContext(adminToken);
  const specs = endpoints(ctx);

  const perEndpoint: FuzzReport["perEndpoint"] = {};
  const perKind: Record<string, number> = {};
  const perEndpointCodes: Record<string, Record<string, number>> = {};
  const totals = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<StatusClass, number>;
  const failures: (FuzzSample & { why: string })[] = [];
  const slowest: FuzzReport["slowest"] = [];
  let inputs = 0;
  let leaks = 0;
  let badErrorShape = 0;
  let badErrorShapeExample: string | undefined;
  let slowOver100ms = 0;

  // Ids from real replies, so feedback and follow-up chats reach the store and checklist paths.
  // Each reply gives a (conversation, message) pair; one request uses one pair throughout.
  const pool = { replies: [] as { conv: string; msg: string }[], flowConv: [] as string[] };
  let turn = 0;
  const withPool = (s: string, pair: { conv: string; msg: string }, flowConv: string) =>
    s.includes("@@POOL_") ? s.replaceAll(POOL.conversationId, pair.conv).replaceAll(POOL.flowConversationId, flowConv).replaceAll(POOL.messageId, pair.msg) : s;
  const remember = <T>(list: T[], v: T) => {
    list.push(v);
    if (list.length > 200) list.shift();
  };

  const record = (req: FuzzRequest, cls: StatusClass) => {
    const row = (perEndpoint[req.endpoint] ??= Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<StatusClass, number>);
    row[cls]++;
    totals[cls]++;
    perKind[req.kind] = (perKind[req.kind] ?? 0) + 1;
  };

  const execute = async (generated: FuzzRequest) => {
    inputs++;
    const n = turn++;
    const pair = pool.replies[n % Math.max(1, pool.replies.length)] ?? { conv: "fuzzconv00000001", msg: "fuzzmsg000000001" };
    const flowConv = pool.flowConv[n % Math.max(1, pool.flowConv.length)] ?? pair.conv;
    const fill = (s: string) => withPool(s, pair, flowConv);
    const req: FuzzRequest = { ...generated, url: fill(generated.url), ...(typeof generated.body === "string" ? { body: fill(generated.body) } : {}) };
    const sample = (status: number | undefined, response: string, why: string) =>
      failures.push({ why, request: { method: req.method, url: req.url, headers: req.headers, ...(req.body !== undefined ? { body: bodyText(req.body) } : {}) }, status, response });
    let request: Request;
    try {
      request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers, ...(req.body !== undefined ? { body: req.body } : {}) });
    } catch (e) {
      // The platform itself would refuse to send this; it is a generator bug, not an app bug.
      record(req, "thrown");
      sample(undefined, `Request constructor: ${(e as Error).message}`, "unsendable");
      return;
    }
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const run = (async () => {
        const res = await app.request(request);
        return { status: res.status, headers: res.headers, text: await res.text() };
      })();
      const res = await Promise.race([
        run,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no response within ${requestTimeoutMs} ms`)), requestTimeoutMs);
        }),
      ]);
      const ms = performance.now() - started;
      if (ms > 100) slowOver100ms++;
      slowest.push({ ms, method: req.method, url: trunc(req.url, 120), kind: req.kind, status: res.status });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      const cls = classOf(res.status);
      record(req, cls);
      const code = `${res.status} ${/^\{"error":\{"code":"([^"]+)"/.exec(res.text)?.[1] ?? ""}`.trim();
      const codes = (perEndpointCodes[req.endpoint] ??= {});
      codes[code] = (codes[code] ?? 0) + 1;
      if (cls === "5xx") sample(res.status, res.text, "5xx");
      if (res.status === 200 && /"name":\s*"contigo"|better-sqlite3|CREATE TABLE|import \{/.test(res.text) && !req.url.startsWith("/api/")) {
        leaks++;
        sample(res.status, res.text, "file leak");
      }
      const path = req.url.split("?")[0]!;
      if (path.startsWith("/api/") && cls === "4xx" && req.method.toUpperCase() !== "HEAD") {
        let shaped = false;
        try {
          const parsed = JSON.parse(res.text) as { error?: { code?: unknown; message?: unknown } };
          shaped = typeof parsed.error?.code === "string" && typeof parsed.error?.message === "string";
        } catch {
          shaped = false;
        }
        if (!shaped) {
          badErrorShape++;
          badErrorShapeExample ??= `${req.method} ${trunc(req.url, 100)} -> ${res.status} ${trunc(res.text, 100)}`;
        }
      }
      if (req.endpoint === "POST /api/chat" && res.status === 200) {
        try {
          const reply = JSON.parse(res.text) as { conversationId?: unknown; messageId?: unknown };
          const id = typeof reply.conversationId === "string" ? reply.conversationId : "";
          if (id && typeof reply.messageId === "string") remember(pool.replies, { conv: id.split("~")[0]!, msg: reply.messageId });
          if (id.includes("~")) remember(pool.flowConv, id);
        } catch {
          /* a 200 that is not JSON is for the invariants above, not the pool */
        }
      }
    } catch (e) {
      record(req, "thrown");
      sample(undefined, `${(e as Error).name}: ${(e as Error).message}`, "thrown");
    } finally {
      clearTimeout(timer);
    }
    if (options.progress && inputs % 1000 === 0) process.stderr.write(`  … ${inputs} inputs\n`);
  };

  const arbitrary = fc.oneof(
    ...specs.map((ep) => ({ weight: ep.weight ?? 1, arbitrary: requestFor(ep) })),
    { weight: 1, arbitrary: randomRoute },
  );
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (req) => {
      await execute(req);
    }),
    { numRuns: runs, seed, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false, endOnFailure: true },
  );
  const durationMs = performance.now() - started;
  close?.();

  const polluted = pollutionSince(before);
  const fiveXx = totals["5xx"];
  const thrown = totals.thrown;
  let failuresFile: string | undefined;
  if (failures.length) {
    failuresFile = join(tmpdir(), `contigo-fuzz-failures-seed${seed}.json`);
    writeFileSync(failuresFile, JSON.stringify(failures, null, 2));
  }
  // Smallest failing inputs first: they are the easiest to read and reproduce.
  const samples = [...failures]
    .sort((a, b) => (a.request.url.length + (a.request.body?.length ?? 0)) - (b.request.url.length + (b.request.body?.length ?? 0)))
    .slice(0, maxSamples)
    .map((f) => ({
      request: { method: f.request.method, url: trunc(f.request.url, 300), headers: Object.fromEntries(Object.entries(f.request.headers).map(([k, v]) => [k, trunc(v, 120)])), ...(f.request.body !== undefined ? { body: trunc(f.request.body, 500) } : {}) },
      ...(f.status !== undefined ? { status: f.status } : {}),
      response: `[${f.why}] ${trunc(f.response, 500)}`,
    }));
  return {
    seed,
    requestedRuns: runs,
    inputs,
    interrupted: details.interrupted || inputs < runs,
    durationMs,
    perEndpoint,
    perKind,
    perEndpointCodes,
    totals,
    fiveXx,
    thrown,
    leaks,
    samples,
    ...(failuresFile ? { failuresFile } : {}),
    polluted,
    notes: { badErrorShape, ...(badErrorShapeExample ? { badErrorShapeExample } : {}), appWarnings, appWarningExamples: warnings, slowOver100ms },
    slowest,
    ok: fiveXx === 0 && thrown === 0 && leaks === 0 && polluted.length === 0,
  };
}

export function formatReport(r: FuzzReport, verbose = false): string {
  const names = Object.keys(r.perEndpoint).sort();
  const width = Math.max(28, ...names.map((n) => n.length));
  const cols = CLASSES.map((c) => c.padStart(7)).join("");
  const line = (name: string, row: Record<StatusClass, number>) =>
    `${name.padEnd(width)}${CLASSES.map((c) => String(row[c]).padStart(7)).join("")}${String(CLASSES.reduce((s, c) => s + row[c], 0)).padStart(8)}`;
  const out = [
    `fuzz: seed ${r.seed}, ${r.inputs} inputs (asked ${r.requestedRuns}) in ${(r.durationMs / 1000).toFixed(1)} s${r.interrupted ? "  [INTERRUPTED by time limit]" : ""}`,
    "",
    `${"endpoint".padEnd(width)}${cols}${"total".padStart(8)}`,
    "-".repeat(width + 7 * CLASSES.length + 8),
    ...names.map((n) => line(n, r.perEndpoint[n]!)),
    "-".repeat(width + 7 * CLASSES.length + 8),
    line("all", r.totals),
    "",
    ...(verbose ? ["", "statuses and error codes per endpoint:", ...names.map((n) => `  ${n}: ${Object.entries(r.perEndpointCodes[n] ?? {}).sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ×${k}`).join(", ")}`), ""] : []),
    `inputs by kind: ${Object.entries(r.perKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`,
    `slowest: ${r.slowest.map((s) => `${s.ms.toFixed(0)} ms ${s.method} ${trunc(s.url, 50)} (${s.kind}, ${s.status})`).join("; ")}`,
    `notes (not failures): ${r.notes.slowOver100ms} requests over 100 ms; ${r.notes.badErrorShape} /api 4xx without {error:{code,message}}${r.notes.badErrorShapeExample ? ` e.g. ${r.notes.badErrorShapeExample}` : ""}; ${r.notes.appWarnings} app warnings${r.notes.appWarningExamples.length ? ` e.g. ${r.notes.appWarningExamples.join(" | ")}` : ""}`,
    "",
    `5xx responses: ${r.fiveXx}   thrown/hung: ${r.thrown}   file leaks: ${r.leaks}   prototype pollution: ${r.polluted.length ? r.polluted.join(", ") : "none"}`,
  ];
  if (r.samples.length) {
    out.push("", `failing samples (smallest ${r.samples.length}; all of them in ${r.failuresFile}):`);
    for (const s of r.samples) out.push(JSON.stringify(s, null, 2));
  }
  out.push("", r.ok ? "FUZZ OK" : "FUZZ FAILED");
  return out.join("\n");
}

function parseArgs(argv: string[]): FuzzOptions & { verbose?: boolean } {
  const opts: FuzzOptions & { verbose?: boolean } = { progress: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
      return n;
    };
    if (flag === "--runs") opts.runs = Math.max(1, Math.floor(value()));
    else if (flag === "--seed") opts.seed = Math.floor(value());
    else if (flag === "--time-limit") opts.timeLimitMs = value() * 1000;
    else if (flag === "--samples") opts.maxSamples = Math.floor(value());
    else if (flag === "--quiet") opts.progress = false;
    else if (flag === "--verbose") opts.verbose = true;
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: npm run fuzz -- [--runs 10000] [--seed N] [--time-limit 110] [--samples 5] [--quiet] [--verbose]");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const report = await runFuzz(opts);
    console.log(formatReport(report, opts.verbose));
    process.exitCode = report.ok ? 0 : 1;
  } catch (e) {
    console.error(`fuzz: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  }
}
