import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { createMemoryRateLimiter } from "../../core/safety/memory-rate-limiter.js";
import { randomUUID } from "node:crypto";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createI18n } from "../../core/i18n/create-i18n.js";
import type { KnowledgeBundle } from "../../core/knowledge.js";
import { knowledgeFromBundle } from "../../core/knowledge-view.js";
import type { ConversationStore } from "../../core/ports.js";
import type { AppConfig, AppDeps } from "../../http/app-deps.js";
import { createApp } from "../../http/create-app.js";

const assetsDir = relative(process.cwd(), fileURLToPath(new URL("../../../knowledge/assets", import.meta.url))) || ".";

/** The Node composition: one deps object for the process. Tests use it with an in-memory store. */
export function createNodeApp(bundle: KnowledgeBundle, store: ConversationStore, config: AppConfig) {
  const deps: AppDeps = {
    knowledge: knowledgeFromBundle(bundle),
    store,
    rateLimiter: createMemoryRateLimiter(config.rateLimitPerMinute || Number.MAX_SAFE_INTEGER),
    clientAddress: (c) => {
      try {
        return getConnInfo(c).remote.address ?? "unknown";
      } catch {
        return "unknown";
      }
    },
    translate: createI18n(bundle.i18n),
    config,
    newId: () => randomUUID(),
    now: () => new Date(),
    warn: (m) => console.warn(`[contigo] ${m}`),
  };
  const serveAssets = serveStatic({ root: assetsDir });
  return { app: createApp(() => deps, { serveAssets }), deps };
}
