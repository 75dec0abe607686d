/**
 * Widget playground: builds the widget, then serves the app (real knowledge, in-memory SQLite)
 * with the demo pages mounted — before the demo router is wired into createApp, too.
 * Run: `npx tsx widget/dev.ts` → http://127.0.0.1:8790/ and /demo/strict, /demo/inline.
 */
import { serve } from "@hono/node-server";
import { fileURLToPath } from "node:url";
import { createNodeApp } from "../src/adapters/node/create-node-app.js";
import { readKnowledgeBundle } from "../src/adapters/node/knowledge.js";
import { openSqliteStore } from "../src/adapters/node/sqlite-store.js";
import { DEFAULT_APP_CONFIG } from "../src/http/app-deps.js";
import { demoRoutes } from "../src/http/routes/demo.js";
import { buildWidget } from "./build.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const built = await buildWidget();
console.log(`widget.js ${built.loader.gzipBytes} B gzip · app.js ${built.app.gzipBytes} B gzip`);
const { store } = openSqliteStore(":memory:", `${root}src/storage/migrations`);
const { app } = createNodeApp(readKnowledgeBundle(`${root}knowledge`), store, DEFAULT_APP_CONFIG);
app.route("/", demoRoutes);
const port = Number(process.env.PORT ?? 8790);
serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => console.log(`http://127.0.0.1:${info.port}/`));
