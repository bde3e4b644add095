import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, methodNotAllowed, parseOrThrow, queryOf } from "@/lib/api/handler";
import { formatBytes, IMPORT_LIMITS, ImportError, type UploadSource } from "@/lib/import";
import { importAndSave, previewImport, UnknownProfileError } from "@/lib/import-service";
import { apiImportQuerySchema, importProfileIdSchema, type apiImportResultSchema } from "@/lib/validations/import";

export const dynamic = "force-dynamic";

/** Room for a multipart body's boundaries and headers on top of the file itself. */
const MULTIPART_SLACK = 64 * 1024;

const DEFAULT_NAMES: [RegExp, string][] = [
  [/zip/i, "export.zip"],
  [/csv/i, "Invitations.csv"],
  [/json/i, "export.json"],
];

const tooLarge = (what: string) =>
  new ApiError(413, "payload_too_large", `${what} is larger than ${formatBytes(IMPORT_LIMITS.uploadBytes)}: the limit is ${formatBytes(IMPORT_LIMITS.uploadBytes)}. Send only the file with your requests from inside the archive.`);

const badFile = (message: string) => new ApiError(400, "invalid_request", message, { file: [message] });

/**
 * Imports a platform export: the file as the raw body (streamed to disk, counted as it
 * arrives) or as the `file` field of a multipart form. A dry run by default; `confirm=true` saves.
 */
export const POST = apiRoute(async ({ request, caller }) => {
  const query = parseOrThrow(apiImportQuerySchema, queryOf(request), "query");
  const length = request.headers.get("content-length");
  const declared = length === null ? Number.NaN : Number(length);
  const type = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(type);
  if (Number.isFinite(declared) && declared > IMPORT_LIMITS.uploadBytes + (multipart ? MULTIPART_SLACK : 0)) throw tooLarge("The body");

  let source: UploadSource;
  let name: string;
  let profileId = query.profileId;
  let confirm = query.confirm;
  if (multipart) {
    // The proxy in front has already capped the body at 10 MB; a form is read whole.
    const form = await request.formData().catch(() => {
      throw new ApiError(400, "invalid_request", "The multipart body could not be read.");
    });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw badFile("file: attach the export as the form's `file` field.");
    if (file.size > IMPORT_LIMITS.uploadBytes) throw tooLarge(file.name || "The file");
    source = file.stream();
    name = query.filename ?? (file.name || "upload");
    const formProfile = form.get("profileId");
    if (typeof formProfile === "string" && formProfile) profileId = parseOrThrow(importProfileIdSchema, formProfile, "profileId");
    if (form.get("confirm") === "true") confirm = true;
  } else {
    if (!request.body || declared === 0) throw badFile("Send the export file as the request body (or as the `file` field of a multipart form).");
    source = request.body;
    name = query.filename ?? DEFAULT_NAMES.find(([re]) => re.test(type))?.[1] ?? "upload";
  }

  try {
    let body: z.output<typeof apiImportResultSchema>;
    if (confirm) {
      const { preview, saved, duplicates } = await importAndSave(caller.userId, { source, name }, profileId);
      body = { ...preview, saved, skippedDuplicates: duplicates };
    } else body = { ...(await previewImport(caller.userId, { source, name }, profileId)), saved: null, skippedDuplicates: null };
    return json(body);
  } catch (e) {
    if (e instanceof ImportError) throw e.reason === "too_large" ? tooLarge(e.file) : badFile(e.message);
    if (e instanceof UnknownProfileError) throw new ApiError(404, "not_found", "profileId: No profile with this id.", { profileId: ["No profile with this id."] });
    throw e;
  }
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
