import { timeOrderedId } from "../../core/time-ordered-id.js";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { createMemoryRateLimiter } from "../../core/safety/memory-rate-limiter.js";
import type { Context } from "hono";
import { createHash, randomUUID } from "node:crypto";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createI18n } from "../../core/i18n/create-i18n.js";
import type { KnowledgeBundle } from "../../core/knowledge.js";
import { knowledgeFromBundle } from "../../core/knowledge-view.js";
import type { ConversationStore } from "../../core/ports.js";
import type { AppConfig, AppDeps } from "../../http/app-deps.js";
import { createApp } from "../../http/create-app.js";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client for the rate limit. Behind a reverse proxy (TRUST_PROXY=1) it is the first
 * X-Forwarded-For address; otherwise the socket's. The machine itself (health checks, local tools,
 * the dev-set scorer) is not limited; in-process test requests have no socket and count as one client.
 */
function clientAddress(c: Context, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    return "in-process";
  }
  return socket && LOOPBACK.test(socket) ? undefined : (socket ?? "unknown");
}

const assetsDir = relative(process.cwd(), fileURLToPath(new URL("../../../knowledge/assets", import.meta.url))) || ".";

/** The Node composition: one deps object for the process. Tests use it with an in-memory store. */
export function createNodeApp(bundle: KnowledgeBundle, store: ConversationStore, config: AppConfig) {
  const deps: AppDeps = {
    knowledge: knowledgeFromBundle(bundle),
    store,
    rateLimiter: createMemoryRateLimiter(config.rateLimitPerMinute || Number.MAX_SAFE_INTEGER),
    clientAddress: (c) => clientAddress(c, config.trustProxy),
    hashClient: (text) => createHash("sha256").update(text).digest("hex").slice(0, 24),
    translate: createI18n(bundle.i18n),
    config,
    newId: () => timeOrderedId(randomUUID(), Date.now()),
    now: () => new Date(),
    warn: (m) => console.warn(`[contigo] ${m}`),
  };
  const serveAssets = serveStatic({ root: assetsDir });
  return { app: createApp(() => deps, { serveAssets }), deps };
}
