import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../../src/adapters/node/sqlite-store.js";
import { createTurnBatcher } from "../../../src/adapters/node/turn-batcher.js";
import type { TurnRecord } from "../../../src/core/ports.js";
import { MIGRATIONS } from "../../support/knowledge.js";

const turn = (messageId: string, conversationId = "c-12345678"): TurnRecord => ({
  conversationId,
  messageId,
  lang: "es",
  question: `pregunta ${messageId}`,
  status: "answered",
  urgent: false,
  createdAt: new Date("2026-11-28T10:00:00Z"),
});

const dbFile = () => join(mkdtempSync(join(tmpdir(), "contigo-batch-")), "contigo.sqlite");
const storedIds = (path: string) => {
  const raw = new Database(path, { readonly: true });
  const ids = (raw.prepare("select id from messages order by id").all() as { id: string }[]).map((r) => r.id);
  raw.close();
  return ids;
};

describe("turns written in batches (Node, SQLite)", () => {
  it("writes the turns of one tick together, and each caller waits for its own commit", async () => {
    const batches: string[][] = [];
    const batcher = createTurnBatcher(
      (turns) => batches.push(turns.map((t) => t.messageId)),
      () => {
        throw new Error("not used when the batch succeeds");
      },
    );
    let settled = 0;
    const saves = ["m-1", "m-2", "m-3"].map((id) => batcher.save(turn(id)).then(() => settled++));
    expect(settled).toBe(0);
    await Promise.all(saves);
    expect(batches).toEqual([["m-1", "m-2", "m-3"]]);
    await batcher.save(turn("m-4"));
    expect(batches).toEqual([["m-1", "m-2", "m-3"], ["m-4"]]);
  });

  it("keeps the other turns of a batch when one of them breaks a constraint", async () => {
    const path = dbFile();
    const { store, close } = openSqliteStore(path, MIGRATIONS);
    const results = await Promise.allSettled([store.saveTurn(turn("m-1")), store.saveTurn(turn("m-1")), store.saveTurn(turn("m-2", "c-other-12"))]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    close();
    expect(storedIds(path)).toEqual(["m-1", "m-2"]);
  });

  it("writes queued turns when the store closes", async () => {
    const path = dbFile();
    const { store, close } = openSqliteStore(path, MIGRATIONS);
    const saved = store.saveTurn(turn("m-9"));
    close();
    await saved;
    expect(storedIds(path)).toEqual(["m-9"]);
  });

  it("rejects, without throwing, when the database is gone", async () => {
    const { store, close } = openSqliteStore(":memory:", MIGRATIONS);
    close();
    await expect(store.saveTurn(turn("m-1"))).rejects.toThrow();
  });
});
