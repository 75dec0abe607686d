import { describe, expect, it } from "vitest";
import { realBundle, testApp } from "../support/knowledge.js";

const { app } = testApp();
const anyCard = realBundle().locales.es.cards.find((c) => c.caveat && c.related.length)!;

describe("GET /cards/:id", () => {
  it("renders the card as an accessible page in the asked language, with its provenance", async () => {
    const res = await app.request(`/cards/${anyCard.id}?lang=es`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="es">');
    expect(page).toMatch(/<h1>[^<]+<\/h1>/);
    expect(page).toContain("Base legal");
    expect(page).toContain(anyCard.legalBasis[0]!.replace(/&/g, "&amp;"));
    expect(page).toContain(`<time datetime="${anyCard.reviewed}">`);
    expect(page).toContain('role="note"');
    expect(page).toContain(`href="/cards/${anyCard.id}?lang=en"`);
  });

  it("serves the same card in English", async () => {
    const page = await (await app.request(`/cards/${anyCard.id}?lang=en`)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Legal basis");
  });

  it("sends security headers with every page", async () => {
    const res = await app.request(`/cards/${anyCard.id}?lang=es`);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
  });

  it("answers an unknown card with a 404 page", async () => {
    const res = await app.request("/cards/no-such-card?lang=es");
    expect(res.status).toBe(404);
  });

  it("lists every card by audience on /cards", async () => {
    const page = await (await app.request("/cards?lang=en")).text();
    expect(page).toContain("Foreigners in Peru");
    expect((page.match(/<li><a href="\/cards\//g) ?? []).length).toBe(realBundle().locales.en.cards.length);
  });
});

describe("GET /api/cards", () => {
  it("filters by source, audience and topic", async () => {
    const all = (await (await app.request("/api/cards?lang=en")).json()) as any;
    const returnees = (await (await app.request("/api/cards?lang=en&audience=returnee")).json()) as any;
    const inforetorno = (await (await app.request("/api/cards?lang=en&source=inforetorno")).json()) as any;
    expect(all.count).toBe(realBundle().locales.en.cards.length);
    expect(returnees.count).toBeGreaterThan(0);
    expect(returnees.count).toBeLessThan(all.count);
    expect(returnees.cards.every((c: any) => c.audience.includes("returnee"))).toBe(true);
    expect(inforetorno.cards.every((c: any) => c.source === "inforetorno")).toBe(true);
    const topic = all.cards[0].topic;
    const byTopic = (await (await app.request(`/api/cards?lang=en&topic=${topic}`)).json()) as any;
    expect(byTopic.cards.every((c: any) => c.topic === topic)).toBe(true);
  });

  it("rejects an unknown source with a 400", async () => {
    const res = await app.request("/api/cards?source=wikipedia");
    expect(res.status).toBe(400);
  });
});

describe("demo pages", () => {
  it("serves the strict-CSP demo with the strict policy in its header, not the app's default", async () => {
    const res = await app.request("http://demo.test/demo/strict");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self' http://demo.test; style-src 'self'; connect-src http://demo.test");
    expect(await res.text()).toContain('<script src="/widget.js" async></script>');
  });
});
