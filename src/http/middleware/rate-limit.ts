import { errorSummary } from "../../core/privacy/error-summary.js";
import type { MiddlewareHandler } from "hono";
import { DEFAULT_LOCALE } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, headerLocale } from "./errors.js";

/** The first 12 bytes of the text's SHA-256, in hex, with WebCrypto (asynchronous). */
export async function webCryptoClientHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
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
    // Clients are counted by a hash of their address and the day: no raw address is kept anywhere.
    const now = deps.now();
    const keyText = `${now.toISOString().slice(0, 10)}:${address}`;
    const key = deps.hashClient ? deps.hashClient(keyText) : await webCryptoClientHash(keyText);
    verdict = await deps.rateLimiter.hit(key, now);
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
