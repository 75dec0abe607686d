import { drizzle } from "drizzle-orm/d1";
import { createI18n } from "../../core/i18n/create-i18n.js";
import type { KnowledgeCore, LocaleKnowledge } from "../../core/knowledge.js";
import { createKnowledge } from "../../core/knowledge-view.js";
import { DEFAULT_APP_CONFIG, type AppDeps } from "../../http/app-deps.js";
import { createApp } from "../../http/create-app.js";
import { createStore } from "../../storage/create-store.js";
import coreJson from "../../../knowledge/core.json";

export interface Env {
  DB: D1Database;
  /** Static assets: knowledge/assets, with one JSON file per language under /knowledge/. */
  ASSETS: Fetcher;
  ALLOWED_ORIGINS?: string;
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
  return {
    knowledge,
    translate,
    store: createStore(drizzle(env.DB, { casing: "snake_case" })),
    config: {
      ...DEFAULT_APP_CONFIG,
      allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    },
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    warn: (m) => console.warn(`[contigo] ${m}`),
  };
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
