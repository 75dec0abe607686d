import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { ConversationStore, TurnRecord } from "../../core/ports.js";
import { createStore } from "../../storage/create-store.js";
import { prepareTurnWrites } from "../../storage/turn-writes.js";
import { createTurnBatcher } from "./turn-batcher.js";

export interface SqliteStore {
  store: ConversationStore;
  close(): void;
}

/** Opens (or creates) the SQLite file, applies pending migrations, returns the store. */
export function openSqliteStore(path: string, migrationsFolder: string): SqliteStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // In WAL mode NORMAL is safe from corruption and skips an fsync per write: a power cut may lose
  // the last few logged questions, never an answer.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 2000");
  const db = drizzle({ client: sqlite, casing: "snake_case" });
  migrate(db, { migrationsFolder });
  const writeTurn = prepareTurnWrites(db) as (turn: TurnRecord) => void; // synchronous on better-sqlite3
  const writeAll = sqlite.transaction((turns: TurnRecord[]) => {
    for (const turn of turns) writeTurn(turn);
  });
  const turns = createTurnBatcher((batch) => writeAll(batch), writeTurn);
  return {
    store: { ...createStore(db), saveTurn: turns.save },
    close: () => {
      if (sqlite.open) turns.flush();
      sqlite.close();
    },
  };
}

/** A store that always fails: the service keeps answering from bundled knowledge without one. */
export const unavailableStore: ConversationStore = {
  getContext: () => Promise.reject(new Error("database unavailable")),
  saveTurn: () => Promise.reject(new Error("database unavailable")),
  saveFeedback: () => Promise.reject(new Error("database unavailable")),
  deleteOlderThan: () => Promise.reject(new Error("database unavailable")),
  insights: () => Promise.reject(new Error("database unavailable")),
};
