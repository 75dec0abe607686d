import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { MIGRATIONS } from "../support/knowledge.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("createStore over SQLite (migrations applied)", () => {
  it("saves turns and returns the conversation's context", async () => {
    const { store, close } = openSqliteStore(":memory:", MIGRATIONS);
    const at = new Date("2026-11-28T10:00:00Z");
    await store.saveTurn({ conversationId: "c-12345678", messageId: "m-1", lang: "es", question: "¿Cómo voto?", status: "answered", cardId: "abroad-voting-how", urgent: false, createdAt: at });
    await store.saveTurn({ conversationId: "c-12345678", messageId: "m-2", lang: "es", question: "¿y la multa?", status: "answered", cardId: "abroad-voting-fines", urgent: false, createdAt: at });
    expect(await store.getContext("c-12345678")).toEqual({ lang: "es", lastCardId: "abroad-voting-fines", lastQuestion: "¿y la multa?" });
    expect(await store.getContext("unknown-1234")).toBeUndefined();
    close();
  });

  it("records feedback only on a reply of the same conversation", async () => {
    const { store, close } = openSqliteStore(":memory:", MIGRATIONS);
    await store.saveTurn({ conversationId: "c-12345678", messageId: "m-1", lang: "es", question: "q", status: "answered", cardId: "x", urgent: false, createdAt: new Date() });
    expect(await store.saveFeedback({ conversationId: "c-12345678", messageId: "m-1", helpful: false, reason: "outdated", createdAt: new Date() })).toBe(true);
    expect(await store.saveFeedback({ conversationId: "c-other-123", messageId: "m-1", helpful: true, createdAt: new Date() })).toBe(false);
    expect(await store.saveFeedback({ conversationId: "c-12345678", messageId: "m-404", helpful: true, createdAt: new Date() })).toBe(false);
    close();
  });

  it("creates the database file and its tables on first open", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "contigo-db-")), "sub", "contigo.sqlite");
    const { store, close } = openSqliteStore(path, MIGRATIONS);
    await store.saveTurn({ conversationId: "c-abcdefgh", messageId: "m-3", lang: "en", question: "q", status: "no_match", urgent: true, createdAt: new Date() });
    close();
    const raw = new Database(path, { readonly: true });
    const row = raw.prepare("select question, status, urgent from messages").get();
    raw.close();
    expect(row).toEqual({ question: "q", status: "no_match", urgent: 1 });
  });

  it("stores checklist progress only for checklist turns", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "contigo-db-")), "contigo.sqlite");
    const { store, close } = openSqliteStore(path, MIGRATIONS);
    const at = new Date("2026-11-28T10:00:00Z");
    await store.saveTurn({ conversationId: "c-abcdefgh", messageId: "m-1", lang: "es", question: "residencia familiar", status: "clarification", urgent: false, flow: { id: "family-residence", step: "sponsor", started: true }, createdAt: at });
    await store.saveTurn({ conversationId: "c-abcdefgh", messageId: "m-2", lang: "es", question: "¿y el voto?", status: "answered", cardId: "abroad-voting-how", urgent: false, createdAt: at });
    close();
    const raw = new Database(path, { readonly: true });
    const rows = raw.prepare("select id, flow_id, flow_step, flow_started, card_id, created_at from messages order by id").all();
    raw.close();
    expect(rows).toEqual([
      { id: "m-1", flow_id: "family-residence", flow_step: "sponsor", flow_started: 1, card_id: null, created_at: at.getTime() },
      { id: "m-2", flow_id: null, flow_step: null, flow_started: null, card_id: "abroad-voting-how", created_at: at.getTime() },
    ]);
  });
});
