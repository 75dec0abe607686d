import { errorSummary } from "../../core/privacy/error-summary.js";
import type { MiddlewareHandler } from "hono";
import { DEFAULT_LOCALE } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, headerLocale } from "./errors.js";

async function hashAddress(address: string): Promise<string> {
  // Clients are counted by a hash of their address and the day: no raw address is kept anywhere.
  const day = new Date().toISOString().slice(0, 10);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${day}:${address}`));
  return [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Per-client limit on the endpoints that do work; a localized 429 with Retry-After past it. */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get("deps");
  if (c.req.method !== "POST" || deps.config.rateLimitPerMinute === 0) return next();
  const address = deps.clientAddress(c);
  if (address === undefined) return next();
  let verdict: { allowed: boolean; retryAfterSeconds: number } = { allowed: true, retryAfterSeconds: 0 };
  try {
    verdict = await deps.rateLimiter.hit(await hashAddress(address), deps.now());
  } catch (e) {
    // A limiter that fails (database down) lets requests through: answering matters more.
    deps.warn(`rate limiter unavailable: ${errorSummary(e)}`);
  }
  if (!verdict.allowed) {
    c.header("Retry-After", String(verdict.retryAfterSeconds));
    return apiError(c, 429, "rateLimited", headerLocale(c) ?? DEFAULT_LOCALE, { seconds: verdict.retryAfterSeconds });
  }
  return next();
};
