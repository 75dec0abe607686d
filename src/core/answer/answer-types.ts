import type { SourceId } from "../cards/card-types.js";

export interface Citation {
  id: string;
  title: string;
  url: string;
  source: SourceId;
  sourceName: string;
  /** Link to Contigo's own page for the full card. */
  cardUrl: string;
}

export interface ComposedAnswer {
  answer: string;
  sources: Citation[];
  suggestions: string[];
}
