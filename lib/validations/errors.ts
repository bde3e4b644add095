import "@/lib/zod-browser";
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** zod issues keyed by dotted field path ("profile.competitors"); form-wide ones under "_form". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
