/** The languages Contigo answers in. Content, UI strings and flows exist in every one of them. */
export const SUPPORTED_LOCALES = ["es", "en", "pt", "fr", "ht", "zh", "it", "ja", "qu"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
