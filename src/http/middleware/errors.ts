import type { Context } from "hono";
import { detectFromHeader } from "hono/language";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DEFAULT_LOCALE, isLocale, SUPPORTED_LOCALES, type Locale } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** The locale to speak to a person in when we have nothing better than the request headers. */
export function headerLocale(c: Context<AppEnv>): Locale | undefined {
  return detectFromHeader(c, {
    lookupFromHeaderKey: "accept-language",
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    ignoreCase: true,
  } as Parameters<typeof detectFromHeader>[1]) as Locale | undefined;
}

/** The page or list language: `?lang=`, then Accept-Language, then Spanish. */
export function requestLocale(c: Context<AppEnv>): Locale {
  const q = c.req.query("lang");
  return isLocale(q) ? q : (headerLocale(c) ?? DEFAULT_LOCALE);
}

export function apiError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  lang: Locale,
  vars: Record<string, unknown> = {},
  field?: string,
) {
  const t = c.get("deps").translate(lang);
  const body: ApiErrorBody = { error: { code, message: t(`errors.${code}`, vars), ...(field ? { field } : {}) } };
  return c.json(body, status);
}
