import type { Card } from "../cards/card-types.js";
import type { Translate } from "../i18n/create-i18n.js";
import type { Citation, ComposedAnswer } from "./answer-types.js";

/** Each card's citation, made once and shared by every answer that cites the card: never changed. */
const citationByCard = new WeakMap<Card, Citation>();

export function citationFor(card: Card, t: Translate): Citation {
  let citation = citationByCard.get(card);
  if (citation === undefined) {
    citation = Object.freeze({
      id: card.id,
      title: card.title,
      url: card.officialUrl,
      source: card.source,
      sourceName: t(`sources.${card.source}`),
      cardUrl: `/cards/${card.id}?lang=${card.lang}`,
    });
    citationByCard.set(card, citation);
  }
  return citation;
}

/** Each card's answer text, composed once (a card and its language's strings never change). */
const textByCard = new WeakMap<Card, string>();

/** The text of one card as an answer: the facts first, then where they come from. */
export function cardText(card: Card, t: Translate): string {
  let text = textByCard.get(card);
  if (text === undefined) textByCard.set(card, (text = composeCardText(card, t)));
  return text;
}

function composeCardText(card: Card, t: Translate): string {
  const lines = [card.title, "", card.summary];
  if (card.points.length) lines.push("", ...card.points.map((p) => `• ${p}`));
  if (card.caveat) lines.push("", `⚠️ ${card.caveat}`);
  lines.push(
    "",
    `${t("labels.source")}: ${t(`sources.${card.source}`)} · ${card.officialUrl}`,
    `${t("labels.legalBasis")}: ${card.legalBasis.join("; ")} · ${t("labels.reviewed")}: ${card.reviewed}`,
  );
  return lines.join("\n");
}

/**
 * Extractive answer: the best card in full; a second card that answers another part of the
 * question is named with its gist, so multi-part questions are not cut short.
 */
export function composeAnswer(cards: Card[], t: Translate, related: Card[] = []): ComposedAnswer {
  const [main, ...others] = cards;
  if (!main) return { answer: "", sources: [], suggestions: [] };
  const parts = [cardText(main, t)];
  for (const other of others) parts.push(`${t("labels.alsoRelevant")}: ${other.title}\n${other.summary}`);
  const cited = [main, ...others];
  const suggestions = related
    .filter((c) => !cited.some((x) => x.id === c.id))
    .slice(0, 3)
    .map((c) => c.title);
  return {
    // One card: its cached text itself, the same string on every reply that cites it.
    answer: parts.length === 1 ? parts[0]! : parts.join("\n\n"),
    sources: cited.map((c) => citationFor(c, t)),
    suggestions,
  };
}
