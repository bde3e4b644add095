// The OpenAPI entry of POST /api/v1/imports, kept apart from lib/api/openapi.ts and
// spread into its paths.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { API_REQUESTS_PER_MINUTE } from "@/lib/rate-limit";
import { formatBytes, IMPORT_LIMITS } from "@/lib/import/types";
import { apiErrorSchema } from "@/lib/validations/api";
import { apiImportQuerySchema, apiImportResultSchema } from "@/lib/validations/import";

const error = (description: string) => ({ description, content: { "application/json": { schema: apiErrorSchema } } });
const binary = { schema: { type: "string" as const, format: "binary" } };
const limits = `up to ${formatBytes(IMPORT_LIMITS.uploadBytes)}, ${IMPORT_LIMITS.rows.toLocaleString("en-US")} requests a file, ${formatBytes(IMPORT_LIMITS.entryBytes)} a file once unpacked`;

export const importPaths: ZodOpenApiPathsObject = {
  "/api/v1/imports": {
    post: {
      operationId: "importExport",
      tags: ["Triage"],
      summary: "Import a platform's data export",
      description:
        "Send a platform's data export: LinkedIn's archive or its `Invitations.csv` (only `INCOMING` rows are requests to you), " +
        "Facebook's archive or `received_friend_requests.json`, Instagram's archive or `follow_requests_you've_received.json` " +
        `(${limits}). Each incoming request is triaged with \`profileId\` (or each platform's default profile). People already ` +
        "in History (same platform, and same profile link or, without one, same name) are marked `duplicate` and never saved again. " +
        "A dry run by default; `confirm=true` saves the new ones and says how many. Send the file as the raw body " +
        "(`curl --data-binary @export.zip -H 'Content-Type: application/zip'`; streamed, the best way) or as the `file` field of a " +
        "multipart form (`curl -F file=@export.zip`; `profileId` and `confirm` may be form fields too). A wrong or damaged " +
        "file gets 400 with a message naming the file and, where it applies, the line; nothing is saved.",
      requestParams: { query: apiImportQuerySchema },
      requestBody: {
        required: true,
        content: {
          "application/zip": binary,
          "text/csv": binary,
          "application/json": binary,
          "application/octet-stream": binary,
          "multipart/form-data": {
            schema: z.object({
              file: z.string().meta({ format: "binary", description: "The export file." }),
              profileId: z.string().optional(),
              confirm: z.enum(["true", "false"]).optional(),
            }),
          },
        },
      },
      responses: {
        200: { description: "Every incoming request with its verdict and duplicate mark; with `confirm=true`, how many were saved.", content: { "application/json": { schema: apiImportResultSchema } } },
        400: error("A wrong or damaged file (the message names the file and line), or an invalid query."),
        401: error("No credentials, or a token that is unknown or revoked."),
        404: error("`profileId` is not one of your profiles."),
        413: error(`The upload is larger than ${formatBytes(IMPORT_LIMITS.uploadBytes)}.`),
        429: error(`The token made more than ${API_REQUESTS_PER_MINUTE} requests in a minute.`),
      },
    },
  },
};
