import { Hono } from "hono";
import { answerChat } from "../../core/chat/answer-chat.js";
import { CONVERSATION_ID_PATTERN } from "../../core/checklist/flow-session.js";
import { detectLanguage } from "../../core/language/detect-language.js";
import { DEFAULT_LOCALE, isLocale, SUPPORTED_LOCALES, type Locale } from "../../core/locales.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, headerLocale } from "../middleware/errors.js";
import { replyJson } from "../reply-json.js";


export const chatRoutes = new Hono<AppEnv>().post("/api/chat", async (c) => {
  const deps = c.get("deps");
  const fromHeader = headerLocale(c);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return apiError(c, 400, "invalidJson", fromHeader ?? DEFAULT_LOCALE);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return apiError(c, 400, "invalidBody", fromHeader ?? DEFAULT_LOCALE);
  }
  const { message, lang, conversationId, answer } = body as Record<string, unknown>;

  // Speak an error in the best language we can tell: the one asked for, the header, the message.
  // Only worked out when there is an error: a valid request's language is detected once, later.
  const errorLocale = (): Locale => {
    if (isLocale(lang)) return lang;
    if (fromHeader) return fromHeader;
    const guessed = typeof message === "string" ? detectLanguage(message).language : undefined;
    return isLocale(guessed) ? guessed : DEFAULT_LOCALE;
  };

  if (lang !== undefined && lang !== null && !isLocale(lang)) {
    return apiError(c, 400, "unknownLang", errorLocale(), { langs: SUPPORTED_LOCALES.join(", ") }, "lang");
  }
  if (message === undefined || message === null) return apiError(c, 400, "messageRequired", errorLocale(), {}, "message");
  if (typeof message !== "string") return apiError(c, 400, "messageType", errorLocale(), {}, "message");
  const text = message.trim();
  if (!text) return apiError(c, 400, "messageRequired", errorLocale(), {}, "message");
  const max = deps.config.maxMessageLength;
  // Characters, not UTF-16 units; a text no longer than the limit in units is within it.
  if (text.length > max && [...text].length > max) return apiError(c, 400, "messageTooLong", errorLocale(), { max }, "message");
  if (conversationId !== undefined && conversationId !== null && (typeof conversationId !== "string" || !CONVERSATION_ID_PATTERN.test(conversationId))) {
    return apiError(c, 400, "conversationId", errorLocale(), {}, "conversationId");
  }

  if (answer !== undefined && answer !== null) {
    const value = (answer as { value?: unknown }).value;
    if (typeof answer !== "object" || typeof value !== "string" || !/^[a-z0-9-]{1,40}$|^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return apiError(c, 400, "invalidAnswer", errorLocale(), {}, "answer");
    }
  }
  const reply = await answerChat(
    {
      message: text,
      ...(isLocale(lang) ? { lang } : {}),
      ...(fromHeader && c.req.header("accept-language") ? { headerLang: fromHeader } : {}),
      ...(typeof conversationId === "string" ? { conversationId } : {}),
      ...(answer && typeof answer === "object" ? { answer: { value: (answer as { value: string }).value } } : {}),
    },
    deps,
  );
  return c.body(replyJson(reply), 200, { "Content-Type": "application/json" });
});
