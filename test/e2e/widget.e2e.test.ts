import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoRoutes, strictCsp } from "../../src/http/routes/demo.js";
import { buildWidget, LOADER_BUDGET_BYTES, type WidgetBuild } from "../../widget/build.js";
import { testApp } from "../support/knowledge.js";

// The widget in real headless Chromium, against the real app (real knowledge, in-memory SQLite)
// serving the freshly built widget and the demo pages. Machines without Debian's chromium package
// at this path cannot run a browser, so the suite is skipped there rather than failing.
const CHROMIUM = "/usr/bin/chromium";

const WIDGET = "contigo-chat";
const launcher = `${WIDGET} .launcher`;
const input = `${WIDGET} .input`;
const answers = `${WIDGET} .msg.bot:not(.welcome)`;

function listen(fetch: (req: Request, env?: unknown) => Response | Promise<Response>): Promise<{ server: ServerType; origin: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve({ server, origin: `http://127.0.0.1:${info.port}` }));
  });
}

/** A canned reply, for hostile server text and exact control over the ask and checklist shapes. */
function reply(extra: Record<string, unknown>) {
  return {
    conversationId: "conv-e2e-0001",
    messageId: `msg-e2e-${Math.random().toString(36).slice(2, 10)}`,
    lang: "es",
    answer: "Respuesta.",
    sources: [],
    suggestions: [],
    urgent: false,
    status: "answered",
    ...extra,
  };
}
const fulfillJson = (route: Route, body: unknown) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(body) });

describe.skipIf(!existsSync(CHROMIUM))("the embeddable widget in Chromium", () => {
  let built: WidgetBuild;
  let browser: Browser;
  let app: ReturnType<typeof testApp>;
  let servers: ServerType[] = [];
  let base: string; // the Contigo service
  let elsewhere: string; // another site embedding it
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    built = await buildWidget();
    app = testApp();
    app.app.route("/", demoRoutes);
    // Cross-origin embedding needs CORS on the lazily imported module (module scripts are fetched
    // in CORS mode); the service adds it for /widget/* — simulated here around the app.
    const service = await listen(async (req, env) => {
      const res = await app.app.fetch(req, env);
      if (!new URL(req.url).pathname.startsWith("/widget/")) return res;
      const withCors = new Response(res.body, res);
      withCors.headers.set("access-control-allow-origin", "*");
      return withCors;
    });
    base = service.origin;

    // A ministry site on another origin, with the strict CSP naming the service as HOST.
    const site = new Hono()
      .get("/site.css", (c) => c.body("body{font-family:sans-serif;margin:2rem}", 200, { "content-type": "text/css" }))
      .get("/", (c) =>
        c.html(
          `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Ministerio</title><link rel="stylesheet" href="/site.css"></head>` +
            `<body><main><h1>Ministerio de Trabajo</h1><p>Página de prueba.</p></main><script src="${base}/widget.js" data-sources="infomigra" async></script></body></html>`,
          200,
          { "content-security-policy": strictCsp(base) },
        ),
      );
    const host = await listen(site.fetch);
    elsewhere = host.origin;
    app.deps.config.allowedOrigins.push(elsewhere);
    servers = [service.server, host.server];

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  }, 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.close();
    app?.close();
  });

  interface Opened {
    page: Page;
    context: BrowserContext;
    requests: string[];
    csp: string[];
    errors: string[];
  }

  async function visit(url: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    // Runs before any page script; CSP does not apply to it.
    await context.addInitScript(
      `document.addEventListener("securitypolicyviolation", (e) => { (window.__csp = window.__csp || []).push(e.violatedDirective + " " + e.blockedURI); }, true);`,
    );
    const page = await context.newPage();
    const opened: Opened = { page, context, requests: [], csp: [], errors: [] };
    page.on("request", (r) => opened.requests.push(r.url()));
    page.on("console", (m) => {
      if (/content security policy|refused to/i.test(m.text())) opened.csp.push(m.text());
    });
    page.on("pageerror", (e) => opened.errors.push(e.message));
    await page.goto(url);
    await page.locator(launcher).waitFor();
    return opened;
  }

  async function openChat(page: Page) {
    await page.locator(launcher).click();
    await page.locator(input).waitFor();
  }

  async function ask(page: Page, question: string, expected = 1) {
    await page.locator(input).fill(question);
    await page.locator(input).press("Enter");
    await page.locator(answers).nth(expected - 1).waitFor();
  }

  const focused = (page: Page) =>
    page.evaluate(`(() => {
      const a = document.querySelector("${WIDGET}")?.shadowRoot?.activeElement;
      if (!a) return "page:" + (document.activeElement?.tagName ?? "");
      return a.id || a.className || a.tagName.toLowerCase();
    })()`) as Promise<string>;

  it("keeps the loader within its 10 KB gzip budget", () => {
    expect(built.loader.gzipBytes).toBeLessThanOrEqual(LOADER_BUDGET_BYTES);
    expect(built.app.gzipBytes).toBeGreaterThan(0);
  });

  it("loads only widget.js until opened — no API call, cookie or storage — then answers with its sources", async () => {
    const { page, context, requests, errors } = await visit(`${base}/`);
    await page.waitForLoadState("networkidle");
    expect(requests.map((u) => new URL(u).pathname).sort()).toEqual(["/", "/demo/site.css", "/widget.js"]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate("sessionStorage.length + localStorage.length")).toBe(0);

    await openChat(page);
    expect(requests.some((u) => new URL(u).pathname === "/widget/app.js")).toBe(true);
    await ask(page, "¿Qué beneficios da la Ley del Retorno?");
    const answer = page.locator(answers).first();
    await expect.poll(() => answer.locator(".answer").textContent()).toMatch(/Ley 30001/);
    const source = answer.locator(".sources a.src-title").first();
    expect(await source.getAttribute("href")).toMatch(/^https:\/\//);
    expect(await source.getAttribute("rel")).toContain("noopener");
    expect(await answer.locator(".sources a.src-card").first().getAttribute("href")).toMatch(new RegExp(`^${base}/cards/`));
    expect(await page.locator(`${WIDGET} .chips .chip`).count()).toBeGreaterThan(0);

    // Thumbs up reaches POST /api/feedback.
    const feedback = page.waitForResponse((r) => r.url().endsWith("/api/feedback"));
    await answer.locator(".fb").first().click();
    expect((await feedback).status()).toBe(201);
    await answer.locator(".fb-done").waitFor();

    expect(await page.evaluate(`sessionStorage.getItem("contigo-chat") !== null`)).toBe(true);
    expect(await page.evaluate("localStorage.length")).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("works by keyboard alone: Tab to the launcher, Enter, type, Enter, sensible order, Escape back", async () => {
    const { page } = await visit(`${base}/`);
    for (let i = 0; i < 40 && (await focused(page)) !== "launcher"; i++) await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("launcher");

    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("contigo-input");
    await page.keyboard.type("¿Qué puede hacer el consulado por mí?");
    await page.keyboard.press("Enter");
    await page.locator(answers).first().waitFor();
    expect(await focused(page)).toBe("contigo-input");

    // Walk backwards from the input to the close button: the header comes first, then the tools,
    // then the conversation, then the input, then send.
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Shift+Tab");
      const now = await focused(page);
      order.unshift(now);
      if (now.includes("close")) break;
    }
    const at = (name: string) => order.findIndex((o) => o.includes(name));
    expect(at("close")).toBe(0);
    expect(at("contigo-lang")).toBeGreaterThan(at("close"));
    expect(at("exit")).toBeGreaterThan(at("contigo-lang"));
    expect(at("log")).toBeGreaterThan(at("exit"));
    expect(at("src-title")).toBeGreaterThan(at("log"));
    expect(at("fb")).toBeGreaterThan(at("src-title"));
    expect(at("chip")).toBeGreaterThan(at("fb"));
    await page.locator(input).focus();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("send");

    // Visible focus: the focused control draws an outline.
    const outline = await page.locator(`${WIDGET} .send`).evaluate((b) => {
      const style = (globalThis as any).getComputedStyle(b);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe("solid 3px");

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(`${WIDGET} .panel`).isVisible()).toBe(false);
    expect(await focused(page)).toBe("launcher");
    expect(await page.locator(launcher).getAttribute("aria-expanded")).toBe("false");
  });

  it("has no axe violations with an urgent answer, its banner and sources on screen", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    await ask(page, "Mi empleador me quitó el pasaporte y no me paga");
    const banner = page.locator(`${WIDGET} .urgent`);
    await banner.waitFor();
    expect(await banner.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "tel:100",
      "tel:1818",
      "https://www.consulado.pe",
    ]);
    expect(await page.locator(`${WIDGET} [role=log]`).count()).toBe(1);
    const result = await new AxeBuilder({ page }).analyze();
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });

  it("works under the strict CSP on /demo/strict with no violation", async () => {
    const { page, csp, errors } = await visit(`${base}/demo/strict`);
    await openChat(page);
    await ask(page, "¿Qué necesito para traer a mi familia al Perú?");
    await page.waitForLoadState("networkidle");
    expect(csp).toEqual([]);
    expect(await page.evaluate("window.__csp ?? []")).toEqual([]);
    expect(errors).toEqual([]);
    // The policy really is enforced on that page: an inline style is refused.
    await page.evaluate(`document.body.insertAdjacentHTML("beforeend", "<style>body{color:red}</style>")`);
    await expect.poll(() => page.evaluate("(window.__csp ?? []).length")).toBeGreaterThan(0);
  });

  it("works embedded on another site whose strict CSP allows only the service host", async () => {
    const { page, csp, errors, requests } = await visit(`${elsewhere}/`);
    await openChat(page);
    await ask(page, "What rights do I have if I go to work abroad?");
    expect(csp).toEqual([]);
    expect(await page.evaluate("window.__csp ?? []")).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.some((u) => u === `${base}/api/chat`)).toBe(true);
    const card = await page.locator(`${answers} .sources a.src-card`).first().getAttribute("href");
    expect(card).toMatch(new RegExp(`^${base}/cards/`));
  });

  it("fills a 360 px phone screen, with 16 px inputs", async () => {
    const { page } = await visit(`${base}/`, { width: 360, height: 740 });
    const button = await page.locator(launcher).boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(360);
    await openChat(page);
    await expect.poll(async () => (await page.locator(`${WIDGET} .panel`).boundingBox())?.width).toBe(360);
    const box = (await page.locator(`${WIDGET} .panel`).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.height).toBeCloseTo(740, 0);
    for (const field of [input, `${WIDGET} .lang-select`]) {
      const size = await page.locator(field).evaluate((e) => (globalThis as any).getComputedStyle(e).fontSize as string);
      expect(parseFloat(size)).toBeGreaterThanOrEqual(16);
    }
    expect(await page.locator(`${WIDGET} .panel`).getAttribute("aria-modal")).toBe("true");
    // No horizontal scrolling inside the panel.
    expect(await page.locator(`${WIDGET} .panel`).evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
  });

  it("shows an XSS payload as text, from the user or from the server", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    const payload = "<img src=x onerror=window.__xss=1>";
    await ask(page, payload);
    expect(await page.locator(`${WIDGET} .msg.user .user-text`).first().textContent()).toBe(payload);

    await page.route("**/api/chat", (route) =>
      fulfillJson(
        route,
        reply({
          answer: `Hola <img src=x onerror=window.__xss=2> <script>window.__xss=3</script>\n• javascript:window.__xss=4`,
          sources: [{ id: "x", title: "<b>t</b>", url: "javascript:window.__xss=5", source: "infomigra", sourceName: "<i>n</i>", cardUrl: "javascript:window.__xss=6" }],
          suggestions: ["<img src=x onerror=window.__xss=7>"],
        }),
      ),
    );
    await ask(page, "otra", 2);
    const last = page.locator(answers).nth(1);
    expect(await last.locator(".answer").textContent()).toContain("<img src=x onerror=window.__xss=2>");
    expect(await page.locator(`${WIDGET} img, ${WIDGET} script, ${WIDGET} b, ${WIDGET} i`).count()).toBe(0);
    expect(await page.locator(`${WIDGET} a[href^="javascript"]`).count()).toBe(0);
    await page.locator(`${WIDGET} .chip`).first().waitFor();
    expect(await page.evaluate("window.__xss")).toBeUndefined();
  });

  it("keeps a message that failed to send, says so, and retries it", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    await page.route("**/api/chat", (route) => route.abort("internetdisconnected"), { times: 1 });
    const question = "¿Qué puede hacer el consulado por mí?";
    await page.locator(input).fill(question);
    await page.locator(input).press("Enter");
    const failed = page.locator(`${WIDGET} .msg.user .fail`);
    await failed.waitFor();
    expect(await page.locator(`${WIDGET} .msg.user .user-text`).textContent()).toBe(question);
    expect(await failed.textContent()).toContain("No se pudo enviar su mensaje");
    await expect.poll(() => page.locator(`${WIDGET} [role=status]`).last().textContent()).toContain("No se pudo enviar");

    await failed.locator(".retry").click();
    await page.locator(answers).first().waitFor();
    expect(await failed.isVisible()).toBe(false);
    expect(await page.locator(`${WIDGET} .msg.user`).count()).toBe(1);
  });

  it("shows a typing indicator and a polite status while a slow answer comes", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    await page.route("**/api/chat", async (route) => {
      await new Promise((r) => setTimeout(r, 900));
      await route.continue();
    });
    await page.locator(input).fill("¿Qué beneficios da la Ley del Retorno?");
    await page.locator(input).press("Enter");
    await page.locator(`${WIDGET} .typing`).waitFor();
    await expect.poll(() => page.locator(`${WIDGET} .panel > [role=status]`).textContent()).toContain("escribiendo");
    await page.locator(answers).first().waitFor();
    expect(await page.locator(`${WIDGET} .typing`).isVisible()).toBe(false);
  });

  it("offers a checklist question's options as buttons, posts the picked value, then shows the checklist", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    const posted: Record<string, unknown>[] = [];
    await page.route("**/api/chat", (route) => {
      posted.push(route.request().postDataJSON() as Record<string, unknown>);
      if (posted.length === 1) {
        return fulfillJson(
          route,
          reply({
            answer: "Para darle la lista exacta necesito un dato más.",
            ask: {
              flowId: "family-residence",
              questionId: "relationship",
              text: "¿Qué relación tiene con la persona que quiere traer?",
              hint: "Elija una opción.",
              options: [
                { value: "spouse", label: "Cónyuge" },
                { value: "child", label: "Hijo o hija" },
              ],
            },
          }),
        );
      }
      return fulfillJson(
        route,
        reply({
          answer: "Esta es su lista de documentos.",
          checklist: {
            flowId: "family-residence",
            title: "Residencia por reunificación familiar: cónyuge",
            intro: "Reúna estos documentos antes de su cita.",
            items: [
              { id: "passport", title: "Pasaporte vigente", detail: "Del cónyuge.", where: "Migraciones", fee: "S/ 117.60", deadline: "30 días", legalBasis: "DL 1350" },
              { id: "marriage", title: "Partida de matrimonio", detail: "Apostillada o legalizada." },
            ],
            notes: ["Los documentos extranjeros deben estar traducidos."],
            validAsOf: "2026-11-28",
            contentVersion: "v1",
            printUrl: "/checklist/family-residence?relationship=spouse&lang=es",
          },
        }),
      );
    });
    await page.locator(input).fill("Quiero traer a mi familia");
    await page.locator(input).press("Enter");
    const options = page.locator(`${WIDGET} .options .option`);
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(["Cónyuge", "Hijo o hija"]);
    expect(await page.locator(`${WIDGET} .options`).getAttribute("aria-label")).toBe("¿Qué relación tiene con la persona que quiere traer?");

    await options.first().click();
    const checklist = page.locator(`${WIDGET} .checklist`);
    await checklist.waitFor();
    expect(posted[1]).toEqual({ message: "Cónyuge", conversationId: "conv-e2e-0001", lang: "es", answer: { value: "spouse" } });
    expect(await options.first().getAttribute("aria-pressed")).toBe("true");
    expect(await options.first().isDisabled()).toBe(true);
    expect(await checklist.locator("h3").textContent()).toBe("Residencia por reunificación familiar: cónyuge");
    expect(await checklist.locator(".items > li").count()).toBe(2);
    expect(await checklist.locator("dl").first().textContent()).toContain("S/ 117.60");
    expect(await checklist.locator(".notes li").textContent()).toContain("traducidos");
    const print = checklist.locator("a.action");
    expect(await print.getAttribute("href")).toBe(`${base}/checklist/family-residence?relationship=spouse&lang=es`);
    expect(await print.textContent()).toContain("Imprimir");
    expect(await checklist.locator("button.action").textContent()).toContain("Compartir");
  });

  it("goes through a real checklist flow by its buttons to the printable checklist page", async () => {
    const { page, context } = await visit(`${base}/`);
    await openChat(page);
    await page.locator(input).fill("Soy peruano y quiero traer a mi esposa, nos casamos en el extranjero");
    await page.locator(input).press("Enter");
    // The server asks what it still needs, one question at a time, as buttons.
    const live = page.locator(`${WIDGET} .options:not(:has(button:disabled)) .option`);
    for (let step = 0; step < 4; step++) {
      const checklist = page.locator(`${WIDGET} .checklist`);
      await Promise.race([live.first().waitFor(), checklist.waitFor()]);
      if (await checklist.count()) break;
      await live.last().click();
    }
    const checklist = page.locator(`${WIDGET} .checklist`);
    await checklist.waitFor();
    expect(await checklist.locator(".items > li").count()).toBeGreaterThan(4);
    expect(await checklist.textContent()).toContain("RENIEC");
    const href = await checklist.locator("a.action").getAttribute("href");
    expect(href).toMatch(/\/checklist\/family-residence\?.*relationship=spouse/);
    const printable = await context.newPage();
    await printable.goto(href!);
    expect(await printable.locator("h1").textContent()).toContain("Residencia de familiar");
    expect(await printable.locator("ol.items > li").count()).toBeGreaterThan(4);
    expect(await printable.getByRole("button", { name: "Imprimir" }).count()).toBe(1);
  });

  it("switches its own language and still gets answers in a language the server does not serve yet", async () => {
    const { page } = await visit(`${base}/`);
    await openChat(page);
    await page.locator(`${WIDGET} .lang-select`).selectOption("fr");
    expect(await page.locator(input).getAttribute("placeholder")).toBe("Écrivez votre question…");
    expect(await page.locator(`${WIDGET} .panel`).getAttribute("lang")).toBe("fr");
    await ask(page, "Quels avantages donne la loi du retour ?");
    expect((await page.locator(answers).first().locator(".answer").textContent())!.length).toBeGreaterThan(20);
    await page.keyboard.press("Escape");
    expect(await page.locator(`${launcher} .label`).textContent()).toBe("Questions sur la migration");
  });

  it("leaves quickly: replaces the page with a neutral site and clears the conversation", async () => {
    const { page } = await visit(`${base}/`);
    await page.route("https://www.google.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }));
    await openChat(page);
    await ask(page, "¿Qué puede hacer el consulado por mí?");
    expect(await page.evaluate(`sessionStorage.getItem("contigo-chat") !== null`)).toBe(true);
    await page.locator(`${WIDGET} .exit`).click();
    await page.waitForURL("https://www.google.com/");
    await page.goto(`${base}/`);
    expect(await page.evaluate(`sessionStorage.getItem("contigo-chat")`)).toBeNull();
  });

  it("adds one launcher when loaded twice, and none on a page with an inline <contigo-chat>", async () => {
    const { page } = await visit(`${base}/demo/inline`);
    expect(await page.locator(WIDGET).count()).toBe(1);
    expect(await page.locator(`${WIDGET} .floating`).count()).toBe(0);
    await page.locator(launcher).click();
    await page.locator(input).waitFor();
    // Favoured source: a Labour site opens with the work question.
    expect(await page.locator(`${WIDGET} .chip`).first().textContent()).toBe("¿Qué derechos tengo si voy a trabajar al extranjero?");

    await page.route(`${base}/twice`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><body><main><h1>Twice</h1></main><script src="/widget.js" async></script><script src="/widget.js?again" async></script></body></html>`,
      }),
    );
    await page.goto(`${base}/twice`);
    await page.locator(launcher).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.locator(WIDGET).count()).toBe(1);
    expect(await page.locator(`${launcher} .label`).textContent()).toBe("Migration questions");
    await openChat(page);
  });
});
