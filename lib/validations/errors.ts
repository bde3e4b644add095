import "@/lib/zod-browser";
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** zod issues keyed by dotted field path ("profile.competitors"); form-wide ones under "_form". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  // A Map, not `{}`: a field path "constructor" or "__proto__" would find Object's own members.
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(out);
}
