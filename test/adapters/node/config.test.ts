import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { rateLimitShare, readNodeConfig } from "../../../src/adapters/node/config.js";

describe("Node configuration", () => {
  it("runs one worker per core unless told otherwise", () => {
    expect(readNodeConfig({}).workers).toBe(availableParallelism());
    expect(readNodeConfig({ WORKERS: "auto" }).workers).toBe(availableParallelism());
    expect(readNodeConfig({ WORKERS: "1" }).workers).toBe(1);
    expect(readNodeConfig({ WORKERS: "3" }).workers).toBe(3);
  });

  it.each(["0", "-1", "two", "1.5", "65"])("refuses WORKERS=%s with a message naming it", (value) => {
    expect(() => readNodeConfig({ WORKERS: value })).toThrow(/WORKERS/);
  });

  it("gives each worker its share of the per-client limit, and keeps 0 as off", () => {
    expect(rateLimitShare(30, 1)).toBe(30);
    expect(rateLimitShare(30, 2)).toBe(15);
    expect(rateLimitShare(30, 4)).toBe(8);
    expect(rateLimitShare(1, 4)).toBe(1);
    expect(rateLimitShare(0, 4)).toBe(0);
  });
});
