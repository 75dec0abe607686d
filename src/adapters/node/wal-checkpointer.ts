import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export interface WalCheckpointer {
  stop(): void;
}

// Runs in a worker thread with its own connection (CommonJS: eval'd worker code).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 2000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (e) {
    parentPort.postMessage(String((e && e.message) || e).split("\\n")[0]);
  }
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the log into the
 * database and syncs it to disk: run by the connection that commits (SQLite's default), it
 * stalled every answer behind it for up to tens of milliseconds. Here a worker thread with its
 * own connection checkpoints every `everyMs` (PASSIVE: writers never wait for it), and the
 * caller turns automatic checkpoints off on its connection once this has started.
 */
export function startWalCheckpointer(
  path: string,
  options: { everyMs?: number; warn?: (message: string) => void; /** The thread died: checkpoint elsewhere. */ onStopped?: () => void } = {},
): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, everyMs: options.everyMs ?? 1000, driver: createRequire(import.meta.url).resolve("better-sqlite3") },
  });
  worker.unref();
  worker.on("message", (m: unknown) => options.warn?.(`WAL checkpoint failed: ${String(m)}`));
  let stopping = false;
  worker.on("error", (e) => options.warn?.(`WAL checkpointer stopped: ${e.message.split("\n")[0]}`));
  worker.on("exit", () => {
    if (!stopping) options.onStopped?.();
  });
  return {
    stop() {
      stopping = true;
      worker.postMessage("stop");
    },
  };
}
