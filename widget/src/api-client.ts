import type { ChatReplyBody, FeedbackBody } from "../../src/core/chat/chat-contract.js";
import type { Lang } from "./strings.js";

/**
 * The widget's one contract with the server: POST /api/chat and POST /api/feedback.
 * Never throws: every failure comes back as a value the UI can put into words.
 */

/** As ChatRequestBody, but `lang` is any of the widget's languages: the server may serve fewer. */
export interface ChatRequest {
  message: string;
  lang?: Lang;
  conversationId?: string;
  answer?: { value: string };
}

/**
 * network/timeout/server: worth retrying. rejected: the server refused this message (a 400 with a
 * message in the asker's language, e.g. too long); retrying the same text will not help.
 */
export type FailureKind = "network" | "timeout" | "server" | "rejected";
export interface ChatFailure {
  ok: false;
  kind: FailureKind;
  status?: number;
  code?: string;
  message?: string;
}
export type ChatResult = { ok: true; reply: ChatReplyBody } | ChatFailure;

interface FetchInit {
  method: "POST";
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  credentials: "omit";
  mode: "cors";
}
interface FetchResponse {
  status: number;
  json(): Promise<unknown>;
}
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

export interface ApiClientOptions {
  /** Folder of widget.js on the service host, e.g. "https://contigo.gob.pe/". */
  base: string;
  /** A request that has not answered after this long counts as failed. */
  timeoutMs?: number;
  fetch?: FetchLike;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface ApiClient {
  chat(request: ChatRequest): Promise<ChatResult>;
  feedback(body: FeedbackBody): Promise<boolean>;
}

function isReply(data: unknown): data is ChatReplyBody {
  const r = data as Partial<ChatReplyBody> | null;
  return (
    !!r &&
    typeof r === "object" &&
    typeof r.conversationId === "string" &&
    typeof r.messageId === "string" &&
    typeof r.answer === "string" &&
    Array.isArray(r.sources) &&
    Array.isArray(r.suggestions)
  );
}

function errorOf(data: unknown): { code?: string; message?: string; field?: string } {
  const e = (data as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  if (!e || typeof e !== "object") return {};
  return {
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.message === "string" ? { message: e.message } : {}),
    ...(typeof e.field === "string" ? { field: e.field } : {}),
  };
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch: FetchLike = options.fetch ?? ((url, init) => (globalThis.fetch as unknown as FetchLike)(url, init));
  // Languages the server said it does not serve (yet): not sent again, so the server detects the
  // language of the message instead.
  const unserved = new Set<string>();

  async function post(path: string, body: unknown): Promise<{ status: number; data: unknown } | "network" | "timeout"> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const res = await doFetch(new URL(path, options.base).href, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: controller.signal,
        credentials: "omit",
        mode: "cors",
      });
      let data: unknown;
      try {
        data = await res.json();
      } catch {
        if (timedOut) return "timeout";
        data = undefined;
      }
      return { status: res.status, data };
    } catch {
      return timedOut ? "timeout" : "network";
    } finally {
      clearTimeout(timer);
    }
  }

  async function chat(request: ChatRequest): Promise<ChatResult> {
    const body: ChatRequest = { message: request.message };
    if (request.lang && !unserved.has(request.lang)) body.lang = request.lang;
    if (request.conversationId) body.conversationId = request.conversationId;
    if (request.answer) body.answer = { value: request.answer.value };

    let res = await post("api/chat", body);
    if (typeof res !== "string" && res.status === 400 && body.lang) {
      const err = errorOf(res.data);
      if (err.code === "unknownLang" || err.field === "lang") {
        unserved.add(body.lang);
        delete body.lang;
        res = await post("api/chat", body);
      }
    }
    if (res === "network" || res === "timeout") return { ok: false, kind: res };
    if (res.status >= 200 && res.status < 300) {
      return isReply(res.data) ? { ok: true, reply: res.data } : { ok: false, kind: "server", status: res.status };
    }
    const err = errorOf(res.data);
    const kind: FailureKind = (res.status === 400 || res.status === 413) && err.message ? "rejected" : "server";
    return { ok: false, kind, status: res.status, ...(err.code ? { code: err.code } : {}), ...(err.message ? { message: err.message } : {}) };
  }

  async function feedback(body: FeedbackBody): Promise<boolean> {
    const res = await post("api/feedback", body);
    return typeof res !== "string" && res.status >= 200 && res.status < 300;
  }

  return { chat, feedback };
}
