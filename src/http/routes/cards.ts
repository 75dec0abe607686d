import { Hono } from "hono";
import { AUDIENCES, SOURCE_IDS } from "../../core/cards/card-types.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, requestLocale } from "../middleware/errors.js";
import { cardPage, cardsIndexPage } from "../views/card-page.js";
import { PAGE_CSS } from "../views/layout.js";


export const cardRoutes = new Hono<AppEnv>()
  .get("/assets/page.css", (c) => {
    c.header("content-type", "text/css; charset=utf-8");
    c.header("cache-control", "public, max-age=3600");
    return c.body(PAGE_CSS);
  })
  .get("/api/cards", async (c) => {
    const { knowledge } = c.get("deps");
    const lang = requestLocale(c);
    const { source, audience, topic } = c.req.query();
    if (source && !(SOURCE_IDS as readonly string[]).includes(source)) return apiError(c, 400, "invalidBody", lang, {}, "source");
    if (audience && !(AUDIENCES as readonly string[]).includes(audience)) return apiError(c, 400, "invalidBody", lang, {}, "audience");
    await knowledge.ensure(lang);
    const cards = knowledge
      .cards(lang)
      .filter((card) => (!source || card.source === source) && (!audience || card.audience.includes(audience as never)) && (!topic || card.topic === topic))
      .map((card) => ({
        id: card.id,
        title: card.title,
        summary: card.summary,
        source: card.source,
        audience: card.audience,
        topic: card.topic,
        url: card.officialUrl,
        cardUrl: `/cards/${card.id}?lang=${lang}`,
        reviewed: card.reviewed,
      }));
    return c.json({ lang, count: cards.length, cards });
  })
  .get("/cards", async (c) => {
    const { knowledge, translate } = c.get("deps");
    const lang = requestLocale(c);
    await knowledge.ensure(lang);
    return c.html(cardsIndexPage(knowledge.cards(lang), translate(lang), lang));
  })
  .get("/cards/:id", async (c) => {
    const { knowledge, translate } = c.get("deps");
    const lang = requestLocale(c);
    await knowledge.ensure(lang);
    const card = knowledge.card(c.req.param("id"), lang);
    const t = translate(lang);
    if (!card) return c.html(`<!doctype html><html lang="${lang}"><title>404</title><p>${t("page.notFound")} <a href="/cards?lang=${lang}">${t("page.allCards")}</a></p></html>`, 404);
    const related = card.related.flatMap((id) => knowledge.card(id, lang) ?? []);
    return c.html(cardPage(card, t, related, knowledge.locales));
  });
