import { drizzle } from "drizzle-orm/d1";
import { createI18n } from "../../core/i18n/create-i18n.js";
import type { KnowledgeBundle } from "../../core/knowledge.js";
import { createKnowledge } from "../../core/knowledge-view.js";
import { DEFAULT_APP_CONFIG, type AppDeps } from "../../http/app-deps.js";
import { createApp } from "../../http/create-app.js";
import { createStore } from "../../storage/create-store.js";
import bundleJson from "../../../knowledge/bundle.json";

export interface Env {
  DB: D1Database;
  ALLOWED_ORIGINS?: string;
}

const bundle = bundleJson as unknown as KnowledgeBundle;
// Knowledge is read-only and the same for every request: build its view once per isolate.
const knowledge = createKnowledge(bundle);
const translate = createI18n(bundle.i18n);

const app = createApp((c): AppDeps => {
  const env = c.env as Env;
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
