import type { Translate } from "../../core/i18n/create-i18n.js";
import type { Locale } from "../../core/locales.js";
import { html, layout, raw } from "./layout.js";

const LABEL_KEYS = [
  "perDay", "statuses", "topCards", "unanswered", "feedback", "checklists", "count", "question", "languages", "examples", "card",
  "helpful", "notHelpful", "feedbackRate", "flow", "started", "completed", "completionRate", "dropOff", "noData", "loading", "failed", "unauthorized",
] as const;

/** The content owners' dashboard: a token form; charts are drawn by /assets/admin.js as plain SVG. */
export function adminPage(t: Translate, lang: Locale) {
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`admin.${k}`)]));
  const body = html`<h1>${t("admin.title")}</h1>
    <p>${t("admin.intro")}</p>
    <form id="admin-form" class="admin-form">
      <label for="admin-token">${t("admin.token")}</label>
      <input id="admin-token" name="token" type="password" autocomplete="off" required />
      <label for="admin-days">${t("admin.period")}</label>
      <select id="admin-days" name="days">
        <option value="7">7</option>
        <option value="30" selected>30</option>
        <option value="90">90</option>
      </select>
      <button type="submit">${t("admin.load")}</button>
      <button type="button" id="admin-csv" disabled>${t("admin.csv")}</button>
    </form>
    <p id="admin-status" role="status" aria-live="polite"></p>
    <div id="admin-report" data-lang="${lang}"></div>
    <script type="application/json" id="admin-labels">${raw(JSON.stringify(labels).replace(/</g, "\\u003c"))}</script>
    <script src="/assets/admin.js" defer></script>`;
  return layout({ lang, title: t("admin.title"), body });
}
