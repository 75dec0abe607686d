import { timeOrderedId } from "../../core/time-ordered-id.js";
import { drizzle } from "drizzle-orm/d1";
import { createI18n } from "../../core/i18n/create-i18n.js";
import type { KnowledgeCore, LocaleKnowledge } from "../../core/knowledge.js";
import { createKnowledge } from "../../core/knowledge-view.js";
import { appConfigFrom, type AppDeps } from "../../http/app-deps.js";
import { createDbRateLimiter } from "../../storage/d1-rate-limiter.js";
import { createApp } from "../../http/create-app.js";
import { createStore } from "../../storage/create-store.js";
import coreJson from "../../../knowledge/core.json";

export interface Env {
  DB: D1Database;
  /** Static assets: knowledge/assets, with one JSON file per language under /knowledge/. */
  ASSETS: Fetcher;
  ALLOWED_ORIGINS?: string;
  ADMIN_TOKEN?: string;
  RETENTION_DAYS?: string;
  RATE_LIMIT_PER_MINUTE?: string;
}

const core = coreJson as unknown as KnowledgeCore;
const translate = createI18n(core.i18n);

// The assets binding exists per request; the knowledge view lives as long as the isolate, and
// each language's index is fetched from static assets the first time a request needs it.
let assets: Fetcher | undefined;
const knowledge = createKnowledge(core, async (lang): Promise<LocaleKnowledge> => {
  if (!assets) throw new Error("assets binding not set");
  const res = await assets.fetch(`https://assets.invalid/knowledge/${lang}.json`);
  if (!res.ok) throw new Error(`knowledge for ${lang}: HTTP ${res.status}`);
  return (await res.json()) as LocaleKnowledge;
});

const app = createApp((c): AppDeps => {
  const env = c.env as Env;
  assets ??= env.ASSETS;
  const db = drizzle(env.DB, { casing: "snake_case" });
  const config = appConfigFrom(env as unknown as Record<string, unknown>);
  return {
    knowledge,
    translate,
    store: createStore(db),
    rateLimiter: createDbRateLimiter(db, config.rateLimitPerMinute || Number.MAX_SAFE_INTEGER),
    clientAddress: (cc) => cc.req.header("cf-connecting-ip") ?? "unknown",
    config,
    newId: () => timeOrderedId(crypto.randomUUID(), Date.now()),
    now: () => new Date(),
    warn: (m) => console.warn(`[contigo] ${m}`),
  };
});

export default {
  fetch: app.fetch,
  /** Cron trigger (wrangler.toml): deletes conversations older than RETENTION_DAYS. */
  async scheduled(_event, env) {
    const config = appConfigFrom(env as unknown as Record<string, unknown>);
    const store = createStore(drizzle(env.DB, { casing: "snake_case" }));
    const deleted = await store.deleteOlderThan(new Date(Date.now() - config.retentionDays * 86_400_000));
    console.log(`[contigo] retention: deleted ${deleted} rows older than ${config.retentionDays} days`);
  },
} satisfies ExportedHandler<Env>;
