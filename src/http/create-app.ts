import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { DEFAULT_LOCALE } from "../core/locales.js";
import type { AppDeps, AppEnv } from "./app-deps.js";
import { apiError, headerLocale } from "./middleware/errors.js";
import { bodyLimitByLength } from "./middleware/body-limit.js";
import { corsFor } from "./middleware/cors.js";
import { cardRoutes } from "./routes/cards.js";
import { adminRoutes } from "./routes/admin.js";
import { chatRoutes } from "./routes/chat.js";
import { demoRoutes } from "./routes/demo.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { checklistRoutes } from "./routes/checklists.js";
import { feedbackRoutes } from "./routes/feedback.js";
import { healthRoutes } from "./routes/health.js";

/**
 * The whole HTTP surface, runtime-neutral. `getDeps` is called per request so a Workers adapter
 * can build deps from that request's bindings; the Node adapter returns the same object each time.
 */
export interface CreateAppOptions {
  /**
   * Serves knowledge/assets (widget scripts, per-language knowledge) where the platform does not:
   * Node passes a serveStatic middleware; on Workers, static assets are served before the app.
   */
  serveAssets?: MiddlewareHandler;
}

const API_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
];

/** A middleware that depends on the configuration, built once per configuration (on Node, once per process), not per request. */
function perConfig(build: (config: AppDeps["config"]) => MiddlewareHandler): MiddlewareHandler<AppEnv> {
  const built = new WeakMap<AppDeps["config"], MiddlewareHandler>();
  return async (c, next) => {
    const { config } = c.get("deps");
    let handler = built.get(config);
    if (!handler) built.set(config, (handler = build(config)));
    return handler(c, next);
  };
}

export function createApp(getDeps: (c: { env: unknown }) => AppDeps, options: CreateAppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  if (options.serveAssets) {
    // Ministry sites load the widget from here: its scripts (app.js is a module) need CORS.
    for (const path of ["/widget.js", "/widget/*"]) {
      app.use(path, async (c, next) => {
        await next();
        c.header("Access-Control-Allow-Origin", "*");
      });
    }
    for (const path of ["/widget.js", "/widget/*", "/knowledge/*"]) app.use(path, options.serveAssets);
  }

  app.use("*", async (c, next) => {
    c.set("deps", getDeps(c));
    await next();
  });

  // Every page: no sniffing, no referrer leaks; pages may load only our own scripts and styles.
  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
    referrerPolicy: "strict-origin-when-cross-origin",
    crossOriginResourcePolicy: false,
    // A route that sets its own policy (the strict-CSP demo) keeps it.
    overwrite: false,
  });
  // API responses are data, never rendered: no sniffing, no referrer, nothing may load or frame
  // them as a page. Set before the route runs, so they are part of the response it builds (the
  // page middleware rewrites a finished response: a tenth of a chat turn's time on Node).
  app.use("*", async (c, next) => {
    if (!c.req.path.startsWith("/api/")) return pageHeaders(c, next);
    for (const [name, value] of API_HEADERS) c.header(name, value);
    await next();
  });

  app.use("/api/*", perConfig((config) => corsFor(config.allowedOrigins)));
  app.use(
    "/api/*",
    perConfig((config) => bodyLimitByLength(config.maxBodyBytes, (cc) => apiError(cc, 413, "bodyTooLarge", headerLocale(cc) ?? DEFAULT_LOCALE))),
  );

  app.use("/api/*", rateLimit);

  app.route("/", healthRoutes);
  app.route("/", adminRoutes);
  app.route("/", chatRoutes);
  app.route("/", cardRoutes);
  app.route("/", feedbackRoutes);
  app.route("/", checklistRoutes);
  app.route("/", demoRoutes);

  app.notFound((c) => apiError(c, 404, "notFound", headerLocale(c) ?? DEFAULT_LOCALE));
  app.onError((err, c) => {
    c.get("deps")?.warn(`unhandled error on ${c.req.method} ${c.req.path}: ${err.name}`);
    if (!c.get("deps")) return c.json({ error: { code: "internal", message: "Internal error" } }, 500);
    return apiError(c, 500, "internal", headerLocale(c) ?? DEFAULT_LOCALE);
  });
  return app;
}
