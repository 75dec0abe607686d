import { foldText } from "../retrieval/text-fold.js";

const MONTHS: Record<string, number> = {};
const NAMES = [
  ["enero", "january", "janeiro", "janvier", "gennaio", "janvye", "jan", "ene"],
  ["febrero", "february", "fevereiro", "fevrier", "febbraio", "fevriye", "feb", "fev"],
  ["marzo", "march", "marco", "mars", "mas", "mar"],
  ["abril", "april", "avril", "aprile", "avril", "apr", "abr"],
  ["mayo", "may", "maio", "mai", "maggio", "me"],
  ["junio", "june", "junho", "juin", "giugno", "jen", "jun"],
  ["julio", "july", "julho", "juillet", "luglio", "jiye", "jul"],
  ["agosto", "august", "aout", "out", "ago", "aug"],
  ["septiembre", "setiembre", "september", "setembro", "septembre", "settembre", "septanm", "sep", "set"],
  ["octubre", "october", "outubro", "octobre", "ottobre", "oktob", "oct"],
  ["noviembre", "november", "novembro", "novembre", "novanm", "nov"],
  ["diciembre", "december", "dezembro", "decembre", "dicembre", "desanm", "dic", "dec"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] ??= i + 1)));

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined; // 31 February and the like
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date written in a message, as YYYY-MM-DD: 2026-03-15, 15/03/2026 (day first, as in
 * Peru), "15 de marzo de 2026", "March 15, 2026", 2026年3月15日. Undefined when there is none.
 */
export function parseDate(message: string): string | undefined {
  const text = foldText(message);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/.exec(message);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?([a-z]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b/.exec(text);
  if (m && MONTHS[m[2]!]) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  m = /\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[1]!]) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  return undefined;
}
