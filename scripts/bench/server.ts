// The bench's server (forked by scripts/bench/bench.ts with `--import tsx --expose-gc`): Node's
// cluster with WORKERS processes (default: one per core), as npm start runs, on one port of
// 127.0.0.1.
//   kind "app":  the production Node app (createNodeApp) over a real SQLite file
//   kind "bare": a bare Hono app with one JSON route: the framework's floor
// Both serve through serveApp, as npm start's workers do (requests handled by event-loop turn:
// it does not slow the bare route, so the ratio compares like with like).
// The primary talks to bench.ts over IPC: sends { type: "ready", port, workers, timings } once
// every worker listens, and answers { type: "mem", gc } with memory figures summed over the
// workers (event-loop delay: the worst worker). Exits when told to stop or when the parent goes
// away, and after a hard limit in any case.
import cluster from "node:cluster";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { readNodeConfig } from "../../src/adapters/node/config.js";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { serveApp } from "../../src/adapters/node/serve-app.js";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { DEFAULT_APP_CONFIG, type AppConfig } from "../../src/http/app-deps.js";
import { QUESTIONS } from "./questions.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MIGRATIONS = join(ROOT, "src/storage/migrations");
const [kind, dbPath, limitSeconds] = process.argv.slice(2);
const WORKERS = readNodeConfig(process.env).workers;

type Stat = { count: number; p50: number; p99: number; max: number; mean: number };
interface WorkerMem {
  type: "mem";
  id: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  gc: boolean;
  warnings: number;
  loop: Stat;
}

if (cluster.isPrimary) {
  if (!process.send) throw new Error("server.ts is started by bench.ts over IPC");
  const send = (m: unknown) => process.send!(m);
  if (kind !== "app" && kind !== "bare") throw new Error(`unknown server kind ${kind}`);
  // Migrations once, before the workers open the file (as the production primary does).
  if (kind === "app") openSqliteStore(dbPath!, MIGRATIONS, { checkpointEveryMs: 0 }).close();
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  const workers = () => Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);

  let ready = 0;
  let timings: Record<string, number | string> = {};
  let port = 0;
  const pending = new Map<number, { replies: WorkerMem[]; gc: boolean }>();
  type FromWorker = { type?: string; port?: number; timings?: Record<string, number | string>; id?: number };
  cluster.on("message", (_worker, m: FromWorker) => {
    if (m.type === "ready") {
      if (ready === 0) timings = m.timings ?? {};
      port = m.port ?? port;
      if (++ready === WORKERS) send({ type: "ready", port, workers: WORKERS, timings });
    }
    if (m.type === "mem" && m.id !== undefined) {
      const entry = pending.get(m.id);
      if (!entry) return;
      entry.replies.push(m as unknown as WorkerMem);
      if (entry.replies.length < workers().length) return;
      pending.delete(m.id);
      const r = entry.replies;
      const sum = (k: "rss" | "heapUsed" | "heapTotal" | "external" | "warnings") => r.reduce((s, x) => s + x[k], 0);
      const worst = r.reduce((a, b) => (b.loop.p99 > a.loop.p99 ? b : a)).loop;
      send({ type: "mem", id: m.id, rss: sum("rss"), heapUsed: sum("heapUsed"), heapTotal: sum("heapTotal"), external: sum("external"), warnings: sum("warnings"), gc: r.every((x) => x.gc), loop: worst });
    }
  });
  cluster.on("exit", () => {
    if (!workers().length) process.exit(0);
  });
  const stop = () => {
    for (const w of workers()) w.send({ type: "stop" });
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on("disconnect", stop);
  setTimeout(stop, Number(limitSeconds ?? 900) * 1000).unref();
  process.on("message", (m: { type?: string; gc?: boolean; id?: number }) => {
    if (m.type === "stop") return stop();
    if (m.type === "reset") for (const w of workers()) w.send({ type: "reset" });
    if (m.type === "mem" && m.id !== undefined) {
      pending.set(m.id, { replies: [], gc: Boolean(m.gc) });
      for (const w of workers()) w.send(m);
    }
  });
} else {
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
  // How long the event loop was blocked (reset by the parent at the start of each run).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  if (kind === "app") {
    let t = performance.now();
    const bundle = readKnowledgeBundle(join(ROOT, "knowledge"));
    timings.readBundleMs = performance.now() - t;
    t = performance.now();
    const sqlite = openSqliteStore(dbPath!, MIGRATIONS, { warn: () => warnings++, sharedFile: WORKERS > 1 });
    // Production config behind a reverse proxy (TRUST_PROXY): each request counts against the rate
    // limit of the client its X-Forwarded-For names (the bench spreads requests over CLIENTS
    // addresses), with a limit above the bench's rate so the limit is checked but never reached.
    const config: AppConfig = { ...DEFAULT_APP_CONFIG, trustProxy: true, rateLimitPerMinute: Number.MAX_SAFE_INTEGER };
    const made = createNodeApp(bundle, sqlite.store, config);
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
  } else {
    const bare = new Hono().post("/bare", async (c) => {
      const body = (await c.req.json()) as { message?: unknown };
      return c.json({ ok: true, length: typeof body.message === "string" ? body.message.length : 0 });
    });
    fetchHandler = (req) => bare.fetch(req);
  }

  // Port 0 in every worker: the primary opens one free port and shares it.
  const server = serveApp(fetchHandler, { hostname: "127.0.0.1", port: 0 }, (info) => send({ type: "ready", port: info.port, timings }));

  const stop = () => {
    server.close();
    closeStore(); // writes the queued turns
    process.exit(0);
  };
  process.on("disconnect", stop);
  process.on("message", (m: { type?: string; gc?: boolean; id?: number }) => {
    if (m.type === "stop") return stop();
    if (m.type === "reset") return loopDelay.reset();
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
        loop: { count: loopDelay.count, p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6, mean: loopDelay.mean / 1e6 },
      });
    }
  });
}
