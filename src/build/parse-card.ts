import { marked } from "marked";
import { parse as parseYaml } from "yaml";
import type { Card } from "../core/cards/card-types.js";
import { cardFrontMatterSchema } from "./card-schema.js";

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}\n  ${problems.join("\n  ")}`);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** One card file's text → a validated Card, or a ContentError naming the file and the fields. */
export function parseCard(file: string, text: string): Card {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError(file, ["no YAML front matter between --- lines"]);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (e) {
    throw new ContentError(file, [`YAML: ${(e as Error).message.split("\n")[0]}`]);
  }
  const result = cardFrontMatterSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((i) => `${i.path.join(".") || "(front matter)"}: ${i.message}`),
    );
  }
  const fm = result.data;
  const body = match[2]!.trim();
  if (/<[a-z!\/]/i.test(body)) throw new ContentError(file, ["body: raw HTML is not allowed; use Markdown"]);
  return {
    id: fm.id,
    lang: fm.lang,
    source: fm.source,
    audience: fm.audience,
    topic: fm.topic,
    title: fm.title,
    questions: fm.questions,
    summary: fm.summary.replace(/\s+/g, " ").trim(),
    points: fm.points,
    ...(fm.caveat ? { caveat: fm.caveat } : {}),
    legalBasis: fm.legal_basis,
    officialUrl: fm.official_url,
    contacts: fm.contacts,
    reviewed: fm.reviewed,
    keywords: fm.keywords,
    related: fm.related,
    bodyHtml: body ? (marked.parse(body, { async: false }) as string) : "",
  };
}
