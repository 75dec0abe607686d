import { errorSummary } from "../../core/privacy/error-summary.js";
import { Hono } from "hono";
import { CONVERSATION_ID_PATTERN, decodeConversationId } from "../../core/checklist/flow-session.js";
import { DEFAULT_LOCALE } from "../../core/locales.js";
import { FEEDBACK_REASONS, type FeedbackReason } from "../../core/ports.js";
import type { AppEnv } from "../app-deps.js";
import { apiError, headerLocale } from "../middleware/errors.js";

const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** POST /api/feedback: thumbs up or down on one reply, with an optional reason from a fixed list. */
export const feedbackRoutes = new Hono<AppEnv>().post("/api/feedback", async (c) => {
  const deps = c.get("deps");
  const lang = headerLocale(c) ?? DEFAULT_LOCALE;
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return apiError(c, 400, "invalidJson", lang);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return apiError(c, 400, "invalidBody", lang);
  const { conversationId, messageId, helpful, reason } = body as Record<string, unknown>;
  if (typeof conversationId !== "string" || !CONVERSATION_ID_PATTERN.test(conversationId)) return apiError(c, 400, "conversationId", lang, {}, "conversationId");
  if (typeof messageId !== "string" || !ID.test(messageId)) return apiError(c, 400, "invalidBody", lang, {}, "messageId");
  if (typeof helpful !== "boolean") return apiError(c, 400, "invalidBody", lang, {}, "helpful");
  if (reason !== undefined && reason !== null && !(FEEDBACK_REASONS as readonly unknown[]).includes(reason)) {
    return apiError(c, 400, "invalidBody", lang, {}, "reason");
  }
  try {
    const saved = await deps.store.saveFeedback({
      conversationId: decodeConversationId(conversationId).id,
      messageId,
      helpful,
      ...(typeof reason === "string" ? { reason: reason as FeedbackReason } : {}),
      createdAt: deps.now(),
    });
    if (!saved) return apiError(c, 404, "notFound", lang, {}, "messageId");
  } catch (e) {
    deps.warn(`could not store feedback: ${errorSummary(e)}`);
    return apiError(c, 503, "unavailable", lang);
  }
  return c.json({ ok: true }, 201);
});
