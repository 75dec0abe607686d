import type { Translate } from "../core/i18n/create-i18n.js";
import type { Knowledge } from "../core/knowledge-view.js";
import type { Locale } from "../core/locales.js";
import type { ConversationStore } from "../core/ports.js";

export interface AppConfig {
  /** Origins (scheme://host[:port]) allowed to call the API from a browser, besides our own. */
  allowedOrigins: string[];
  maxMessageLength: number;
  maxBodyBytes: number;
}

export const DEFAULT_APP_CONFIG: AppConfig = { allowedOrigins: [], maxMessageLength: 1000, maxBodyBytes: 16 * 1024 };

/** Everything the app needs, built by a runtime adapter and handed in: the app never builds it. */
export interface AppDeps {
  knowledge: Knowledge;
  store: ConversationStore;
  translate: (lang: Locale, ns?: string) => Translate;
  config: AppConfig;
  newId: () => string;
  now: () => Date;
  warn: (message: string) => void;
}

export interface AppEnv {
  Variables: { deps: AppDeps };
}
