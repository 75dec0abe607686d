import { Hono } from "hono";
import type { AppEnv } from "../app-deps.js";

export const healthRoutes = new Hono<AppEnv>().get("/healthz", (c) => {
  const { manifest } = c.var.deps.knowledge;
  return c.json({ ok: true, cards: manifest.cardCount, locales: manifest.locales, contentHash: manifest.contentHash });
});
