/** An absolute http(s) URL, or undefined: javascript:, data: and anything unparsable are refused. */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where the widget's own files and API live: the folder widget.js was loaded from. */
export function widgetBase(scriptSrc: string | undefined, fallback: string): string {
  return new URL("./", safeHttpUrl(scriptSrc) ?? fallback).href;
}
