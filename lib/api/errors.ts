// The API's one error shape: {"error": {"code", "message", "fields"?}}. Codes are stable
// (clients branch on them); messages are for people and name the field at fault.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/validations/errors";

export const API_ERROR_CODES = [
  "invalid_json",
  "invalid_request",
  "unauthorized",
  "not_found",
  "method_not_allowed",
  "payload_too_large",
  "rate_limited",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A dotted path with array indexes in brackets: "profile.competitors[2]". */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

type Issue = { path: PropertyKey[]; message: string };

/** zod's issues, with "unrecognized keys" split so each unknown field is named at its own path. */
function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((i): Issue[] =>
    i.code === "unrecognized_keys"
      ? i.keys.map((k) => ({ path: [...i.path, k], message: "is not a known field" }))
      : [{ path: [...i.path], message: i.message }],
  );
}

/** 400 whose message names every field at fault: "status: must be one of …; sentText: …". */
export function invalidInput(error: z.ZodError, where = "request"): ApiError {
  // A Map, not `{}`: an unknown field named "constructor" or "__proto__" found Object's own
  // members there (`fields.constructor.push` is not a function) and the 400 became a 500.
  const fields = new Map<string, string[]>();
  const messages = new Set<string>();
  for (const issue of issuesOf(error)) {
    const path = issue.path.length ? pathOf(issue.path) : where;
    messages.add(`${path}: ${issue.message}`);
    fields.set(path, [...(fields.get(path) ?? []), issue.message]);
  }
  return new ApiError(400, "invalid_request", [...messages].join("; "), Object.fromEntries(fields) as FieldErrors);
}

export const notFound = (what = "resource") => new ApiError(404, "not_found", `No ${what} with this id.`);

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function errorResponse(e: ApiError): Response {
  const body = { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
  return Response.json(body, { status: e.status, headers: { ...NO_STORE, ...e.headers } });
}
