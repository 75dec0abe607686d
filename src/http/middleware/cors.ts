import type { MiddlewareHandler } from "hono";

const ALLOW_METHODS = "GET,POST,OPTIONS";
const MAX_AGE = "600";

/**
 * CORS for the public API: only the configured origins (the ministry sites embedding the widget).
 * Same headers as hono's cors middleware, but set before the route runs: hono's adds `Vary` after
 * the response is made, which on @hono/node-server rebuilds the response as a full web Response
 * with a body stream, a tenth of a chat turn's time.
 */
export function corsFor(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("origin");
    const allowed = origin !== undefined && allowedOrigins.includes(origin) ? origin : undefined;
    if (c.req.method === "OPTIONS") {
      const headers = new Headers({ Vary: "Origin" });
      if (allowed) headers.set("Access-Control-Allow-Origin", allowed);
      headers.set("Access-Control-Max-Age", MAX_AGE);
      headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
      const requested = c.req.header("access-control-request-headers");
      if (requested) {
        headers.set("Access-Control-Allow-Headers", requested.split(",").map((h) => h.trim()).join(","));
        headers.append("Vary", "Access-Control-Request-Headers");
      }
      return new Response(null, { status: 204, headers });
    }
    if (allowed) c.header("Access-Control-Allow-Origin", allowed);
    c.header("Vary", "Origin", { append: true });
    await next();
  };
}
