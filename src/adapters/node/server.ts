// The Node entry point (`npm start`): one process per core by default (Node's cluster), each a
// full server on the same port with its own SQLite connection. The primary applies migrations,
// runs retention, restarts a worker that dies and stops them all on SIGINT/SIGTERM.
import cluster from "node:cluster";
import { errorSummary } from "../../core/privacy/error-summary.js";
import { fileURLToPath } from "node:url";
import { rateLimitShare, readNodeConfig } from "./config.js";
import { createNodeApp } from "./create-node-app.js";
import { readKnowledgeBundle } from "./knowledge.js";
import { serveApp } from "./serve-app.js";
import { openSqliteStore, unavailableStore, type SqliteStoreOptions } from "./sqlite-store.js";
import type { ConversationStore } from "../../core/ports.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const migrations = `${root}src/storage/migrations`;
const config = readNodeConfig(process.env);
const clustered = config.workers > 1;

function openStore(options: SqliteStoreOptions): { store: ConversationStore; close: () => void } {
  try {
    return openSqliteStore(config.databasePath, migrations, options);
  } catch (e) {
    console.error(`[contigo] database unavailable (${errorSummary(e)}); answering without storage`);
    return { store: unavailableStore, close: () => {} };
  }
}

/** Retention: delete stored conversations older than RETENTION_DAYS at start and then daily. */
function scheduleRetention(store: ConversationStore) {
  const purge = () =>
    store
      .deleteOlderThan(new Date(Date.now() - config.app.retentionDays * 86_400_000))
      .then((n) => n && console.log(`[contigo] retention: deleted ${n} rows older than ${config.app.retentionDays} days`))
      .catch((e: unknown) => console.warn(`[contigo] retention skipped: ${errorSummary(e)}`));
  void purge();
  setInterval(purge, 86_400_000).unref();
}

function onStop(stop: () => void) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

if (clustered && cluster.isPrimary) {
  // Migrations once, before any worker opens the file; then the primary keeps a connection only
  // for retention (it serves nothing, and leaves log checkpoints to the workers' threads).
  const { store, close } = openStore({ checkpointEveryMs: 0 });
  scheduleRetention(store);
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork();
  for (let i = 0; i < config.workers; i++) fork();
  cluster.on("listening", (_worker, address) => {
    if (++listening === config.workers) {
      console.log(`[contigo] ${config.workers} workers · http://${config.host}:${address.port}`);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    // A worker that stopped cleanly was told to (Ctrl-C reaches every process of the group).
    if (stopping || (code === 0 && !signal)) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        close();
        process.exit(0);
      }
      return;
    }
    console.warn(`[contigo] worker ${worker.id} exited (${signal ?? code}); starting another`);
    fork();
  });
  onStop(() => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => {
      close();
      process.exit(0);
    }, 5_000).unref();
  });
} else {
  const bundle = readKnowledgeBundle(`${root}knowledge`);
  const { store, close } = openStore({ sharedFile: clustered });
  const share = rateLimitShare(config.app.rateLimitPerMinute, config.workers);
  const { app } = createNodeApp(bundle, store, { ...config.app, rateLimitPerMinute: share });
  if (!clustered) scheduleRetention(store);
  const server = serveApp(app.fetch, { port: config.port, hostname: config.host }, (info) => {
    if (!clustered) console.log(`[contigo] ${bundle.manifest.cardCount} cards in ${bundle.manifest.locales.join(", ")} · http://${config.host}:${info.port}`);
  });
  onStop(() => {
    server.close();
    close(); // writes the turns still queued
    process.exit(0);
  });
}
