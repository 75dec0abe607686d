import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { ConversationStore, TurnRecord } from "../../core/ports.js";
import { createStore } from "../../storage/create-store.js";
import { prepareTurnWrites } from "../../storage/turn-writes.js";
import { startWalCheckpointer, type WalCheckpointer } from "./wal-checkpointer.js";
import { createTurnBatcher, DEFAULT_MAX_DELAY_MS, type TurnBatcherOptions } from "./turn-batcher.js";
import { errorSummary } from "../../core/privacy/error-summary.js";

export interface SqliteStore {
  store: ConversationStore;
  close(): void;
}

export interface SqliteStoreOptions {
  /** How turns are queued before they are written (see createTurnBatcher). */
  batch?: Omit<TurnBatcherOptions, "onError">;
  /** How often the worker thread checkpoints the write-ahead log (default 1 s); 0: no thread, SQLite checkpoints as it writes. */
  checkpointEveryMs?: number;
  /** Other processes write turns to the same file (Node's cluster): a reply may not be written yet. */
  sharedFile?: boolean;
  /** Where a failed write is reported (no personal data in it). */
  warn?: (message: string) => void;
}

/**
 * Opens (or creates) the SQLite file, applies pending migrations, returns the store. Chat turns
 * are written behind the replies, in batches; every read writes the queue first.
 */
export function openSqliteStore(path: string, migrationsFolder: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // In WAL mode NORMAL is safe from corruption and skips an fsync per write: a power cut may lose
  // the last few logged questions, never an answer.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 2000");
  const db = drizzle({ client: sqlite, casing: "snake_case" });
  migrate(db, { migrationsFolder });
  const warn = options.warn ?? ((m: string) => console.warn(`[contigo] ${m}`));
  let checkpointer: WalCheckpointer | undefined;
  if (path !== ":memory:" && options.checkpointEveryMs !== 0) {
    try {
      checkpointer = startWalCheckpointer(path, {
        warn,
        ...(options.checkpointEveryMs ? { everyMs: options.checkpointEveryMs } : {}),
        onStopped: () => {
          if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000"); // SQLite's default
        },
      });
      sqlite.pragma("wal_autocheckpoint = 0");
    } catch (e) {
      warn(`WAL checkpoints stay on the main thread: ${errorSummary(e)}`);
    }
  }
  const prepared = prepareTurnWrites(db);
  const writeTurn = prepared as (turn: TurnRecord) => void; // synchronous on better-sqlite3
  const writeAll = sqlite.transaction((turns: TurnRecord[]) => {
    for (const turn of turns) writeTurn(turn);
  });
  const turns = createTurnBatcher((batch) => writeAll(batch), writeTurn, {
    ...options.batch,
    onError: (count, e) => warn(`could not store ${count} turn(s): ${errorSummary(e)}`),
  });
  const base = createStore(db, prepared);
  return {
    store: {
      ...base,
      saveTurn: turns.save,
      getContext: async (conversationId) => {
        turns.flush();
        return base.getContext(conversationId);
      },
      saveFeedback: async (fb) => {
        turns.flush();
        if (await base.saveFeedback(fb)) return true;
        if (!options.sharedFile) return false;
        // The reply may come from another process whose queue is not written yet: look once more
        // after that queue's longest wait.
        await new Promise((resolve) => setTimeout(resolve, (options.batch?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS) + 25));
        return base.saveFeedback(fb);
      },
      deleteOlderThan: async (before) => {
        turns.flush();
        return base.deleteOlderThan(before);
      },
      insights: async (from, to) => {
        turns.flush();
        return base.insights(from, to);
      },
    },
    close: () => {
      if (sqlite.open) turns.flush();
      checkpointer?.stop();
      // The last connection to close checkpoints what is left of the log into the database.
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
