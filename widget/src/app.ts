/**
 * widget/app.js — the chat panel, imported by the loader the first time the user opens the chat.
 * Everything the server sends is put in the page as text (textContent, or links whose href was
 * checked); the conversation lives in sessionStorage only from the first open.
 */
import type { Citation } from "../../src/core/answer/answer-types.js";
import type { Ask, ChatReplyBody, Checklist } from "../../src/core/chat/chat-contract.js";
import css from "./styles.css";
import { adoptStyles } from "./adopt.js";
import { createApiClient, type FailureKind } from "./api-client.js";
import { el, icon, ICONS } from "./dom.js";
import { preferSources, starterKeys } from "./prefer.js";
import { renderAnswer } from "./render-answer.js";
import { APP_STRINGS, LANG_NAMES, LANGS, normalizeLang, type AppStrings, type Lang } from "./strings.js";
import type { ChatContext, ChatController } from "./types.js";
import { safeHttpUrl } from "./url.js";

export type { ChatContext, ChatController } from "./types.js";

const STORAGE_KEY = "contigo-chat";
const TYPING_DELAY_MS = 300;
const MAX_TURNS = 40;
const FULLSCREEN = "(max-width: 480px)";

type Key = keyof AppStrings;

interface Turn {
  id: number;
  role: "user" | "bot";
  text: string;
  answer?: { value: string };
  reply?: ChatReplyBody;
  failed?: Exclude<FailureKind, "rejected">;
}

interface Saved {
  v: 1;
  lang: Lang;
  conversationId?: string;
  urgent: boolean;
  turns: Turn[];
  feedback: Record<string, boolean>;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked (sandboxed frame, privacy settings): the chat still works
  }
}

function load(): Saved | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    const data = raw ? (JSON.parse(raw) as Saved) : undefined;
    return data?.v === 1 && Array.isArray(data.turns) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function createChat(ctx: ChatContext): ChatController {
  adoptStyles(ctx.root, css);
  const api = createApiClient({ base: ctx.base });
  const saved = load();
  let lang: Lang = normalizeLang(saved?.lang) ?? ctx.lang;
  let conversationId = saved?.conversationId;
  let urgent = saved?.urgent ?? false;
  let turns: Turn[] = saved?.turns ?? [];
  const feedback: Record<string, boolean> = saved?.feedback ?? {};
  let nextId = turns.reduce((max, t) => Math.max(max, t.id), 0) + 1;
  let pending = false;
  // A turn left "sending" by a page reload did not get its answer.
  const last = turns[turns.length - 1];
  if (last?.role === "user" && !last.failed) last.failed = "network";

  const save = () => {
    const data: Saved = { v: 1, lang, urgent, turns: turns.slice(-MAX_TURNS), feedback, ...(conversationId ? { conversationId } : {}) };
    try {
      storage()?.setItem(STORAGE_KEY, JSON.stringify(data));
    } catch {
      /* full or blocked: keep going without persistence */
    }
  };

  // ---- strings that follow the language switcher ---------------------------------------------
  const bound: { node: Element; apply: (s: AppStrings) => void }[] = [];
  const str = () => APP_STRINGS[lang];
  function tr<T extends Element>(node: T, key: Key, attr?: string): T {
    const apply = (s: AppStrings) => (attr ? node.setAttribute(attr, s[key]) : (node.textContent = s[key]));
    apply(str());
    bound.push({ node, apply });
    return node;
  }
  const txt = (key: Key, cls?: string) => tr(el("span", cls ? { class: cls } : null), key);
  const newTab = () => txt("newTab", "vh");

  const say = (key: Key) => announce(str()[key]);
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  function announce(message: string) {
    // Cleared first so the same message twice is announced twice.
    status.textContent = "";
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (status.textContent = message), 50);
  }

  // ---- the panel -----------------------------------------------------------------------------
  const closeBtn = tr(el("button", { type: "button", class: "icon-btn close" }, icon(ICONS.close)), "close", "aria-label");
  closeBtn.addEventListener("click", () => ctx.onClose());
  const header = el(
    "div",
    { class: "bar" },
    el("span", { class: "mark" }, icon(ICONS.chat)),
    el("div", { class: "brand" }, el("h2", { class: "title", id: "contigo-title" }, "Contigo"), tr(el("p", { class: "subtitle" }), "subtitle")),
    closeBtn,
  );

  const select = el("select", { class: "lang-select", id: "contigo-lang" });
  for (const code of LANGS) select.append(el("option", { value: code, lang: code, selected: code === lang }, LANG_NAMES[code]));
  select.addEventListener("change", () => setLang(select.value as Lang));
  const exitHint = tr(el("span", { id: "contigo-exit-hint", hidden: true }), "quickExitHint");
  const exitBtn = el("button", { type: "button", class: "exit", "aria-describedby": "contigo-exit-hint" }, icon(ICONS.exit), txt("quickExit"));
  exitBtn.addEventListener("click", quickExit);
  const tools = el(
    "div",
    { class: "tools" },
    el("label", { class: "lang", for: "contigo-lang" }, icon(ICONS.globe), txt("language", "vh")),
    select,
    el("span", { class: "spacer" }),
    exitBtn,
    exitHint,
  );

  const helpline = (href: string, key: Key, ext: boolean) =>
    el("li", null, el("a", ext ? { href, target: "_blank", rel: "noopener noreferrer" } : { href }, icon(ICONS.phone), txt(key), ext ? newTab() : null));
  const urgentBox = el(
    "section",
    { class: "urgent", "aria-labelledby": "contigo-urgent-title", hidden: !urgent },
    el("h3", { class: "urgent-title", id: "contigo-urgent-title" }, icon(ICONS.alert), txt("urgentTitle")),
    el("ul", null, helpline("tel:100", "line100", false), helpline("tel:1818", "line1818", false), helpline("https://www.consulado.pe", "consulate", true)),
  );

  const log = tr(el("div", { class: "log", role: "log", tabindex: "0" }), "conversation", "aria-label");
  const typing = el("div", { class: "typing", "aria-hidden": "true", hidden: true }, el("span"), el("span"), el("span"));
  const status = el("p", { class: "vh", role: "status" });

  const input = tr(
    el("input", { type: "text", id: "contigo-input", class: "input", autocomplete: "off", enterkeyhint: "send", maxlength: "1000", dir: "auto" }),
    "placeholder",
    "placeholder",
  );
  const sendBtn = el("button", { type: "submit", class: "send" }, icon(ICONS.send), txt("send", "vh"));
  const form = el("form", { class: "composer", novalidate: true }, tr(el("label", { for: "contigo-input", class: "vh" }), "inputLabel"), input, sendBtn);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return input.focus();
    if (pending) return say("busy");
    input.value = "";
    void send(question);
  });

  const panel = el(
    "div",
    ctx.inline
      ? { class: "panel", role: "region", "aria-labelledby": "contigo-title", lang }
      : { class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "contigo-title", lang },
    header,
    tools,
    urgentBox,
    log,
    status,
    form,
    tr(el("p", { class: "disclaimer" }), "disclaimer"),
  );

  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      ctx.onClose();
    } else if (event.key === "Tab" && !ctx.inline && matchMedia(FULLSCREEN).matches) {
      // Full screen on a phone the panel is modal: Tab cycles inside it.
      const active = ctx.root.activeElement;
      if (!event.shiftKey && active === sendBtn) {
        event.preventDefault();
        closeBtn.focus();
      } else if (event.shiftKey && active === closeBtn) {
        event.preventDefault();
        sendBtn.focus();
      }
    }
  });

  // ---- messages ------------------------------------------------------------------------------
  const welcome = el("div", { class: "msg bot welcome" }, tr(el("p"), "welcome"));
  let followUps: HTMLElement | undefined; // chips/options of the latest reply only
  const userNodes = new Map<number, { node: HTMLElement; fail: HTMLElement; reason: HTMLElement }>();

  function chips(labels: { text: () => string; node: HTMLElement }[]): HTMLElement {
    const group = tr(el("div", { class: "chips", role: "group" }), "suggestions", "aria-label");
    for (const { text, node } of labels) {
      const chip = el("button", { type: "button", class: "chip" }, node);
      chip.addEventListener("click", () => {
        if (pending) return say("busy");
        void send(text());
        input.focus();
      });
      group.append(chip);
    }
    return group;
  }

  function starters(): HTMLElement {
    return chips(starterKeys(ctx.prefs).map((key) => ({ text: () => str()[key], node: txt(key) })));
  }

  function renderUser(turn: Turn): HTMLElement {
    const reason = el("span", { class: "fail-text" });
    const retry = el("button", { type: "button", class: "retry" }, txt("retry"));
    retry.addEventListener("click", () => {
      if (pending) return say("busy");
      void attempt(turn);
      input.focus();
    });
    const fail = el("div", { class: "fail", hidden: !turn.failed }, el("strong", null, txt("notSent")), " ", reason, " ", retry);
    const node = el("div", { class: "msg user" }, txt("you", "vh"), el("p", { class: "user-text", dir: "auto" }, turn.text), fail);
    userNodes.set(turn.id, { node, fail, reason });
    showFailure(turn);
    return node;
  }

  function showFailure(turn: Turn) {
    const nodes = userNodes.get(turn.id);
    if (!nodes) return;
    nodes.fail.hidden = !turn.failed;
    if (turn.failed) nodes.reason.textContent = str()[turn.failed === "timeout" ? "timeout" : "sendFailed"];
  }

  function renderSources(list: readonly Citation[], replyLang: string): HTMLElement | null {
    const items = preferSources(list, ctx.prefs.sources).flatMap((src) => {
      const href = safeHttpUrl(src.url);
      const card = safeHttpUrl(src.cardUrl, ctx.base);
      if (!href && !card) return [];
      const title = href
        ? el("a", { class: "src-title", href, target: "_blank", rel: "noopener noreferrer" }, String(src.title), newTab())
        : el("span", { class: "src-title" }, String(src.title));
      const more = card ? el("a", { class: "src-card", href: card, target: "_blank", rel: "noopener" }, txt("viewCard"), newTab()) : null;
      return [el("li", { lang: replyLang }, title, el("span", { class: "src-name" }, String(src.sourceName ?? "")), more)];
    });
    return items.length ? el("div", { class: "sources" }, tr(el("p", { class: "label" }), "sources"), el("ul", null, ...items)) : null;
  }

  function renderFeedback(reply: ChatReplyBody): HTMLElement {
    const row = el("div", { class: "feedback" });
    const thanks = () => {
      row.replaceChildren(tr(el("p", { class: "fb-done", tabindex: "-1" }), "thanks"));
      return row.firstElementChild as HTMLElement;
    };
    if (reply.messageId in feedback) {
      thanks();
      return row;
    }
    const vote = async (helpful: boolean, button: HTMLButtonElement) => {
      if (button.getAttribute("aria-disabled") === "true") return;
      up.setAttribute("aria-disabled", "true");
      down.setAttribute("aria-disabled", "true");
      button.setAttribute("aria-pressed", "true");
      const ok = await api.feedback({ conversationId: reply.conversationId, messageId: reply.messageId, helpful });
      if (ok) {
        feedback[reply.messageId] = helpful;
        save();
        const hadFocus = ctx.root.activeElement === button;
        const done = thanks();
        if (hadFocus) done.focus();
        say("thanks");
      } else {
        up.removeAttribute("aria-disabled");
        down.removeAttribute("aria-disabled");
        button.setAttribute("aria-pressed", "false");
        say("feedbackFailed");
      }
    };
    const up = tr(el("button", { type: "button", class: "fb", "aria-pressed": "false" }, icon(ICONS.up)), "helpfulYes", "aria-label");
    const down = tr(el("button", { type: "button", class: "fb", "aria-pressed": "false" }, icon(ICONS.down)), "helpfulNo", "aria-label");
    up.addEventListener("click", () => void vote(true, up));
    down.addEventListener("click", () => void vote(false, down));
    row.append(txt("helpful", "fb-q"), up, down);
    return row;
  }

  function renderAsk(ask: Ask, live: boolean): HTMLElement {
    const group = el("div", { class: "options", role: "group", "aria-label": String(ask.text) });
    for (const option of ask.options ?? []) {
      const button = el("button", { type: "button", class: "option", disabled: !live }, String(option.label));
      button.addEventListener("click", () => {
        if (pending) return say("busy");
        button.setAttribute("aria-pressed", "true");
        for (const b of group.querySelectorAll("button")) b.disabled = true;
        void send(String(option.label), { value: String(option.value) });
        input.focus();
      });
      group.append(button);
    }
    if (ask.kind === "date") {
      // A date question has no options: a native date field, sent as YYYY-MM-DD.
      const field = el("input", { type: "date", class: "date", "aria-label": String(ask.text), disabled: !live }) as HTMLInputElement;
      const ok = tr(el("button", { type: "button", class: "option", disabled: !live }), "send");
      ok.addEventListener("click", () => {
        if (pending) return say("busy");
        if (!/^\d{4}-\d{2}-\d{2}$/.test(field.value)) return field.focus();
        const [y, m, d] = field.value.split("-");
        field.disabled = true;
        (ok as HTMLButtonElement).disabled = true;
        void send(`${d}/${m}/${y}`, { value: field.value });
        input.focus();
      });
      group.append(field, ok);
    }
    return el("div", { class: "ask" }, el("p", { class: "ask-text" }, String(ask.text)), ask.hint ? el("p", { class: "hint" }, String(ask.hint)) : null, group);
  }

  function renderChecklist(list: Checklist): HTMLElement {
    const meta = (key: Key, value: string | undefined) => (value ? el("div", null, tr(el("dt"), key), el("dd", null, value)) : null);
    const items = el(
      "ol",
      { class: "items" },
      ...(list.items ?? []).map((item) => {
        const details = [meta("where", item.where), meta("fee", item.fee), meta("deadline", item.deadline), meta("legalBasis", item.legalBasis)].filter(Boolean);
        return el(
          "li",
          null,
          el("p", { class: "item-title" }, String(item.title)),
          item.detail ? el("p", null, String(item.detail)) : null,
          details.length ? el("dl", null, ...details) : null,
        );
      }),
    );
    const print = safeHttpUrl(list.printUrl, ctx.base);
    const actions = el("div", { class: "actions" });
    if (print) {
      actions.append(el("a", { class: "action", href: print, target: "_blank", rel: "noopener" }, icon(ICONS.print), txt("print"), newTab()));
      const share = el("button", { type: "button", class: "action" }, icon(ICONS.share), txt("share"));
      share.addEventListener("click", () => void shareLink(print, String(list.title)));
      actions.append(share);
    }
    return el(
      "section",
      { class: "checklist" },
      el("h3", null, String(list.title)),
      list.intro ? el("p", null, String(list.intro)) : null,
      items,
      list.notes?.length ? el("div", { class: "notes" }, tr(el("h4"), "notes"), el("ul", null, ...list.notes.map((n) => el("li", null, String(n))))) : null,
      list.validAsOf ? el("p", { class: "valid" }, txt("validAsOf"), " ", String(list.validAsOf)) : null,
      actions,
    );
  }

  async function shareLink(url: string, title: string) {
    try {
      if (navigator.share) return await navigator.share({ title, url });
    } catch (e) {
      if ((e as Error).name === "AbortError") return;
    }
    try {
      await navigator.clipboard.writeText(url);
      say("copied");
    } catch {
      window.open(url, "_blank", "noopener");
    }
  }

  function renderBot(reply: ChatReplyBody, live: boolean): HTMLElement {
    const titles = reply.sources.map((s) => String(s.title));
    const node = el(
      "div",
      { class: "msg bot" },
      txt("bot", "vh"),
      reply.note ? el("p", { class: "note" }, String(reply.note)) : null,
      el("div", { class: "answer", lang: reply.lang, dir: "auto" }, renderAnswer(String(reply.answer), { titles, newTabNote: newTab })),
      reply.ask ? renderAsk(reply.ask, live) : null,
      reply.checklist ? renderChecklist(reply.checklist) : null,
      renderSources(reply.sources, reply.lang),
      // Feedback is on answers, not on a checklist's follow-up question.
      reply.messageId && reply.conversationId && !reply.ask ? renderFeedback(reply) : null,
    );
    return node;
  }

  /** Suggestion chips under the latest reply, or the opening suggestions before the first question. */
  function renderFollowUps(): void {
    followUps?.remove();
    followUps = undefined;
    const latest = turns[turns.length - 1];
    const reply = latest?.role === "bot" ? latest.reply : undefined;
    if (!latest) followUps = starters();
    else if (reply && Array.isArray(reply.suggestions) && reply.suggestions.length && !reply.ask) {
      followUps = chips([...new Set(reply.suggestions.map(String))].slice(0, 4).map((s) => ({ text: () => String(s), node: el("span", { lang: reply.lang }, String(s)) })));
    }
    if (followUps) log.insertBefore(followUps, typing);
  }

  function append(node: HTMLElement): HTMLElement {
    log.insertBefore(node, followUps ?? typing);
    return node;
  }

  /** Scrolls the log to put a message at the top (clamped at the bottom): long answers are read from their start. */
  function reveal(node: HTMLElement) {
    log.scrollTop = node.offsetTop - 8;
  }

  // ---- sending -------------------------------------------------------------------------------
  async function send(text: string, answer?: { value: string }) {
    const turn: Turn = { id: nextId++, role: "user", text, ...(answer ? { answer } : {}) };
    turns.push(turn);
    followUps?.remove();
    followUps = undefined;
    reveal(append(renderUser(turn)));
    save();
    await attempt(turn);
  }

  async function attempt(turn: Turn) {
    pending = true;
    delete turn.failed;
    showFailure(turn);
    const timer = setTimeout(() => {
      typing.hidden = false;
      log.scrollTop = log.scrollHeight;
      say("typing");
    }, TYPING_DELAY_MS);
    // The language shown is the language asked for: the switcher changes both.
    const result = await api.chat({ message: turn.text, lang, ...(conversationId ? { conversationId } : {}), ...(turn.answer ? { answer: turn.answer } : {}) });
    clearTimeout(timer);
    typing.hidden = true;
    pending = false;

    if (result.ok) {
      const reply = result.reply;
      conversationId = reply.conversationId;
      const botTurn: Turn = { id: nextId++, role: "bot", text: "", reply };
      turns.push(botTurn);
      // Older ask options can no longer be answered.
      for (const b of log.querySelectorAll<HTMLButtonElement>(".option")) b.disabled = true;
      const node = append(renderBot(reply, true));
      renderFollowUps();
      if (reply.urgent) {
        urgent = true;
        urgentBox.hidden = false;
      }
      status.textContent = "";
      save();
      // The question and the start of its answer, rather than the end of a long answer.
      reveal(userNodes.get(turn.id)?.node ?? node);
      return;
    }
    if (result.kind === "rejected") {
      // The server refused this text (e.g. too long): give it back to edit, with its reason.
      turns = turns.filter((t) => t !== turn);
      userNodes.get(turn.id)?.node.remove();
      userNodes.delete(turn.id);
      if (!input.value) input.value = turn.text;
      announce(result.message ?? str().sendFailed);
      save();
      return;
    }
    turn.failed = result.kind === "timeout" ? "timeout" : "network";
    showFailure(turn);
    say(turn.failed === "timeout" ? "timeout" : "sendFailed");
    save();
  }

  // ---- language, exit --------------------------------------------------------------------------
  function setLang(next: Lang) {
    if (next === lang) return;
    lang = next;
    panel.setAttribute("lang", lang);
    for (let i = bound.length - 1; i >= 0; i--) {
      const b = bound[i]!;
      if (b.node.isConnected || panel.contains(b.node)) b.apply(str());
      else bound.splice(i, 1);
    }
    for (const t of turns) if (t.failed) showFailure(t);
    ctx.onLangChange(lang);
    save();
  }

  function quickExit() {
    turns = [];
    try {
      storage()?.removeItem(STORAGE_KEY);
    } catch {
      /* nothing stored */
    }
    log.replaceChildren();
    window.location.replace(ctx.exitUrl);
  }

  // ---- first render (before the panel is in the page, so nothing is announced) ------------------
  log.append(welcome, typing);
  for (const turn of turns) {
    if (turn.role === "user") append(renderUser(turn));
    else if (turn.reply) append(renderBot(turn.reply, turn === turns[turns.length - 1]));
  }
  renderFollowUps();
  ctx.slot.append(panel);
  if (lang !== ctx.lang) ctx.onLangChange(lang);

  return {
    shown() {
      panel.setAttribute("aria-modal", String(!ctx.inline && matchMedia(FULLSCREEN).matches));
      if (ctx.inline) panel.removeAttribute("aria-modal");
      log.scrollTop = log.scrollHeight;
      input.focus();
    },
  };
}
