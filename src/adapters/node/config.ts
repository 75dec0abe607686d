import { appConfigFrom, type AppConfig } from "../../http/app-deps.js";

export interface NodeConfig {
  port: number;
  host: string;
  databasePath: string;
  app: AppConfig;
}

/** Reads the environment once, at start-up; every value has a default that works. */
export function readNodeConfig(env: Record<string, string | undefined>): NodeConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databasePath: env.DATABASE_PATH ?? "data/contigo.sqlite",
    app: appConfigFrom(env),
  };
}
