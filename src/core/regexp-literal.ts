/** Text as a regular expression that matches exactly that text (every syntax character escaped). */
export function regexpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
