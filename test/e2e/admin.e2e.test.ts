import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeApp } from "../../src/adapters/node/create-node-app.js";
import { openSqliteStore } from "../../src/adapters/node/sqlite-store.js";
import { DEFAULT_APP_CONFIG } from "../../src/http/app-deps.js";
import { MIGRATIONS, realBundle } from "../support/knowledge.js";

const CHROMIUM = "/usr/bin/chromium";
const TOKEN = "e2e-admin-token-abcdefghijklmnop";

// Needs Debian's chromium (.ci/run installs it); without it there is no browser to drive.
describe.skipIf(!existsSync(CHROMIUM))("the admin dashboard in Chromium", () => {
  let server: ServerType;
  let browser: Browser;
  let base = "";

  beforeAll(async () => {
    const { store } = openSqliteStore(":memory:", MIGRATIONS);
    const { app, deps } = createNodeApp(realBundle(), store, { ...DEFAULT_APP_CONFIG, rateLimitPerMinute: 0, adminToken: TOKEN });
    deps.warn = () => {};
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A scripted session: questions in two languages, an unanswered one twice, feedback, a checklist left half-way.
    const ask = async (body: object) => (await (await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as any;
    const first = await ask({ message: "¿Qué beneficios da la Ley del Retorno?" });
    await ask({ message: "How do I vote from abroad?" });
    await ask({ message: "¿Dónde renuevo una licencia de caza en Finlandia?" });
    await ask({ message: "¿Cómo renuevo mi licencia de caza en Finlandia?" });
    await ask({ message: "Quiero traer a mi esposa, soy peruano" });
    await fetch(`${base}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: first.conversationId, messageId: first.messageId, helpful: true }),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("renders charts and tables from real data after the token is entered, within its CSP", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${base}/admin?lang=en`);
    await page.getByLabel("Admin token").fill(TOKEN);
    await page.getByRole("button", { name: "Show" }).click();
    await page.getByRole("heading", { name: "Questions per day by language" }).waitFor();
    expect(await page.locator("svg.chart rect").count()).toBeGreaterThanOrEqual(2);
    const unanswered = page.locator("section", { has: page.getByRole("heading", { name: "Unanswered questions, grouped" }) });
    await expect.poll(() => unanswered.locator("tbody tr").first().textContent()).toMatch(/^2.*caza/);
    const checklists = page.locator("section", { has: page.getByRole("heading", { name: "Document checklists" }) });
    expect(await checklists.locator("tbody tr", { hasText: "family-residence" }).textContent()).toMatch(/family-residence.*marriage-place \(1\)/);
    expect(violations).toEqual([]);
    await page.screenshot({ path: "/tmp/admin-dashboard.png", fullPage: true });
    await context.close();
  });

  it("says so when the token is wrong", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/admin?lang=en`);
    await page.getByLabel("Admin token").fill("nope");
    await page.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Wrong token.");
    await context.close();
  });
});
