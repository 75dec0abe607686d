import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { timeOrderedId } from "../../src/core/time-ordered-id.js";
import { CONVERSATION_ID_PATTERN } from "../../src/core/checklist/flow-session.js";

describe("time-ordered ids", () => {
  it("are UUIDs of version 7 that a conversation id accepts", () => {
    const id = timeOrderedId(randomUUID(), Date.parse("2026-11-28T10:00:00Z"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(CONVERSATION_ID_PATTERN.test(id)).toBe(true);
  });

  it("sort by time, and differ within the same millisecond", () => {
    const t = Date.parse("2026-11-28T10:00:00Z");
    const ids = [t, t + 1, t + 1000, t + 86_400_000].map((ms) => timeOrderedId(randomUUID(), ms));
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 1000 }, () => timeOrderedId(randomUUID(), t)));
    expect(same.size).toBe(1000);
    expect(ids[0]!.slice(0, 13)).toBe(timeOrderedId(randomUUID(), t).slice(0, 13));
  });
});
