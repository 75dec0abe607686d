import { fileURLToPath } from "node:url";
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import type { KnowledgeBundle } from "../../src/core/knowledge.js";
import { DEFAULT_APP_CONFIG } from "../../src/http/app-deps.js";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import type { ConversationStore } from "../../src/core/ports.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const MIGRATIONS = `${ROOT}src/storage/migrations`;

let cached: KnowledgeBundle | undefined;
/** The real compiled knowledge (npm test runs build:knowledge first). */
export function realBundle(): KnowledgeBundle {
  cached ??= readKnowledgeBundle(`${ROOT}knowledge`);
  return cached;
}

/** The Node app over real knowledge and an in-memory SQLite store. */
export function testApp(store?: ConversationStore) {
  const sqlite = openSqliteStore(":memory:", MIGRATIONS);
  const made = createNodeApp(realBundle(), store ?? sqlite.store, { ...DEFAULT_APP_CONFIG, allowedOrigins: ["https://www.gob.pe"] });
  made.deps.warn = () => {};
  return { ...made, close: sqlite.close };
}

export async function postChat(app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> }, body: unknown, headers: Record<string, string> = {}) {
  const res = await app.request("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}
