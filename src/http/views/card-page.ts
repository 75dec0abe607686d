import type { Card } from "../../core/cards/card-types.js";
import type { Translate } from "../../core/i18n/create-i18n.js";
import type { Locale } from "../../core/locales.js";
import { html, layout, raw } from "./layout.js";

const isLink = (value: string) => /^https?:\/\//.test(value);
const mailOrTel = (value: string) =>
  /^[^@\s]+@[^@\s]+$/.test(value) ? `mailto:${value}` : /^[+\d][\d\s()-]{4,}$/.test(value) ? `tel:${value.replace(/[^\d+]/g, "")}` : undefined;

function contact(value: string) {
  if (isLink(value)) return html`<a href="${value}">${value}</a>`;
  const href = mailOrTel(value);
  return href ? html`<a href="${href}">${value}</a>` : html`${value}`;
}

/** A card as an accessible page: the answer, what to know, then where it comes from. */
export function cardPage(card: Card, t: Translate, related: Card[], locales: readonly Locale[]) {
  const body = html`<article>
    <h1>${card.title}</h1>
    <p class="meta">${card.audience.map((a) => t(`page.audience.${a}`)).join(" · ")}</p>
    <p class="summary">${card.summary}</p>
    <h2>${t("page.keyPoints")}</h2>
    <ul>
      ${card.points.map((p) => html`<li>${p}</li>`)}
    </ul>
    ${card.caveat ? html`<aside class="caveat" role="note"><strong>${t("page.caveatTitle")}:</strong> ${card.caveat}</aside>` : ""}
    ${card.bodyHtml ? html`<section><h2>${t("page.moreDetail")}</h2>${raw(card.bodyHtml)}</section>` : ""}
    <section class="source" aria-labelledby="source-title">
      <h2 id="source-title">${t("page.sourceTitle")}</h2>
      <dl>
        <dt>${t("page.source")}</dt>
        <dd>${t(`sources.${card.source}`)}</dd>
        <dt>${t("page.legalBasis")}</dt>
        <dd>${card.legalBasis.join("; ")}</dd>
        <dt>${t("page.officialLink")}</dt>
        <dd><a href="${card.officialUrl}">${card.officialUrl}</a></dd>
        <dt>${t("page.validAsOf")}</dt>
        <dd><time datetime="${card.reviewed}">${card.reviewed}</time></dd>
      </dl>
      <h3>${t("page.contacts")}</h3>
      <ul>
        ${card.contacts.map((c) => html`<li>${c.name}: ${contact(c.value)}</li>`)}
      </ul>
    </section>
    ${related.length
      ? html`<nav aria-label="${t("page.related")}"><h2>${t("page.related")}</h2><ul>${related.map(
          (r) => html`<li><a href="/cards/${r.id}?lang=${r.lang}">${r.title}</a></li>`,
        )}</ul></nav>`
      : ""}
    <nav class="langs" aria-label="${t("page.otherLanguages")}">
      ${locales.filter((l) => l !== card.lang).map((l) => html`<a href="/cards/${card.id}?lang=${l}" hreflang="${l}" lang="${l}">${l.toUpperCase()}</a>`)}
    </nav>
  </article>`;
  return layout({ lang: card.lang, title: card.title, body });
}

/** Every card of a language, grouped by audience. */
export function cardsIndexPage(cards: readonly Card[], t: Translate, lang: Locale) {
  const groups = ["emigrant", "foreigner", "returnee"] as const;
  const body = html`<h1>${t("page.browseTitle")}</h1>
    <p>${t("page.browseIntro")}</p>
    ${groups.map(
      (g) => html`<section><h2>${t(`page.audience.${g}`)}</h2><ul class="cards">${cards
        .filter((c) => c.audience[0] === g)
        .map((c) => html`<li><a href="/cards/${c.id}?lang=${lang}">${c.title}</a></li>`)}</ul></section>`,
    )}`;
  return layout({ lang, title: t("page.browseTitle"), body });
}
