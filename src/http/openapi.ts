import { SUPPORTED_LOCALES } from "../core/locales.js";

const error = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string", description: "In the asker's language" }, field: { type: "string" } } } },
};
const lang = { type: "string", enum: [...SUPPORTED_LOCALES] };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: { 400: "Invalid request", 401: "Missing or wrong bearer token", 404: "Not found", 413: "Body too large", 429: "Rate limited (see Retry-After)" }[c] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));

/** OpenAPI 3.1 description of the public API (served at /api/openapi.json). */
export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Contigo API",
    version: "1.0.0",
    description: "Answers on migration rights and procedures for people moving to, from and back to Peru, with the official source of every answer, and personal document checklists. Nothing a person answers in a checklist is stored.",
  },
  paths: {
    "/api/chat": {
      post: {
        summary: "Ask a question (or answer a checklist question)",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["message"],
                properties: {
                  message: { type: "string", minLength: 1, maxLength: 1000 },
                  lang,
                  conversationId: { type: "string", description: "From the previous reply, as given: carries a checklist in progress and the previous (scrubbed) question" },
                  answer: { type: "object", properties: { value: { type: "string" } }, description: "The value of an `ask` option the user picked" },
                },
              },
            },
          },
        },
        responses: { "200": { description: "The answer", content: { "application/json": { schema: { $ref: "#/components/schemas/ChatReply" } } } }, ...errors(400, 413, 429) },
      },
    },
    "/api/feedback": {
      post: {
        summary: "Thumbs up or down on one reply",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["conversationId", "messageId", "helpful"],
                properties: { conversationId: { type: "string" }, messageId: { type: "string" }, helpful: { type: "boolean" }, reason: { type: "string", enum: ["wrong", "unclear", "outdated", "missing", "other"] } },
              },
            },
          },
        },
        responses: { "201": { description: "Recorded" }, ...errors(400, 404, 429) },
      },
    },
    "/api/cards": {
      get: {
        summary: "List answer cards",
        parameters: [
          { name: "lang", in: "query", schema: lang },
          { name: "source", in: "query", schema: { type: "string", enum: ["peru-contigo", "infomigra", "inforetorno"] } },
          { name: "audience", in: "query", schema: { type: "string", enum: ["emigrant", "foreigner", "returnee"] } },
          { name: "topic", in: "query", schema: { type: "string" } },
        ],
        responses: { "200": { description: "Cards" }, ...errors(400) },
      },
    },
    "/api/flows": { get: { summary: "List checklist flows", parameters: [{ name: "lang", in: "query", schema: lang }], responses: { "200": { description: "Flows" } } } },
    "/api/flows/{id}": {
      get: { summary: "One flow's questions", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "lang", in: "query", schema: lang }], responses: { "200": { description: "Flow" }, ...errors(404) } },
    },
    "/api/flows/{id}/checklist": {
      post: {
        summary: "Answers → personal checklist",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["answers"], properties: { answers: { type: "object", additionalProperties: { type: "string" } }, lang } } } } },
        responses: { "200": { description: "Checklist", content: { "application/json": { schema: { $ref: "#/components/schemas/Checklist" } } } }, ...errors(400, 404) },
      },
    },
    "/api/admin/insights": {
      get: { summary: "Aggregates for content owners", security: [{ bearer: [] }], parameters: [{ name: "days", in: "query", schema: { type: "integer", minimum: 1, maximum: 365 } }, { name: "lang", in: "query", schema: lang }], responses: { "200": { description: "Insights" }, ...errors(401) } },
    },
    "/healthz": { get: { summary: "Health and content version", responses: { "200": { description: "OK" } } } },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: error,
      Citation: { type: "object", properties: { id: { type: "string" }, title: { type: "string" }, url: { type: "string" }, source: { type: "string" }, sourceName: { type: "string" }, cardUrl: { type: "string" } } },
      Ask: { type: "object", properties: { flowId: { type: "string" }, questionId: { type: "string" }, text: { type: "string" }, hint: { type: "string" }, options: { type: "array", items: { type: "object", properties: { value: { type: "string" }, label: { type: "string" } } } } } },
      Checklist: {
        type: "object",
        properties: {
          flowId: { type: "string" },
          title: { type: "string" },
          intro: { type: "string" },
          items: { type: "array", items: { type: "object", properties: { id: { type: "string" }, group: { type: "string" }, title: { type: "string" }, detail: { type: "string" }, legalBasis: { type: "string" }, where: { type: "string" }, fee: { type: "string" }, deadline: { type: "string" } } } },
          notes: { type: "array", items: { type: "string" } },
          validAsOf: { type: "string" },
          contentVersion: { type: "string" },
          printUrl: { type: "string" },
        },
      },
      ChatReply: {
        type: "object",
        required: ["conversationId", "messageId", "lang", "answer", "sources", "suggestions", "urgent", "status"],
        properties: {
          conversationId: { type: "string" },
          messageId: { type: "string" },
          lang,
          answer: { type: "string" },
          sources: { type: "array", items: { $ref: "#/components/schemas/Citation" } },
          suggestions: { type: "array", items: { type: "string" } },
          urgent: { type: "boolean" },
          status: { type: "string", enum: ["answered", "clarification", "no_match", "urgent", "out_of_scope", "error"] },
          note: { type: "string" },
          ask: { $ref: "#/components/schemas/Ask" },
          checklist: { $ref: "#/components/schemas/Checklist" },
        },
      },
    },
  },
} as const;
