// Performance figures for Contigo in one run: `npm run bench` (full, ~4 min) or `-- --quick`.
//   - /api/chat throughput and latency (autocannon, 50 connections, bodies cycling through 68
//     questions in six languages) against a bare Hono JSON route served the same way (the
//     framework's floor). Both are measured in alternating rounds (bare,
//     chat, bare, chat, …) so both meet the same machine: a shared machine's speed drifts by
//     ±15% over tens of seconds, more than one run's noise
//   - knowledge load time and first answer per language
//   - worker bundle and widget loader gzip sizes
//   - memory during a long run at 100 connections (early vs end)
// The servers run in child processes (scripts/bench/server.ts), each a cluster of WORKERS
// processes as npm start runs it (default one per core); autocannon runs here. All
// traffic is to 127.0.0.1. Prints figures and goals; exits 1 on any error or non-2xx in the chat
// runs (or if a measurement fails). Goals are printed, not asserted.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon, { type AutocannonRequest, type AutocannonResult } from "autocannon";
import { measureWorkerBundle } from "../worker-size.js";
import { allQuestions } from "./questions.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const quick = process.argv.includes("--quick");
for (const a of process.argv.slice(2)) if (a !== "--quick") throw new Error(`unknown option ${a} (only --quick)`);

// Measured time per server: rounds × round seconds (24 s in the full bench: short rounds keep each
// bare/chat pair close in time, many rounds average the drift out), after a warm-up long
// enough for the JIT to settle: a chat server still optimizes hundreds of functions in its first
// 5 s of load and dozens in the next 5, and reaches its steady rate after about 10 s.
const D = quick
  ? { warmup: 3, rounds: 2, round: 3, memRun: 15, memEarly: 5, connections: 50, memConnections: 100 }
  : { warmup: 12, rounds: 8, round: 3, memRun: 60, memEarly: 10, connections: 50, memConnections: 100 };
const HARD_LIMIT_S = quick ? 240 : 600;

// ---------------------------------------------------------------------------------------------
// Children

interface Child {
  proc: ChildProcess;
  port: number;
  workers: number;
  timings: Record<string, number | string>;
}

type Stat = { count: number; p50: number; p99: number; max: number; mean: number };
type MemSample = { rss: number; heapUsed: number; heapTotal: number; external: number; gc: boolean; warnings: number; loop: Stat };

const children: ChildProcess[] = [];

function startServer(kind: "app" | "bare", dbPath = ""): Promise<Child> {
  const proc = fork(join(ROOT, "scripts/bench/server.ts"), [kind, dbPath, String(HARD_LIMIT_S)], {
    cwd: ROOT,
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.push(proc);
  proc.on("error", () => {}); // EPIPE on a late "stop" to an exiting child
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 60 s`)), 60_000);
    proc.once("exit", (code) => reject(new Error(`${kind} server exited with ${code} before it was ready`)));
    proc.on("message", (m: { type?: string; port?: number; workers?: number; timings?: Record<string, number | string> }) => {
      if (m.type === "ready") {
        clearTimeout(timer);
        resolve({ proc, port: m.port!, workers: m.workers ?? 1, timings: m.timings ?? {} });
      }
    });
  });
}

let memRequest = 0;
function memoryOf(child: Child, gc: boolean): Promise<MemSample> {
  const id = ++memRequest;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.proc.off("message", onMessage);
      reject(new Error("no memory reply within 10 s"));
    }, 10_000);
    const onMessage = (m: { type?: string; id?: number } & MemSample) => {
      if (m.type !== "mem" || m.id !== id) return;
      clearTimeout(timer);
      child.proc.off("message", onMessage);
      resolve(m);
    };
    child.proc.on("message", onMessage);
    child.proc.send({ type: "mem", gc, id });
  });
}

function stopChild(c: ChildProcess) {
  if (!c.connected) return;
  try {
    c.send({ type: "stop" }, () => {}); // callback: a child already gone is not an error
  } catch {
    /* already exiting */
  }
}

function stopAll() {
  for (const c of children) stopChild(c);
  setTimeout(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null && c.pid) c.kill("SIGKILL");
  }, 3_000).unref();
}

// ---------------------------------------------------------------------------------------------
// Load

const QUESTIONS = allQuestions();
/** Distinct bodies: every question, with and without an explicit lang (detection path). */
const BODIES = [...QUESTIONS.map((q) => JSON.stringify({ message: q.message, lang: q.lang })), ...QUESTIONS.map((q) => JSON.stringify({ message: q.message }))];

/**
 * Client addresses (documentation ranges) the requests say they are forwarded for: the chat
 * server trusts the proxy header, as production behind a proxy does, and rate-limits per client.
 */
const CLIENTS = Array.from({ length: 500 }, (_, i) => (i < 250 ? `203.0.113.${i}` : `198.51.100.${i - 250}`));

function cyclingRequests(path: string): AutocannonRequest[] {
  let next = 0;
  return [
    {
      method: "POST",
      path,
      // One shared counter across connections: consecutive requests carry different questions.
      // Both servers get the same requests (the bare route ignores the header).
      setupRequest: (req) => {
        const n = next++;
        return { ...req, headers: { "content-type": "application/json", "x-forwarded-for": CLIENTS[n % CLIENTS.length]! }, body: BODIES[n % BODIES.length]! };
      },
    },
  ];
}

/** One load run; `latencies` (ms) collects every response's, for percentiles over several runs. */
async function load(port: number, path: string, connections: number, duration: number, title: string, latencies?: number[]): Promise<AutocannonResult> {
  // 30 s timeout: the machine is shared, and a slow answer should show in the latency figures.
  const run = autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, timeout: 30, requests: cyclingRequests(path), title });
  if (latencies) run.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  return await run;
}

/** Requests per second over several runs: all their requests over all their time. */
const rateOf = (runs: AutocannonResult[]) => runs.reduce((s, r) => s + r.requests.total, 0) / runs.reduce((s, r) => s + r.duration, 0);

function percentiles(latencies: number[]): { p50: number; p99: number; max: number } {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const rows: [string, string, string][] = [];
const row = (metric: string, value: string, goal = "") => rows.push([metric, value, goal]);
const problems: string[] = [];

function printTable() {
  const w0 = Math.max(...rows.map((r) => r[0].length), 6);
  const w1 = Math.max(...rows.map((r) => r[1].length), 5);
  console.log(`${"metric".padEnd(w0)}  ${"value".padEnd(w1)}  goal`);
  console.log("-".repeat(w0 + w1 + 24));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd());
}

function chatProblems(r: AutocannonResult, label: string) {
  if (r.non2xx || r.errors || r.timeouts) {
    const codes = Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => `${code}×${s.count}`).join(" ");
    problems.push(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (status codes: ${codes})`);
  }
  if (!r.requests.total) problems.push(`${label}: no requests completed`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${HARD_LIMIT_S} s; stopping`);
    stopAll();
    process.exit(1);
  }, HARD_LIMIT_S * 1000);
  watchdog.unref();

  if (!existsSync(join(ROOT, "knowledge/core.json"))) throw new Error('knowledge/ is missing: run "npm run build:knowledge" first');
  const dir = mkdtempSync(join(tmpdir(), "contigo-bench-"));
  const dbPath = join(dir, "bench.sqlite");

  console.log(`Contigo bench (${quick ? "quick" : "full"}) · Node ${process.version} · ${availableParallelism()} CPUs`);
  console.log(`setup: each server a cluster of WORKERS=${process.env.WORKERS ?? "auto"} worker processes, as npm start runs;`);
  console.log("       both through serveApp (@hono/node-server, requests of one event-loop turn handled together);");
  console.log("       one free port of 127.0.0.1 each;");
  console.log("       autocannon in this process, so load generator and server share the same CPUs.");
  console.log(`       storage ON: SQLite file (WAL) ${dbPath}; rate limit ON, per client behind a proxy`);
  console.log(`       (X-Forwarded-For over ${CLIENTS.length} addresses; limit set above the bench's rate, so checked, never reached).`);
  console.log(`       ${BODIES.length} distinct chat bodies (${QUESTIONS.length} questions in es/en/pt/fr/ht/zh, with and without lang), cycled.`);
  console.log(`       ${D.warmup} s warm-up per server, then ${D.rounds} rounds of ${D.round} s bare + ${D.round} s chat; latency over all rounds.`);
  console.log("");

  try {
    // Knowledge load: a fresh process reads the bundle, builds the app, answers once per language.
    const processStart = performance.now();
    const app = await startServer("app", dbPath);
    const readyMs = performance.now() - processStart;
    const t = app.timings;
    const bare = await startServer("bare");

    // Warm-ups, then alternating rounds: same connections, duration and body cycling for both.
    const warmBare = await load(bare.port, "/bare", D.connections, D.warmup, "bare warm-up");
    const warm = await load(app.port, "/api/chat", D.connections, D.warmup, "chat warm-up");
    chatProblems(warm, "chat warm-up");
    const bareRuns: AutocannonResult[] = [];
    const chatRuns: AutocannonResult[] = [];
    const bareLatencies: number[] = [];
    const chatLatencies: number[] = [];
    const loops: Stat[] = [];
    const loadBefore = loadavg()[0]!;
    for (let round = 1; round <= D.rounds; round++) {
      bareRuns.push(await load(bare.port, "/bare", D.connections, D.round, `bare ${round}`, bareLatencies));
      app.proc.send({ type: "reset" }); // event-loop delay of this chat round only
      const chatRound = await load(app.port, "/api/chat", D.connections, D.round, `chat ${round}`, chatLatencies);
      chatProblems(chatRound, `chat round ${round}`);
      chatRuns.push(chatRound);
      loops.push((await memoryOf(app, false)).loop);
    }
    const loadAfter = loadavg()[0]!;
    for (const r of [warmBare, ...bareRuns]) if (r.non2xx || r.errors) problems.push(`bare route: ${r.non2xx} non-2xx, ${r.errors} errors`);
    stopChild(bare.proc);

    // Memory: a long run at 100 connections. RSS sampled every second (peak); RSS and heap after
    // a forced GC every D.memEarly seconds: the first is the "early" figure, the last the end.
    const samples: { at: number; mem: MemSample }[] = [];
    const gcSamples: { at: number; mem: MemSample }[] = [];
    const before = await memoryOf(app, true);
    app.proc.send({ type: "reset" });
    const memStart = performance.now();
    const at = () => (performance.now() - memStart) / 1000;
    const sampler = setInterval(() => {
      void memoryOf(app, false)
        .then((mem) => samples.push({ at: at(), mem }))
        .catch(() => {});
    }, 1_000);
    const gcSampler = setInterval(() => {
      if (at() > D.memRun - 1) return; // the end figure is taken after the run
      void memoryOf(app, true)
        .then((mem) => gcSamples.push({ at: at(), mem }))
        .catch((e: Error) => problems.push(`memory sample: ${e.message}`));
    }, D.memEarly * 1000);
    const memRun = await load(app.port, "/api/chat", D.memConnections, D.memRun, "memory");
    clearInterval(sampler);
    clearInterval(gcSampler);
    chatProblems(memRun, "memory run");
    const end = await memoryOf(app, true);
    const early = gcSamples[0]?.mem;
    const peakRss = Math.max(end.rss, ...samples.map((s) => s.mem.rss));
    stopChild(app.proc);

    // Sizes (after the load runs so the bundler does not compete with them).
    let worker: { raw: number; gzip: number; files: number } | Error;
    try {
      process.env.WRANGLER_SEND_METRICS = "false"; // no telemetry: nothing leaves 127.0.0.1
      worker = measureWorkerBundle(join(dir, "worker"));
    } catch (e) {
      worker = e as Error;
      problems.push(`worker bundle: ${(e as Error).message.split("\n")[0]}`);
    }
    const widgetPath = join(ROOT, "knowledge/assets/widget.js");
    const widget = existsSync(widgetPath) ? readFileSync(widgetPath) : undefined;

    // Table.
    const chatRps = rateOf(chatRuns);
    const bareRps = rateOf(bareRuns);
    const ratio = bareRps ? chatRps / bareRps : 0;
    const roundRatios = chatRuns.map((c, i) => rateOf([c]) / rateOf([bareRuns[i]!]));
    const chatLatency = percentiles(chatLatencies);
    const bareLatency = percentiles(bareLatencies);
    const measured = `${D.connections} conn, ${D.rounds}×${D.round} s`;
    const chatTotal = chatRuns.reduce((s, r) => s + r.requests.total, 0);
    row(`/api/chat throughput (${measured})`, `${chatRps.toFixed(0)} req/s (${chatTotal} req)`);
    row(`/api/chat latency p50 / p99 (max)`, `${ms(chatLatency.p50)} / ${ms(chatLatency.p99)} (${ms(chatLatency.max)})`, `p99 < 20 ms: ${chatLatency.p99 < 20 ? "met" : "not met"}`);
    row(`bare Hono POST /bare (${measured})`, `${bareRps.toFixed(0)} req/s, p50 ${ms(bareLatency.p50)} / p99 ${ms(bareLatency.p99)}`);
    row(`throughput ratio chat / bare`, ratio.toFixed(3), `≥ 0.25: ${ratio >= 0.25 ? "met" : "not met"}`);
    row(`ratio per round`, roundRatios.map((r) => r.toFixed(3)).join(", "), "(spread = the machine's drift)");
    row(`req/s per round: chat`, chatRuns.map((r) => rateOf([r]).toFixed(0)).join(", "));
    row(`req/s per round: bare`, bareRuns.map((r) => rateOf([r]).toFixed(0)).join(", "));
    const stat = (x: Stat | undefined) => (x && x.count ? `p50 ${ms(x.p50)} / p99 ${ms(x.p99)} / max ${ms(x.max)} (n=${x.count})` : "no calls");
    const worstLoop = loops.reduce((a, b) => (b.p99 > a.p99 ? b : a));
    row(`chat rounds: event-loop delay (worst worker, round)`, stat(worstLoop).replace(/ \(n=\d+\)/, ""), "(lag of a 10 ms timer: grows with queued requests)");
    row(`worker processes per server`, `${app.workers} (chat) / ${bare.workers} (bare)`, "same cluster setup for both");
    row(`machine load average (1 min) around the rounds`, `${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${availableParallelism()} CPUs`, "(other work on the machine skews all figures)");
    const chatAll = [warm, ...chatRuns, memRun];
    row(`chat non-2xx / errors (all runs)`, `${chatAll.reduce((s, r) => s + r.non2xx, 0)} / ${chatAll.reduce((s, r) => s + r.errors, 0)}`, "0 (exit 1 otherwise)");
    row(`knowledge: read bundle`, ms(Number(t.readBundleMs)));
    row(`knowledge: open SQLite + build app`, ms(Number(t.buildAppMs)));
    row(`server process start to ready`, ms(readyMs), "(tsx, imports, knowledge, first answers)");
    const firsts = Object.keys(t).filter((k) => k.startsWith("first:"));
    for (const k of firsts) {
      const lang = k.slice(6);
      row(`first answer ${lang} (loads its index)`, `${ms(Number(t[k]))}  [${t[`firstStatus:${lang}`]}]`);
    }
    row(`worker bundle gzip`, worker instanceof Error ? `failed: ${worker.message.split("\n")[0]!.slice(0, 80)}` : `${kib(worker.gzip)} (${kib(worker.raw)} raw, ${worker.files} files)`);
    row(`widget loader gzip`, widget ? `${kib(gzipSync(widget, { level: 9 }).length)} (${kib(widget.length)} raw)` : "not built");
    if (early) {
      row(`memory after ${D.memEarly} s at ${D.memConnections} conn (GC'd, all workers)`, `RSS ${mib(early.rss)}, heap used ${mib(early.heapUsed)}`);
    } else row(`memory after ${D.memEarly} s`, "no sample");
    row(`memory after ${D.memRun} s at ${D.memConnections} conn (GC'd, all workers)`, `RSS ${mib(end.rss)}, heap used ${mib(end.heapUsed)}`);
    if (early) row(`memory ratio ${D.memRun} s / ${D.memEarly} s`, `RSS ${(end.rss / early.rss).toFixed(2)}×, heap ${(end.heapUsed / early.heapUsed).toFixed(2)}×`, "≈ 1.0 = flat (no leak)");
    row(`memory before run / peak RSS`, `heap ${mib(before.heapUsed)} before; peak RSS ${mib(peakRss)}`);
    row(`heap used (GC'd) every ${D.memEarly} s, then end`, [...gcSamples.map((g) => g.mem.heapUsed), end.heapUsed].map((b) => (b / 1024 / 1024).toFixed(0)).join(", ") + " MiB", "flat or levelling = no leak");
    row(`memory run throughput / p99`, `${memRun.requests.average.toFixed(0)} req/s / ${ms(memRun.latency.p99)} (${memRun.requests.total} req)`);
    if (end.warnings) row("app warnings during runs", String(end.warnings));
    printTable();
  } finally {
    stopAll();
    rmSync(dir, { recursive: true, force: true });
  }

  if (problems.length) {
    console.log("");
    for (const p of problems) console.log(`ERROR: ${p}`);
    process.exitCode = 1;
  }
}

main().catch((e: Error) => {
  console.error(`bench failed: ${e.stack ?? e.message}`);
  stopAll();
  process.exitCode = 1;
});
