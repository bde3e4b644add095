// The OpenAPI 3.1 document, generated from the zod schemas the handlers parse with and
// answer in (lib/validations/api.ts), so the document cannot drift from the code.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject } from "zod-openapi";
import { API_REQUESTS_PER_MINUTE } from "@/lib/rate-limit";
import { MAX_BODY_BYTES } from "./body";
import { importPaths } from "./openapi-imports";
import {
  apiDecisionListSchema,
  apiDecisionSchema,
  apiErrorSchema,
  apiProfileListSchema,
  apiTemplateListSchema,
  apiTriageRequestSchema,
  apiTriageResultSchema,
  decisionListQuerySchema,
  decisionPatchSchema,
  idParamSchema,
} from "@/lib/validations/api";

export const API_VERSION = "1.0.0";

const jsonContent = (schema: z.ZodType) => ({ "application/json": { schema } });
const failure = (id: string, description: string, extra: Partial<ZodOpenApiResponseObject> = {}): ZodOpenApiResponseObject => ({
  id,
  description,
  content: jsonContent(apiErrorSchema),
  ...extra,
});

const errors = {
  400: failure("BadRequest", "Invalid input: `error.message` names each field at fault, `error.fields` lists them."),
  401: failure("Unauthorized", "No credentials, or a token that is unknown or revoked."),
  404: failure("NotFound", "No such id among the caller's own data (another user's id gets this too)."),
  413: failure("PayloadTooLarge", `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`),
  429: failure("RateLimited", `The token made more than ${API_REQUESTS_PER_MINUTE} requests in a minute.`, {
    headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait before trying again." }) }),
  }),
};

const authed = { 401: errors[401], 429: errors[429] } as const;

function op(o: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return o;
}

export function buildOpenApiDocument(serverUrl?: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Decline with Grace API",
      version: API_VERSION,
      description:
        "Triage connection requests and read your History from your own scripts. Authenticate with a personal token " +
        "(Settings → API) as `Authorization: Bearer dwg_…`, or with the browser session. Every error has the `Error` shape. " +
        `Request bodies are JSON of at most ${MAX_BODY_BYTES / 1024} KB; each token may make ${API_REQUESTS_PER_MINUTE} requests a minute.`,
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "dwg_ followed by 43 characters", description: "A personal API token." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The signed-in browser session." },
      },
    },
    tags: [
      { name: "Triage", description: "Judge a request." },
      { name: "History", description: "Triaged requests." },
      { name: "Settings", description: "Criteria profiles and reason templates (read-only here)." },
    ],
    paths: {
      "/api/v1/triage": {
        post: op({
          operationId: "triage",
          tags: ["Triage"],
          summary: "Triage a connection request",
          description:
            "The triage contract's request object. Without an inline `profile`, your saved profile (`profileId`, or the platform's " +
            "default) and your default reason templates are used. With `save: true` the result is kept in History (201, with a " +
            "Location header). Unknown fields are ignored. The result reports the request's `language` (en, es, de, fr, pt, or und) " +
            "and the draft's (`draft.language`): the request's `language`, else the profile's, else the request's own.",
          requestBody: { required: true, content: jsonContent(apiTriageRequestSchema) },
          responses: {
            200: { description: "The verdict, signals, parsed fields and, for a decline, the draft.", content: jsonContent(apiTriageResultSchema) },
            201: {
              description: "The same, saved to History: `decisionId` names the new decision.",
              content: jsonContent(apiTriageResultSchema),
              headers: z.object({ Location: z.string().meta({ description: "The saved decision: /api/v1/decisions/{id}." }) }),
            },
            400: errors[400],
            404: failure("ProfileNotFound", "`profileId` is not one of your profiles."),
            413: errors[413],
            ...authed,
          },
        }),
      },
      "/api/v1/decisions": {
        get: op({
          operationId: "listDecisions",
          tags: ["History"],
          summary: "List decisions, newest first",
          description: "History's filters; unknown query parameters are refused (400). Follow `nextCursor` for more.",
          requestParams: { query: decisionListQuerySchema },
          responses: { 200: { description: "A page of decisions.", content: jsonContent(apiDecisionListSchema) }, 400: errors[400], ...authed },
        }),
      },
      "/api/v1/decisions/{id}": {
        get: op({
          operationId: "getDecision",
          tags: ["History"],
          summary: "Get one decision",
          requestParams: { path: idParamSchema },
          responses: { 200: { description: "The decision.", content: jsonContent(apiDecisionSchema) }, 404: errors[404], ...authed },
        }),
        patch: op({
          operationId: "updateDecision",
          tags: ["History"],
          summary: "Change a decision's status, revisit date or texts",
          description:
            'Unknown fields are refused (400). `status: "held"` without `revisitAt` sets a revisit in 7 days when there is none; ' +
            '`status: "sent"` without `sentText` records the draft as sent.',
          requestParams: { path: idParamSchema },
          requestBody: { required: true, content: jsonContent(decisionPatchSchema) },
          responses: {
            200: { description: "The updated decision.", content: jsonContent(apiDecisionSchema) },
            400: errors[400],
            404: errors[404],
            413: errors[413],
            ...authed,
          },
        }),
        delete: op({
          operationId: "deleteDecision",
          tags: ["History"],
          summary: "Delete a decision",
          requestParams: { path: idParamSchema },
          responses: { 204: { description: "Deleted." }, 404: errors[404], ...authed },
        }),
      },
      "/api/v1/profiles": {
        get: op({
          operationId: "listProfiles",
          tags: ["Settings"],
          summary: "List criteria profiles",
          responses: { 200: { description: "The caller's profiles, by name.", content: jsonContent(apiProfileListSchema) }, ...authed },
        }),
      },
      "/api/v1/templates": {
        get: op({
          operationId: "listTemplates",
          tags: ["Settings"],
          summary: "List reason templates",
          responses: { 200: { description: "The caller's templates.", content: jsonContent(apiTemplateListSchema) }, ...authed },
        }),
      },
      "/api/v1/calendar/{file}": {
        get: op({
          operationId: "calendarFeed",
          tags: ["History"],
          summary: "The private calendar feed of revisit dates",
          description:
            "An iCalendar (RFC 5545) feed for calendar apps: one all-day event per held request, on its revisit date, linking back to it. " +
            "The address, made in Settings → Calendar, is its own credential (calendar apps send no token); an unknown or revoked one answers 404.",
          security: [],
          requestParams: {
            path: z.object({ file: z.string().meta({ description: "The feed's secret followed by `.ics`.", example: "Xk3…(43 characters).ics" }) }),
          },
          responses: {
            200: { description: "The feed.", content: { "text/calendar": { schema: { type: "string" } } } },
            404: failure("CalendarFeedNotFound", "No live feed at this address: unknown, or turned off in Settings."),
          },
        }),
      },
      ...importPaths,
      "/api/v1/openapi.json": {
        get: op({
          operationId: "openApiDocument",
          summary: "This document",
          security: [],
          responses: { 200: { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
        }),
      },
    },
  });
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
