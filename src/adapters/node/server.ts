import { serve } from "@hono/node-server";
import { errorSummary } from "../../core/privacy/error-summary.js";
import { fileURLToPath } from "node:url";
import { readNodeConfig } from "./config.js";
import { createNodeApp } from "./create-node-app.js";
import { readKnowledgeBundle } from "./knowledge.js";
import { openSqliteStore, unavailableStore } from "./sqlite-store.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const config = readNodeConfig(process.env);
const bundle = readKnowledgeBundle(`${root}knowledge`);

let store = unavailableStore;
let close = () => {};
try {
  const opened = openSqliteStore(config.databasePath, `${root}src/storage/migrations`);
  store = opened.store;
  close = opened.close;
} catch (e) {
  console.error(`[contigo] database unavailable (${(e as Error).message}); answering without storage`);
}

const { app } = createNodeApp(bundle, store, config.app);

// Retention: delete stored conversations older than RETENTION_DAYS at start and then daily.
const purge = () =>
  store
    .deleteOlderThan(new Date(Date.now() - config.app.retentionDays * 86_400_000))
    .then((n) => n && console.log(`[contigo] retention: deleted ${n} rows older than ${config.app.retentionDays} days`))
    .catch((e: unknown) => console.warn(`[contigo] retention skipped: ${errorSummary(e)}`));
void purge();
setInterval(purge, 86_400_000).unref();
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    `[contigo] ${bundle.manifest.cardCount} cards in ${bundle.manifest.locales.join(", ")} · http://${config.host}:${info.port}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    close();
    process.exit(0);
  });
}
