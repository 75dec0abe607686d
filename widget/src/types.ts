import type { Preferences } from "./prefer.js";
import type { Lang } from "./strings.js";

/** What the loader hands the lazily loaded chat UI (app.js). Types only: no runtime cost. */
export interface ChatContext {
  /** The <contigo-chat> element's shadow root: the UI adopts its stylesheet here. */
  root: ShadowRoot;
  /** Where the panel goes (inside the shadow root). */
  slot: HTMLElement;
  /** Folder of widget.js on the service host; the API and card pages are resolved against it. */
  base: string;
  /** The language of the widget's own text, and the one asked for with every question. */
  lang: Lang;
  /** Placed inline in the page rather than floating over it. */
  inline: boolean;
  prefs: Preferences;
  /** Where "leave this page quickly" goes. */
  exitUrl: string;
  /** The user asked to close the panel (Escape or the close button). */
  onClose(): void;
  onLangChange(lang: Lang): void;
}

export interface ChatController {
  /** The panel has just been shown: move focus into it. */
  shown(): void;
}

export interface ChatModule {
  createChat(ctx: ChatContext): ChatController;
}
