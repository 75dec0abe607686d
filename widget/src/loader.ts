/**
 * widget.js — the only script that loads with the host page. It defines <contigo-chat>, adds a
 * launcher when the page has none, and nothing else: no request, cookie or storage until the
 * user opens the chat, which imports widget/app.js. No globals, nothing added to <head>; safe to
 * load twice. Budget: 10 KB gzip (widget/build.ts fails above it).
 */
import css from "./launcher.css";
import { readableAccent } from "./accent.js";
import { adoptStyles } from "./adopt.js";
import { CHAT_ICON, el, icon } from "./dom.js";
import { parseList } from "./prefer.js";
import { DEFAULT_LANG, LOADER_STRINGS, normalizeLang, type Lang } from "./strings.js";
import type { ChatController, ChatModule } from "./types.js";
import { safeHttpUrl, widgetBase } from "./url.js";

/** Set by widget/build.ts: "widget/app.js?v=<content hash>". */
declare const __APP_FILE__: string;

const TAG = "contigo-chat";
const DEFAULT_EXIT_URL = "https://www.google.com/";
/** Options a <script data-…> tag passes to the launcher it creates. */
const SCRIPT_OPTIONS = ["lang", "position", "accent", "sources", "topics", "exit-url"];

export interface ContigoChatElement extends HTMLElement {
  open(): Promise<void>;
  close(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "contigo-chat": ContigoChatElement;
  }
}

function scriptSrc(current: HTMLScriptElement | null): string | undefined {
  if (current?.src) return current.src;
  for (const s of document.querySelectorAll<HTMLScriptElement>("script[src]")) if (/\/widget\.js([?#]|$)/.test(s.src)) return s.src;
  return undefined;
}

function defineElement(base: string): void {
  let app: Promise<ChatModule> | undefined;
  const loadApp = (): Promise<ChatModule> =>
    (app ??= (import(new URL(__APP_FILE__, base).href) as Promise<ChatModule>).catch((e: unknown) => {
      app = undefined;
      throw e;
    }));

  class ContigoChat extends HTMLElement implements ContigoChatElement {
    static observedAttributes = ["lang", "accent"];
    #root?: ShadowRoot;
    #accent?: CSSStyleSheet;
    #button!: HTMLButtonElement;
    #label!: HTMLElement;
    #status!: HTMLElement;
    #slot!: HTMLElement;
    #intro?: HTMLElement;
    #introTitle?: HTMLElement;
    #introText?: HTMLElement;
    #chat?: ChatController;
    #chosen?: Lang;
    #busy = false;

    connectedCallback(): void {
      if (!this.#root) this.#build();
      this.#sync();
    }

    attributeChangedCallback(): void {
      if (this.#root) this.#sync();
    }

    #lang(): Lang {
      return this.#chosen ?? normalizeLang(this.closest("[lang]")?.getAttribute("lang")) ?? normalizeLang(navigator.language) ?? DEFAULT_LANG;
    }

    #build(): void {
      const root = (this.#root = this.attachShadow({ mode: "open" }));
      adoptStyles(root, css);
      try {
        this.#accent = new CSSStyleSheet();
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#accent];
      } catch {
        this.#accent = undefined; // no constructable stylesheets: the default accent stays
      }
      const inline = this.getAttribute("mode") !== "launcher";
      this.#label = el("span", { class: "label" });
      this.#button = el("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "contigo-panel" }, icon(CHAT_ICON), this.#label);
      if (!inline) this.#button.setAttribute("aria-haspopup", "dialog");
      this.#button.addEventListener("click", () => void this.open());
      this.#status = el("p", { class: "load-status", role: "status" });
      this.#slot = el("div", { class: "slot", id: "contigo-panel", hidden: true });
      if (inline) {
        this.#introTitle = el("p", { class: "intro-title" });
        this.#introText = el("p", { class: "intro-text" });
        this.#intro = el("div", { class: "intro" }, this.#introTitle, this.#introText, this.#button, this.#status);
        root.append(el("div", { class: "root inline" }, this.#intro, this.#slot));
      } else {
        root.append(el("aside", { class: "root floating", "aria-label": "Contigo" }, this.#button, this.#status, this.#slot));
      }
    }

    #sync(): void {
      const s = LOADER_STRINGS[this.#lang()];
      if (this.#intro) {
        this.#introTitle!.textContent = s.inlineTitle;
        this.#introText!.textContent = s.inlineIntro;
        this.#label.textContent = s.inlineStart;
      } else {
        this.#label.textContent = s.launcher;
      }
      const { accent, strong } = readableAccent(this.getAttribute("accent"));
      this.#accent?.replaceSync(`:host{--accent:${accent};--accent-strong:${strong}}`);
    }

    /** Opens the chat, loading its code the first time. */
    async open(): Promise<void> {
      if (!this.#root || this.#busy) return;
      if (this.#chat && !this.#slot.hidden) return this.#chat.shown();
      this.#busy = true;
      this.#button.setAttribute("aria-busy", "true");
      this.#status.textContent = "";
      const slow = setTimeout(() => (this.#status.textContent = LOADER_STRINGS[this.#lang()].loading), 400);
      try {
        const mod = await loadApp();
        this.#chat ??= mod.createChat({
          root: this.#root,
          slot: this.#slot,
          base,
          lang: this.#lang(),
          inline: !!this.#intro,
          prefs: { sources: parseList(this.getAttribute("sources")), topics: parseList(this.getAttribute("topics")) },
          exitUrl: safeHttpUrl(this.getAttribute("exit-url")) ?? DEFAULT_EXIT_URL,
          onClose: () => this.close(),
          onLangChange: (lang) => {
            this.#chosen = lang;
            this.#sync();
          },
        });
        this.#status.textContent = "";
        this.#slot.hidden = false;
        (this.#intro ?? this.#button).hidden = true;
        this.#button.setAttribute("aria-expanded", "true");
        this.#chat.shown();
      } catch {
        this.#status.textContent = LOADER_STRINGS[this.#lang()].loadFailed;
      } finally {
        clearTimeout(slow);
        this.#busy = false;
        this.#button.removeAttribute("aria-busy");
      }
    }

    /** Closes the panel (the conversation stays) and gives focus back to the launcher. */
    close(): void {
      if (!this.#slot || this.#slot.hidden) return;
      this.#slot.hidden = true;
      (this.#intro ?? this.#button).hidden = false;
      this.#button.setAttribute("aria-expanded", "false");
      this.#button.focus();
    }
  }

  customElements.define(TAG, ContigoChat);
}

function install(): void {
  if (typeof window === "undefined" || !window.customElements) return;
  const current = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  if (!customElements.get(TAG)) {
    try {
      defineElement(widgetBase(scriptSrc(current), location.href));
    } catch {
      return; // another copy won the race to define the tag
    }
  }
  if (current?.dataset.launcher === "false") return;
  const addLauncher = () => {
    // A page with its own <contigo-chat> (or a second copy of this script) gets no extra launcher.
    if (document.querySelector(TAG)) return;
    const node = document.createElement(TAG);
    node.setAttribute("mode", "launcher");
    for (const name of SCRIPT_OPTIONS) {
      const value = current?.getAttribute(`data-${name}`);
      if (value) node.setAttribute(name, value);
    }
    document.body.append(node);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", addLauncher, { once: true });
  else addLauncher();
}

install();
