import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { handleByTurn } from "./turn-batch.js";

export interface ServeAppOptions {
  port: number;
  hostname: string;
}

/**
 * Serves a fetch handler on Node as `npm start` does: @hono/node-server, with the requests of one
 * event-loop turn handled together (handleByTurn). The bench serves both its servers through this,
 * so they are measured the way production runs.
 */
export function serveApp(fetch: (request: Request) => Response | Promise<Response>, options: ServeAppOptions, onListening?: (info: AddressInfo) => void): ServerType {
  return serve({ fetch: handleByTurn(fetch), port: options.port, hostname: options.hostname }, onListening);
}
