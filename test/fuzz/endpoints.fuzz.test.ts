// A small fuzz run inside `npm test` (the full one is `npm run fuzz`): ~600 generated requests
// against every endpoint of the real Node app; any 5xx, thrown error, hang, file leak or prototype
// pollution fails the test with the smallest failing requests in the message.
// FUZZ_SEED=<n> / FUZZ_RUNS=<n> reproduce or widen a run; the default seed is fixed so CI is stable.
import { describe, expect, it } from "vitest";
import { formatReport, makeNodeApp, runFuzz, type AppUnderTest } from "../../scripts/fuzz/fuzz.js";

const seed = Number(process.env.FUZZ_SEED ?? 20_260_701);
const runs = Number(process.env.FUZZ_RUNS ?? 600);

describe("endpoint fuzzing", () => {
  it(`answers ${runs} hostile requests without a 5xx (seed ${seed})`, async () => {
    const report = await runFuzz({ runs, seed, timeLimitMs: 60_000 });
    const summary = formatReport(report);
    expect(report.inputs, summary).toBe(runs);
    expect(report.fiveXx, summary).toBe(0);
    expect(report.thrown, summary).toBe(0);
    expect(report.leaks, summary).toBe(0);
    expect(report.polluted, summary).toEqual([]);
    // Guard against a generator that only ever produces rejects: real answers must be reached.
    expect(report.perEndpoint["POST /api/chat"]?.["2xx"] ?? 0, summary).toBeGreaterThan(10);
    expect(report.totals["4xx"], summary).toBeGreaterThan(50);
  }, 90_000);

  it("fails when the app has a bug: a planted 5xx and a planted crash are both reported", async () => {
    // The real app, except that finishing one flow's checklist answers 500 and a q-value in
    // Accept-Language makes the handler throw. The same generators must find both.
    const planted = (warn: (m: string) => void): AppUnderTest => {
      const real = makeNodeApp(warn, { adminToken: "t" });
      return {
        close: real.close,
        app: {
          request(req: Request) {
            const url = new URL(req.url);
            if (req.method === "POST" && url.pathname.endsWith("/checklist")) return new Response('{"planted":"bug"}', { status: 500 });
            if (/;q=/.test(req.headers.get("accept-language") ?? "")) throw new Error("planted crash");
            return real.app.request(req);
          },
        },
      };
    };
    const report = await runFuzz({ runs: 300, seed, makeApp: planted });
    expect(report.ok).toBe(false);
    expect(report.fiveXx).toBeGreaterThan(0);
    expect(report.thrown).toBeGreaterThan(0);
    expect(report.samples.length).toBeGreaterThan(0);
    expect(formatReport(report)).toContain("FUZZ FAILED");
  }, 90_000);
});
