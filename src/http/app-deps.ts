import type { Translate } from "../core/i18n/create-i18n.js";
import type { Knowledge } from "../core/knowledge-view.js";
import type { Locale } from "../core/locales.js";
import type { Context } from "hono";
import type { ConversationStore, RateLimiter } from "../core/ports.js";

export interface AppConfig {
  /** Origins (scheme://host[:port]) allowed to call the API from a browser, besides our own. */
  allowedOrigins: string[];
  maxMessageLength: number;
  maxBodyBytes: number;
  /** Requests per client and minute on the POST endpoints; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Bearer token for /api/admin/*; admin endpoints are off when unset. */
  adminToken?: string;
  /** Stored conversations older than this are deleted. */
  retentionDays: number;
  /** Node behind a reverse proxy: take the client from X-Forwarded-For. */
  trustProxy: boolean;
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  allowedOrigins: [],
  maxMessageLength: 1000,
  maxBodyBytes: 16 * 1024,
  rateLimitPerMinute: 30,
  retentionDays: 90,
  trustProxy: false,
};

/** Reads the same variables on Node (process.env) and Workers (vars and secrets). */
export function appConfigFrom(env: Record<string, unknown>): AppConfig {
  const str = (k: string) => (typeof env[k] === "string" && (env[k] as string).trim() ? (env[k] as string).trim() : undefined);
  const int = (k: string, dflt: number) => {
    const v = str(k);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${k} must be a whole number, got "${v}"`);
    return n;
  };
  const adminToken = str("ADMIN_TOKEN");
  return {
    ...DEFAULT_APP_CONFIG,
    allowedOrigins: (str("ALLOWED_ORIGINS") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    rateLimitPerMinute: int("RATE_LIMIT_PER_MINUTE", DEFAULT_APP_CONFIG.rateLimitPerMinute),
    retentionDays: int("RETENTION_DAYS", DEFAULT_APP_CONFIG.retentionDays),
    trustProxy: str("TRUST_PROXY") === "1" || str("TRUST_PROXY") === "true",
    ...(adminToken ? { adminToken } : {}),
  };
}

/** Everything the app needs, built by a runtime adapter and handed in: the app never builds it. */
export interface AppDeps {
  knowledge: Knowledge;
  store: ConversationStore;
  rateLimiter: RateLimiter;
  /**
   * Who is asking, for the rate limit: the client address as the platform reports it, or
   * undefined for a client that is not limited (the machine itself on the Node default).
   */
  clientAddress: (c: Context) => string | undefined;
  /**
   * The rate limit's one-way hash of a client (the first 12 bytes of SHA-256, hex), where the
   * platform has a synchronous one (Node). Unset: WebCrypto's, which is asynchronous (on Node it
   * goes through the thread pool, and cost a third of the chat throughput).
   */
  hashClient?: (text: string) => string;
  translate: (lang: Locale, ns?: string) => Translate;
  config: AppConfig;
  newId: () => string;
  now: () => Date;
  warn: (message: string) => void;
}

export interface AppEnv {
  Variables: { deps: AppDeps };
}
