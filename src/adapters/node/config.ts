import { availableParallelism } from "node:os";
import { appConfigFrom, type AppConfig } from "../../http/app-deps.js";

export interface NodeConfig {
  port: number;
  host: string;
  databasePath: string;
  /** Server processes sharing the port (Node's cluster); 1 serves from this process alone. */
  workers: number;
  app: AppConfig;
}

function workersFrom(value: string | undefined): number {
  if (value === undefined || value === "" || value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WORKERS must be "auto" or a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Reads the environment once, at start-up; every value has a default that works. */
export function readNodeConfig(env: Record<string, string | undefined>): NodeConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databasePath: env.DATABASE_PATH ?? "data/contigo.sqlite",
    workers: workersFrom(env.WORKERS),
    app: appConfigFrom(env),
  };
}

/**
 * One worker's share of the per-client rate limit. Each worker counts in its own memory and the
 * connections are spread over the workers, so a client flooding from many connections meets
 * about the whole limit across them. 0 (off) stays off.
 */
export function rateLimitShare(limitPerMinute: number, workers: number): number {
  return workers > 1 && limitPerMinute > 0 ? Math.max(1, Math.ceil(limitPerMinute / workers)) : limitPerMinute;
}
