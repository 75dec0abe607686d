import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";
import { OPENAPI } from "../openapi.js";

export const healthRoutes = new Hono<AppEnv>()
  .get("/healthz", (c) => {
    const { manifest } = c.get("deps").knowledge;
    return c.json({ ok: true, cards: manifest.cardCount, flows: manifest.flowCount, locales: manifest.locales, contentHash: manifest.contentHash });
  })
  .get("/api/openapi.json", (c) => c.json(OPENAPI));
