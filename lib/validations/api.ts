// The HTTP API's schemas: what handlers parse requests with, and what their responses
// look like. lib/api/openapi.ts builds the OpenAPI document from these same schemas.
import "@/lib/zod-browser";
import { z } from "zod";
import { DECISION_STATUSES, DEFAULT_REVISIT_DAYS, PLATFORMS, REASON_KEYS, TONES, VERDICTS } from "@/lib/domain";
import { API_ERROR_CODES } from "@/lib/api/errors";
import { LANGUAGES, triageRequestSchema } from "@/lib/triage/schema";
import { decisionFilterSchema, refineDateRange } from "./decision";
import { vm } from "./messages";

const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;

// ---- Personal tokens (Settings → API) ----

export const apiTokenNameSchema = z.object({
  name: z.string({ error: vm("apiToken.nameRequired") }).trim().min(1, vm("apiToken.nameRequired")).max(60, vm("shared.nameMax", { max: 60 })),
});

export const apiTokenIdSchema = z.object({ id: z.string().min(1, vm("apiToken.idRequired")).max(100) });

// ---- Shared output pieces ----

const timestamp = z.iso.datetime().meta({ description: "ISO 8601 date-time, UTC.", examples: ["2026-01-31T09:30:00.000Z"] });
const nullableTimestamp = timestamp.nullable();

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z
        .enum(API_ERROR_CODES)
        .meta({ description: "Stable: branch on this, not on the message." }),
      message: z.string().meta({ description: "For people; names the field at fault.", examples: ["status: must be one of drafted, sent, held, ignored, accepted"] }),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "For invalid_request: the messages per field path (\"profile.competitors\")." }),
    }),
  })
  .meta({ id: "Error", description: "Every error response has this shape." });

// ---- Criteria profiles ----

export const apiProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    defaultFor: z.array(z.enum(PLATFORMS)).meta({ description: "Platforms this profile is the default for." }),
    onlyKnownInRealLife: z.boolean(),
    knownPeople: z.array(z.string()),
    competitors: z.array(z.string()),
    blockedRoles: z.array(z.string()),
    requirePersonalNote: z.boolean(),
    minMutualConnections: z.number().int().min(0),
    observeStrangersMetOnline: z.boolean(),
    tone: z.enum(TONES),
    signature: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Profile", description: "A criteria profile: why the user connects." });

export const apiProfileListSchema = z.object({ items: z.array(apiProfileSchema) }).meta({ id: "ProfileList" });

// ---- Reason templates ----

export const apiTemplateSchema = z
  .object({
    id: z.string(),
    reasonKey: z.enum(REASON_KEYS),
    title: z.string(),
    body: z.string().meta({ description: "May use {firstName}, {name}, {company}, {platform}." }),
    isDefault: z.boolean().meta({ description: "The template drafts use for this reason key." }),
    timesUsed: z.number().int().min(0),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Template", description: "The user's own wording of a decline reason." });

export const apiTemplateListSchema = z.object({ items: z.array(apiTemplateSchema) }).meta({ id: "TemplateList" });

// ---- Decisions (History) ----

export const signalSchema = z
  .object({
    key: z.string().meta({ examples: ["criteria.competitor"] }),
    label: z.string().meta({ description: "One human sentence." }),
    evidence: z.string().meta({ description: "The words of the request that show it." }),
  })
  .meta({ id: "Signal" });

const parsedFields = {
  name: z.string().nullable(),
  firstName: z.string().nullable(),
  headline: z.string().nullable(),
  company: z.string().nullable(),
  mutualConnections: z.number().int().nullable(),
  note: z.string().nullable(),
};

export const apiDecisionSchema = z
  .object({
    id: z.string(),
    profileId: z.string().nullable().meta({ description: "The criteria profile it was judged by, if it still exists." }),
    platform: z.enum(PLATFORMS),
    text: z.string().meta({ description: "The request as it was pasted." }),
    parsed: z.object(parsedFields),
    verdict: z.enum(VERDICTS),
    confidence: z.number().min(0).max(1),
    reasons: z.array(z.enum(REASON_KEYS)),
    signals: z.array(signalSchema),
    draft: z.object({ text: z.string(), short: z.string() }).nullable().meta({ description: "The decline draft; null for other verdicts." }),
    sentText: z.string().nullable().meta({ description: "What the user finally sent, after their edits." }),
    templateIds: z.array(z.string()).meta({ description: "The reason templates the draft used." }),
    status: z.enum(DECISION_STATUSES),
    revisitAt: nullableTimestamp.meta({ description: "When a held request is due for another look." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Decision", description: "One triaged request in History." });

export const apiDecisionListSchema = z
  .object({
    items: z.array(apiDecisionSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "DecisionList" });

export const API_PAGE_SIZE = { default: 25, max: 100 } as const;

/** History's filters plus keyset pagination. Unknown parameters are refused, so a typo never silently widens a query. */
export const decisionListQuerySchema = decisionFilterSchema
  .extend({
    cursor: z.string().min(1).max(200, "must be at most 200 characters").optional().meta({ description: "nextCursor from the previous page." }),
    limit: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(API_PAGE_SIZE.max, `must be at most ${API_PAGE_SIZE.max}`)
      .default(API_PAGE_SIZE.default),
  })
  .strict()
  .superRefine(refineDateRange);

const isoDateOrTime = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: "must be a date like 2026-01-31 or a date-time like 2026-01-31T09:00:00Z",
  })
  .meta({ description: "A date (midnight UTC) or a date-time." });

const MAX_MESSAGE = 10_000;
const message = (what: string) =>
  z
    .string({ error: "must be a string or null" })
    .max(MAX_MESSAGE, `must be at most ${MAX_MESSAGE.toLocaleString("en-US")} characters`)
    .nullable()
    .optional()
    .meta({ description: what });

/** Unknown fields are refused: a misspelt field on a write would otherwise do nothing, silently. */
export const decisionPatchSchema = z
  .strictObject(
    {
      status: z.enum(DECISION_STATUSES, { error: oneOf(DECISION_STATUSES) }).optional(),
      revisitAt: isoDateOrTime
        .nullable()
        .optional()
        .meta({ description: `Only for a held decision (or with status "held"); null clears it. A hold without one comes back in ${DEFAULT_REVISIT_DAYS} days; any other status clears it.` }),
      sentText: message("What was finally sent. Setting status to \"sent\" counts a use of each template the draft used."),
      draftText: message("An edited draft."),
    },
    { error: "must be a JSON object" },
  )
  .refine((o) => Object.values(o).some((v) => v !== undefined), {
    message: "send at least one of status, revisitAt, sentText, draftText",
    // Only when the fields themselves were fine: an unknown field is the clearer message.
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: "DecisionPatch", description: "The fields to change; the others stay as they are." });

export const idParamSchema = z.object({ id: z.string().meta({ description: "The decision's id." }) });

// ---- Triage ----

/**
 * The contract's request object (../shared/specs/triage-contract.md), plus a saved
 * profile's id instead of an inline profile, and `save` to keep the result in History.
 * Unknown fields are ignored, as the command line ignores them, so the contract's request
 * lines can be posted unchanged.
 */
export const apiTriageRequestSchema = triageRequestSchema
  .extend({
    profileId: z
      .string({ error: "must be a string" })
      .min(1, "must not be empty")
      .max(100, "must be at most 100 characters")
      .nullish()
      .meta({ description: "One of your criteria profiles (GET /api/v1/profiles). Absent, with no inline `profile`: the default profile for the platform." }),
    save: z.boolean({ error: "must be true or false" }).default(false).meta({ description: "Keep the result in History (status: decline → drafted, observe → held for 7 days, ignore → ignored, accept → accepted)." }),
  })
  .superRefine((r, ctx) => {
    if (r.profile && r.profileId) ctx.addIssue({ code: "custom", path: ["profileId"], message: "send either profileId or an inline profile, not both" });
  })
  .meta({ id: "TriageRequest", description: "A pasted connection request, as the triage contract defines it." });

export const apiTriageResultSchema = z
  .object({
    id: z.string().optional().meta({ description: "Echoed from the request." }),
    verdict: z.enum(VERDICTS),
    confidence: z.number().min(0).max(1),
    reasons: z.array(z.enum(REASON_KEYS)).meta({ description: "The broken criteria behind a decline, in contract order; [] otherwise." }),
    signals: z.array(signalSchema).meta({ description: "Every observation that moved the verdict." }),
    parsed: z
      .object({
        ...parsedFields,
        platform: z.enum(PLATFORMS),
        platformDetected: z.boolean().meta({ description: "The platform was detected from the text." }),
        role: z.string().nullable(),
        links: z.array(z.string()),
        handles: z.array(z.string()),
        phones: z.array(z.string()),
        emails: z.array(z.string()),
      })
      .meta({ description: "What the engine read from the text; each field null when not found." }),
    draft: z
      .object({
        text: z.string(),
        short: z.string().max(300),
        platformLimit: z.number().int(),
        tone: z.enum(TONES),
        variant: z.number().int(),
        language: z.enum(LANGUAGES).meta({ description: "The language the draft is written in: the request's `language`, else the profile's, else the request's own, else en." }),
        reasonLanguageFallback: z
          .boolean()
          .optional()
          .meta({ description: "True when a reason's own wording had no version in the draft's language and the profile language's was used." }),
      })
      .nullable()
      .meta({ description: "The graceful decline; non-null exactly when the verdict is decline." }),
    advice: z
      .object({ summary: z.string(), watch: z.array(z.string()), revisitInDays: z.number().int(), followInstead: z.boolean() })
      .nullable()
      .meta({ description: "For observe: what to watch before deciding." }),
    spamScore: z.number().min(0).max(1),
    language: z
      .enum([...LANGUAGES, "und"])
      .meta({ description: "The language detected in the request (und when unsure); a text with no sentence falls back to the profile's language, else the request's, else en." }),
    profileId: z.string().nullable().meta({ description: "The saved profile used; null with an inline profile." }),
    decisionId: z.string().nullable().meta({ description: "The History entry, when `save` was true." }),
  })
  .meta({ id: "TriageResult", description: "The contract's result object, plus the profile used and the saved decision's id." });
