import type { Ask, Checklist, ChecklistItem } from "../../core/chat/chat-contract.js";
import type { Translate } from "../../core/i18n/create-i18n.js";
import type { Locale } from "../../core/locales.js";
import { html, layout } from "./layout.js";

type GroupedItem = ChecklistItem & { group?: string };

/** The checklist as a clean printable page: items by group, legal basis per item, validity. */
export function checklistPage(checklist: Checklist, t: Translate, lang: Locale, icsUrl: string | undefined, channels: string) {
  const groups: [string, GroupedItem[]][] = [];
  for (const item of checklist.items as GroupedItem[]) {
    const g = item.group ?? "";
    const last = groups.at(-1);
    if (last && last[0] === g) last[1].push(item);
    else groups.push([g, [item]]);
  }
  const body = html`<article class="checklist">
    <h1>${checklist.title}</h1>
    <p>${checklist.intro}</p>
    <p class="meta">${t("checklist.validAsOf")}: <time datetime="${checklist.validAsOf}">${checklist.validAsOf}</time> · ${t("page.contentVersion")}: ${checklist.contentVersion}</p>
    <p class="no-print"><button type="button" data-print>${t("page.print")}</button> ${icsUrl ? html`<a href="${icsUrl}" download>${t("page.addToCalendar")}</a>` : ""}</p>
    ${groups.map(
      ([group, items]) => html`<section>
        <h2>${group}</h2>
        <ol class="items">
          ${items.map(
            (i) => html`<li>
              <h3>${i.title}</h3>
              <p>${i.detail}</p>
              <dl>
                ${i.deadline ? html`<dt>${t("checklist.deadline")}</dt><dd><strong><time datetime="${i.deadline}">${i.deadline}</time></strong></dd>` : ""}
                ${i.fee ? html`<dt>${t("page.fee")}</dt><dd>${i.fee}</dd>` : ""}
                ${i.where ? html`<dt>${t("page.where")}</dt><dd>${i.where}</dd>` : ""}
                ${i.legalBasis ? html`<dt>${t("page.legalBasis")}</dt><dd>${i.legalBasis}</dd>` : ""}
              </dl>
            </li>`,
          )}
        </ol>
      </section>`,
    )}
    ${checklist.notes.length ? html`<aside class="caveat" role="note">${checklist.notes.map((n) => html`<p>${n}</p>`)}</aside>` : ""}
    <section class="source"><h2>${t("page.contacts")}</h2><p class="pre">${channels}</p></section>
    <p class="meta no-print">${t("page.privacy")}</p>
  </article>
  <script src="/assets/print.js" defer></script>`;
  return layout({ lang, title: checklist.title, body });
}

/**
 * A question of an unfinished checklist, answered by following a link (or, for a date, a plain
 * GET form that keeps the other answers): works without JavaScript.
 */
export function checklistQuestionPage(
  title: string,
  ask: Ask,
  linkFor: (value: string) => string,
  t: Translate,
  lang: Locale,
  answers: Record<string, string>,
) {
  const body = html`<h1>${title}</h1>
    <h2 id="question">${ask.text}</h2>
    ${ask.hint ? html`<p>${ask.hint}</p>` : ""}
    ${ask.kind === "date"
      ? html`<form method="get" action="/checklist/${ask.flowId}" aria-labelledby="question">
          <input type="hidden" name="lang" value="${lang}" />
          ${Object.entries(answers).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}
          <input type="date" name="${ask.questionId}" required aria-labelledby="question" />
          <button type="submit">${t("page.continue")}</button>
        </form>`
      : html`<ul class="cards">
          ${ask.options.map((o) => html`<li><a href="${linkFor(o.value)}">${o.label}</a></li>`)}
        </ul>`}
    <p class="meta">${t("page.privacy")}</p>`;
  return layout({ lang, title, body });
}

/** An iCalendar file with one all-day event per deadline. */
export function checklistIcs(checklist: Checklist, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
  const events = checklist.items
    .filter((i) => i.deadline && /^\d{4}-\d{2}-\d{2}$/.test(i.deadline))
    .map((i) => {
      const day = i.deadline!.replace(/-/g, "");
      return [
        "BEGIN:VEVENT",
        `UID:${checklist.flowId}-${i.id}-${day}@contigo`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${day}`,
        `SUMMARY:${esc(i.title)}`,
        `DESCRIPTION:${esc(i.detail)}`,
        "END:VEVENT",
      ].join("\r\n");
    });
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Contigo//Checklist//ES", "CALSCALE:GREGORIAN", ...events, "END:VCALENDAR", ""].join("\r\n");
}
