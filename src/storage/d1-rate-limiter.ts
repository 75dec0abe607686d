import { lt, sql } from "drizzle-orm";
import type { RateLimiter } from "../core/ports.js";
import type { SqliteDb } from "./create-store.js";
import { rateLimits } from "./schema.js";

/** One-minute windows counted in the database, so every Workers isolate shares them. */
export function createDbRateLimiter(db: SqliteDb, perMinute: number): RateLimiter {
  return {
    async hit(key, now) {
      const minute = Math.floor(now.getTime() / 60_000);
      const rows = await db
        .insert(rateLimits)
        .values({ key, windowStart: minute, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`CASE WHEN ${rateLimits.windowStart} = ${minute} THEN ${rateLimits.count} + 1 ELSE 1 END`,
            windowStart: minute,
          },
        })
        .returning({ count: rateLimits.count });
      const n = rows[0]?.count ?? 1;
      // Now and then, forget clients idle for an hour: the table stays small and holds no history.
      if (Math.random() < 0.01) await db.delete(rateLimits).where(lt(rateLimits.windowStart, minute - 60));
      return { allowed: n <= perMinute, retryAfterSeconds: 60 - Math.floor((now.getTime() % 60_000) / 1000) };
    },
  };
}
