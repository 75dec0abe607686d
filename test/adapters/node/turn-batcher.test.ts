import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../../src/adapters/node/sqlite-store.js";
import { createTurnBatcher } from "../../../src/adapters/node/turn-batcher.js";
import type { TurnRecord } from "../../../src/core/ports.js";
import { MIGRATIONS } from "../../support/knowledge.js";

const turn = (messageId: string, conversationId = "c-12345678", extra: Partial<TurnRecord> = {}): TurnRecord => ({
  conversationId,
  messageId,
  lang: "es",
  question: `pregunta ${messageId}`,
  status: "answered",
  urgent: false,
  createdAt: new Date("2026-11-28T10:00:00Z"),
  ...extra,
});

const dbFile = () => join(mkdtempSync(join(tmpdir(), "contigo-batch-")), "contigo.sqlite");
const storedIds = (path: string) => {
  const raw = new Database(path, { readonly: true });
  const ids = (raw.prepare("select id from messages order by id").all() as { id: string }[]).map((r) => r.id);
  raw.close();
  return ids;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("chat turns written behind the replies, in batches (Node, SQLite)", () => {
  it("writes the turns queued within the delay together, once", async () => {
    const batches: string[][] = [];
    const batcher = createTurnBatcher(
      (turns) => batches.push(turns.map((t) => t.messageId)),
      () => {},
      { maxDelayMs: 5 },
    );
    await Promise.all(["m-1", "m-2", "m-3"].map((id) => batcher.save(turn(id))));
    expect(batches).toEqual([]);
    await sleep(30);
    expect(batches).toEqual([["m-1", "m-2", "m-3"]]);
    await batcher.save(turn("m-4"));
    batcher.flush();
    expect(batches).toEqual([["m-1", "m-2", "m-3"], ["m-4"]]);
  });

  it("writes at once when a batch is full", async () => {
    const batches: number[] = [];
    const batcher = createTurnBatcher((turns) => batches.push(turns.length), () => {}, { maxDelayMs: 60_000, maxBatch: 2 });
    await batcher.save(turn("m-1"));
    await batcher.save(turn("m-2"));
    await batcher.save(turn("m-3"));
    expect(batches).toEqual([2]);
    batcher.flush();
    expect(batches).toEqual([2, 1]);
  });

  it("writes the queue before feedback, insights or retention read the database", async () => {
    const { store, close } = openSqliteStore(dbFile(), MIGRATIONS, { batch: { maxDelayMs: 60_000 } });
    const at = new Date("2026-11-28T10:00:00Z");
    await store.saveTurn(turn("m-1", "c-12345678", { cardId: "abroad-voting-how", createdAt: at }));
    expect(await store.saveFeedback({ conversationId: "c-12345678", messageId: "m-1", helpful: true, createdAt: at })).toBe(true);
    await store.saveTurn(turn("m-2", "c-12345678", { status: "no_match", createdAt: at }));
    const insights = await store.insights(new Date("2026-11-28T00:00:00Z"), new Date("2026-11-29T00:00:00Z"));
    expect(insights.statuses).toEqual(expect.arrayContaining([{ status: "answered", count: 1 }, { status: "no_match", count: 1 }]));
    await store.saveTurn(turn("m-3", "c-12345678", { createdAt: new Date("2020-01-01T00:00:00Z") }));
    expect(await store.deleteOlderThan(new Date("2021-01-01T00:00:00Z"))).toBe(1);
    close();
  });

  it("records feedback on a reply another worker has not written yet", async () => {
    const path = dbFile();
    const workerA = openSqliteStore(path, MIGRATIONS, { sharedFile: true });
    const workerB = openSqliteStore(path, MIGRATIONS, { sharedFile: true });
    await workerA.store.saveTurn(turn("m-1", "c-12345678", { cardId: "abroad-voting-how" }));
    expect(await workerB.store.saveFeedback({ conversationId: "c-12345678", messageId: "m-1", helpful: true, createdAt: new Date() })).toBe(true);
    expect(await workerB.store.saveFeedback({ conversationId: "c-12345678", messageId: "m-404", helpful: true, createdAt: new Date() })).toBe(false);
    workerA.close();
    workerB.close();
  });

  it("keeps the other turns of a batch when one of them breaks a constraint, and says how many were lost", async () => {
    const path = dbFile();
    const warnings: string[] = [];
    const { store, close } = openSqliteStore(path, MIGRATIONS, { warn: (m) => warnings.push(m) });
    await Promise.all([store.saveTurn(turn("m-1")), store.saveTurn(turn("m-1")), store.saveTurn(turn("m-2", "c-other-12"))]);
    close();
    expect(storedIds(path)).toEqual(["m-1", "m-2"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not store 1 turn/);
    expect(warnings[0]).not.toMatch(/pregunta/);
  });

  it("writes queued turns when the store closes", async () => {
    const path = dbFile();
    const { store, close } = openSqliteStore(path, MIGRATIONS, { batch: { maxDelayMs: 60_000 } });
    await store.saveTurn(turn("m-9"));
    close();
    expect(storedIds(path)).toEqual(["m-9"]);
  });

  it("reports, without throwing, when the database is gone", async () => {
    const warnings: string[] = [];
    const { store, close } = openSqliteStore(":memory:", MIGRATIONS, { warn: (m) => warnings.push(m), batch: { maxDelayMs: 1 } });
    close();
    await store.saveTurn(turn("m-1"));
    await sleep(20);
    expect(warnings).toEqual([expect.stringMatching(/could not store 1 turn/)]);
  });
});

describe("write-ahead log checkpoints (Node, SQLite)", () => {
  it("copy the log into the database file from a worker thread while the store is open", async () => {
    const { statSync } = await import("node:fs");
    const path = dbFile();
    const { store, close } = openSqliteStore(path, MIGRATIONS, { checkpointEveryMs: 50 });
    const before = statSync(path).size;
    await Promise.all(Array.from({ length: 500 }, (_, i) => store.saveTurn(turn(`m-${String(i).padStart(4, "0")}`, `c-${String(i).padStart(8, "0")}`))));
    await store.insights(new Date(0), new Date(1)); // writes the queue
    let after = before;
    for (let i = 0; i < 60 && after <= before; i++) {
      await sleep(50);
      after = statSync(path).size;
    }
    expect(after).toBeGreaterThan(before);
    close();
    expect(storedIds(path)).toHaveLength(500);
  });
});
