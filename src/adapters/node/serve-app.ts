import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { CoalescedResponse } from "./coalesced-response.js";

export interface ServeAppOptions {
  port: number;
  hostname: string;
}

/**
 * Serves a fetch handler on Node as `npm start` does: @hono/node-server, with the replies of one
 * event-loop turn written together (CoalescedResponse). The bench serves its chat server through
 * this, so chat is measured the way production runs.
 */
export function serveApp(fetch: (request: Request) => Response | Promise<Response>, options: ServeAppOptions, onListening?: (info: AddressInfo) => void): ServerType {
  return serve({ fetch, port: options.port, hostname: options.hostname, serverOptions: { ServerResponse: CoalescedResponse } }, onListening);
}
