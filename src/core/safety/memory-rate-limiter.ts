import type { RateLimiter } from "../ports.js";

/** Fixed one-minute windows kept in memory (one process). Old windows are dropped as it goes. */
export function createMemoryRateLimiter(perMinute: number, maxKeys = 50_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(key, now) {
      const minute = Math.floor(now.getTime() / 60_000);
      let w = windows.get(key);
      if (!w || w.start !== minute) {
        if (windows.size >= maxKeys) for (const [k, v] of windows) if (v.start !== minute) windows.delete(k);
        w = { start: minute, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      const retryAfterSeconds = 60 - Math.floor((now.getTime() % 60_000) / 1000);
      return { allowed: w.count <= perMinute, retryAfterSeconds };
    },
  };
}
