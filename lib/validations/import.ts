// What an import of a platform export takes and gives: the form, the server action, the
// HTTP API and the OpenAPI document share these schemas.
import "@/lib/zod-browser";
import { z } from "zod";
import { IMPORT_LIMITS, IMPORT_PLATFORMS } from "@/lib/import/types";
import { VERDICTS, REASON_KEYS } from "@/lib/triage/schema";
import { wellFormed } from "@/lib/validations/text";
import { vm } from "./messages";

export const importProfileIdSchema = z
  .string()
  .max(64, vm("shared.unknownProfile"))
  .nullish()
  .transform((v) => (v && v !== "default" ? v : null))
  .meta({ description: "The saved profile to triage with; absent or \"default\": each platform's default profile." }); // i18n-ignore: OpenAPI (English)

/** One reviewed request sent back to be saved (the server triages it again: a client's verdict is never trusted). */
export const importRowSchema = z.object({
  platform: z.enum(IMPORT_PLATFORMS, { error: vm("import.platformOneOf", { platforms: IMPORT_PLATFORMS.join(", ") }) }),
  name: z.string({ error: vm("import.nameRequired") }).trim().min(1, vm("import.nameEmpty")).max(IMPORT_LIMITS.nameLength, vm("import.nameMax", { max: IMPORT_LIMITS.nameLength })),
  note: z.string().max(IMPORT_LIMITS.noteLength, vm("import.noteMax", { max: IMPORT_LIMITS.noteLength })).nullish().transform((v) => v?.trim() || null),
  profileUrl: z
    .string()
    .max(500, vm("import.linkMax"))
    .regex(/^https?:\/\/\S+$/i, vm("import.linkFormat"))
    .nullish()
    .transform((v) => v || null),
});
export type ImportRowInput = z.output<typeof importRowSchema>;

export const importRowsSchema = z
  .array(importRowSchema, { error: vm("import.rowsRequired") })
  .min(1, vm("import.rowsMin"))
  .max(IMPORT_LIMITS.rows, vm("import.rowsMax", { max: IMPORT_LIMITS.rows }));

/** The review form's confirm: the rows as JSON (a hidden field), the indexes kept ticked, and the profile. */
export const confirmImportFormSchema = z.object({
  profileId: importProfileIdSchema,
  rows: z
    .string({ error: vm("import.rowsMissing") })
    .max(8 * 1024 * 1024, vm("import.rowsTooMany"))
    .transform((s, ctx) => {
      try {
        // As every form's text (lib/validations/text.ts): JSON escapes could smuggle in lone surrogates or NULs, which the database refuses.
        return wellFormed(JSON.parse(s) as unknown);
      } catch {
        ctx.addIssue({ code: "custom", message: vm("import.rowsDamaged") });
        return z.NEVER;
      }
    })
    .pipe(importRowsSchema),
  keep: z.union([z.string(), z.array(z.string())]).optional().transform((v) => new Set((Array.isArray(v) ? v : v ? [v] : []).map(Number))),
});

/** The import page's query after a confirm: how many were saved and skipped (counts only). */
export const importOutcomeSchema = z.object({
  saved: z.coerce.number().int().min(0).max(IMPORT_LIMITS.rows),
  skipped: z.coerce.number().int().min(0).max(IMPORT_LIMITS.rows).catch(0),
  t: z.string().max(20).optional(),
});


// ---- What a preview gives ----

export const importPreviewRowSchema = z.object({
  platform: z.enum(IMPORT_PLATFORMS),
  name: z.string(),
  note: z.string().nullable(),
  profileUrl: z.string().nullable(),
  sentAt: z.string().nullable().meta({ description: "When they sent it (ISO 8601, UTC), when the export says." }), // i18n-ignore: OpenAPI (English)
  source: z.string().meta({ description: "The file inside the upload it came from." }), // i18n-ignore: OpenAPI (English)
  line: z.number().int().meta({ description: "Its CSV line, or its position in the JSON list." }), // i18n-ignore: OpenAPI (English)
  verdict: z.enum(VERDICTS),
  confidence: z.number(),
  reasons: z.array(z.enum(REASON_KEYS)),
  duplicate: z
    .enum(["history", "file"])
    .nullable()
    .meta({ description: "\"history\": this person (same platform, same profile link or name) is already in History; \"file\": listed earlier in this upload. Duplicates are skipped." }), // i18n-ignore: OpenAPI (English)
});
export type ImportPreviewRow = z.output<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  files: z.array(z.object({ file: z.string(), platform: z.enum(IMPORT_PLATFORMS), rows: z.number().int(), incoming: z.number().int() })),
  profileId: z.string().nullable(),
  profileName: z.string().nullable(),
  counts: z.object({
    requests: z.number().int(),
    new: z.number().int(),
    duplicates: z.number().int(),
    verdicts: z.object({ accept: z.number().int(), decline: z.number().int(), observe: z.number().int(), ignore: z.number().int() }),
  }),
  rows: z.array(importPreviewRowSchema),
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

// ---- The HTTP API ----

export const apiImportQuerySchema = z
  .object({
    filename: z
      .string()
      .max(255, "must be at most 255 characters") // i18n-ignore: the HTTP API only (English)
      .optional()
      .meta({ description: "The uploaded file's name (a raw body has none): `Invitations.csv`, `export.zip`…; by default from the Content-Type." }), // i18n-ignore: OpenAPI (English)
    profileId: importProfileIdSchema,
    confirm: z
      .enum(["true", "false"], { error: "must be true or false" }) // i18n-ignore: the HTTP API only (English)
      .optional()
      .transform((v) => v === "true")
      .meta({ description: "`true`: save the new requests to History (people already there are skipped). Absent or `false`: a dry run that saves nothing." }), // i18n-ignore: OpenAPI (English)
  })
  .strict();

export const apiImportResultSchema = importPreviewSchema
  .extend({
    saved: z.number().int().nullable().meta({ description: "Decisions saved to History; null for a dry run." }), // i18n-ignore: OpenAPI (English)
    skippedDuplicates: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Requests not saved because the person is already in History or listed twice; null for a dry run." }), // i18n-ignore: OpenAPI (English)
  })
  .meta({ id: "ImportResult" });
