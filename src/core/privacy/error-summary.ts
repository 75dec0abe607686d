/**
 * One line about an error, safe to log: database drivers put the statement's parameters (a
 * person's question) after the first line, so only the first line is kept, cut to 200 characters.
 */
export function errorSummary(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split("\n")[0] ?? "").slice(0, 200);
}
