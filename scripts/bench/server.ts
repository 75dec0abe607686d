// The bench's server process (forked by scripts/bench/bench.ts with `--import tsx --expose-gc`).
//   kind "app":  the production Node app (createNodeApp) over a real SQLite file, as npm start
//   kind "bare": a bare Hono app with one JSON route
// Both are served the same way: @hono/node-server on 127.0.0.1, a free port. Talks over IPC:
// sends { type: "ready", port, timings } and answers { type: "mem", gc } with memory figures.
// Exits when told to stop or when the parent goes away, and after a hard limit in any case.
import { serve } from "@hono/node-server";
import { join } from "node:path";
import { createHistogram, monitorEventLoopDelay, type RecordableHistogram } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import type { ConversationStore } from "../../src/core/ports.js";
import { DEFAULT_APP_CONFIG, type AppConfig } from "../../src/http/app-deps.js";
import { QUESTIONS } from "./questions.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const [kind, dbPath, limitSeconds] = process.argv.slice(2);
if (!process.send) throw new Error("server.ts is started by bench.ts over IPC");
const send = (m: unknown) => process.send!(m);

// First questions for the languages the bench questions do not cover (to time their index load).
const FIRST_QUESTION: Record<string, string> = {
  ...Object.fromEntries(Object.entries(QUESTIONS).map(([lang, qs]) => [lang, qs[0]!])),
  it: "Quali benefici dà la legge del ritorno in Perù?",
  ja: "ペルーへの帰国法の特典は何ですか？",
  qu: "Perú suyuman kutimuq runakunapaq kamachiymanta willaway",
};

type Fetch = (req: Request) => Response | Promise<Response>;
let fetchHandler: Fetch;
let closeStore = () => {};
let warnings = 0;
const timings: Record<string, number | string> = {};

// Diagnostics, reset by the parent at the start of each run: how long the event loop was blocked,
// and how long each (synchronous, better-sqlite3) store call took.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const storeCalls = new Map<string, RecordableHistogram>();
function timedStore(store: ConversationStore): ConversationStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const started = process.hrtime.bigint();
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        const record = () => {
          let h = storeCalls.get(String(prop));
          if (!h) storeCalls.set(String(prop), (h = createHistogram()));
          h.record(Math.max(1, Number(process.hrtime.bigint() - started)));
        };
        if (result instanceof Promise) return result.finally(record);
        record();
        return result;
      };
    },
  });
}
const summary = (h: { count: number; percentile(p: number): number; max: number; mean: number }) => ({
  count: h.count,
  p50: h.percentile(50) / 1e6,
  p99: h.percentile(99) / 1e6,
  max: h.max / 1e6,
  mean: h.mean / 1e6,
});

if (kind === "app") {
  let t = performance.now();
  const bundle = readKnowledgeBundle(join(ROOT, "knowledge"));
  timings.readBundleMs = performance.now() - t;
  t = performance.now();
  const sqlite = openSqliteStore(dbPath!, join(ROOT, "src/storage/migrations"));
  // Production config, except the per-client rate limit: all bench traffic comes from one
  // address, so the default limit would turn nearly every request into a 429.
  const config: AppConfig = { ...DEFAULT_APP_CONFIG, rateLimitPerMinute: 0 } as AppConfig;
  const made = createNodeApp(bundle, timedStore(sqlite.store), config);
  made.deps.warn = () => {
    warnings++;
  };
  timings.buildAppMs = performance.now() - t;
  closeStore = sqlite.close;
  fetchHandler = (req) => made.app.fetch(req);
  // First answer per language: the first use of a language loads (builds) its search index.
  for (const lang of bundle.manifest.locales) {
    const message = FIRST_QUESTION[lang] ?? "Ley del Retorno";
    const started = performance.now();
    const res = await made.app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message, lang }) });
    const body = (await res.json()) as { status?: string };
    timings[`first:${lang}`] = performance.now() - started;
    timings[`firstStatus:${lang}`] = `${res.status} ${body.status ?? ""}`.trim();
  }
} else if (kind === "bare") {
  const bare = new Hono().post("/bare", async (c) => {
    const body = (await c.req.json()) as { message?: unknown };
    return c.json({ ok: true, length: typeof body.message === "string" ? body.message.length : 0 });
  });
  fetchHandler = (req) => bare.fetch(req);
} else {
  throw new Error(`unknown server kind ${kind}`);
}

const server = serve({ fetch: fetchHandler, hostname: "127.0.0.1", port: 0 }, (info) => send({ type: "ready", port: info.port, timings }));

const stop = () => {
  server.close();
  closeStore();
  process.exit(0);
};
process.on("disconnect", stop);
setTimeout(stop, Number(limitSeconds ?? 900) * 1000).unref();

process.on("message", (m: { type?: string; gc?: boolean; id?: number }) => {
  if (m.type === "stop") return stop();
  if (m.type === "reset") {
    loopDelay.reset();
    storeCalls.clear();
    return;
  }
  if (m.type === "mem") {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (m.gc && gc) gc();
    const mem = process.memoryUsage();
    send({
      type: "mem",
      id: m.id,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      heapTotal: mem.heapTotal,
      external: mem.external,
      gc: Boolean(m.gc && gc),
      warnings,
      loop: summary(loopDelay),
      store: Object.fromEntries([...storeCalls].map(([name, h]) => [name, summary(h)])),
    });
  }
});
