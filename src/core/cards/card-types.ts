import type { Locale } from "../locales.js";

export const SOURCE_IDS = ["peru-contigo", "infomigra", "inforetorno"] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const AUDIENCES = ["emigrant", "foreigner", "returnee"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Contact {
  name: string;
  value: string;
}

/** One answer card in one language, as stored in knowledge/ (validated at build time). */
export interface Card {
  id: string;
  lang: Locale;
  source: SourceId;
  audience: Audience[];
  topic: string;
  title: string;
  questions: string[];
  summary: string;
  points: string[];
  caveat?: string;
  legalBasis: string[];
  officialUrl: string;
  contacts: Contact[];
  reviewed: string;
  keywords: string[];
  related: string[];
  /** The Markdown body, rendered to HTML at build time (trusted: it comes from content/). */
  bodyHtml: string;
}
