import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../support/knowledge.js";

// The real Node entry point, as `npm start` runs it: its own process, a SQLite file, a port.
let server: ChildProcess;
const port = 20000 + Math.floor(Math.random() * 20000);
const dbPath = join(mkdtempSync(join(tmpdir(), "contigo-server-")), "contigo.sqlite");
const base = `http://127.0.0.1:${port}`;

beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "src/adapters/node/server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: dbPath },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}, 20_000);

afterAll(() => {
  server?.kill();
});

describe("the Node server", () => {
  it("reports health with the content it serves", async () => {
    const body = (await (await fetch(`${base}/healthz`)).json()) as any;
    expect(body.ok).toBe(true);
    expect(body.cards).toBeGreaterThanOrEqual(30);
  });

  it("answers over HTTP and writes the scrubbed turn to its SQLite file", async () => {
    const res = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: "Hola, soy Pedro, mi teléfono es 987 654 321. ¿Qué beneficios tiene la Ley del Retorno?" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.sources.length).toBeGreaterThan(0);
    // Turns are written behind the reply, within a moment (25 ms by default).
    let row: { question: string } | undefined;
    for (let i = 0; i < 40 && !row; i++) {
      await new Promise((r) => setTimeout(r, 25));
      const db = new Database(dbPath, { readonly: true });
      row = db.prepare("select question from messages where conversation_id = ?").get(String(body.conversationId).split("~")[0]) as { question: string } | undefined;
      db.close();
    }
    expect(row?.question).toMatch(/Ley del Retorno/);
    expect(row?.question).not.toMatch(/987/);
  });
});
