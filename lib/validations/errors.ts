import "@/lib/zod-browser";
import { z } from "zod";
import { englishValidation, messageKey, type ValidationTranslator } from "./messages";

export type FieldErrors = Record<string, string[]>;
export type { ValidationTranslator } from "./messages";

type Issue = z.core.$ZodIssue;

const count = (n: number | bigint) => Number(n);

/** A message for an issue the catalogue does not word (zod's own, the engine's): what is wrong, in general terms, in the user's language. */
function generic(issue: Issue, t: ValidationTranslator): string {
  switch (issue.code) {
    case "invalid_type":
      // zod's own wording, or the engine's ("is required"): the value was absent.
      return issue.message.endsWith("received undefined") || issue.message === "is required" ? t("generic.required") : t("generic.invalid");
    case "invalid_value":
      return t("generic.choose");
    case "too_big": {
      const max = count(issue.maximum);
      if (issue.origin === "string") return t("generic.textTooLong", { max });
      if (issue.origin === "array" || issue.origin === "set") return t("generic.tooManyEntries", { max });
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return t("generic.numberTooBig", { max });
      return t("generic.invalid");
    }
    case "too_small": {
      const min = count(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? t("generic.required") : t("generic.textTooShort", { min });
      if (issue.origin === "array" || issue.origin === "set") return t("generic.tooFewEntries", { min });
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return t("generic.numberTooSmall", { min });
      return t("generic.invalid");
    }
    case "invalid_format":
      if (issue.format === "email") return t("generic.email");
      if (issue.format === "date" || issue.format === "datetime") return t("generic.date");
      return t("generic.format");
    case "not_multiple_of":
      return issue.divisor === 1 ? t("generic.wholeNumber") : t("generic.invalid");
    case "unrecognized_keys":
      return t("generic.unknownFields", { count: issue.keys.length, fields: issue.keys.join(", ") });
    default:
      return t("generic.invalid");
  }
}

/** Does `t` speak English? Then every message is already right as zod has it. */
function english(t: ValidationTranslator): boolean {
  return t("form.correctFields") === englishValidation("form.correctFields");
}

/**
 * One issue's message for a person. With `t`, in t's language: a schema's message (./messages.ts)
 * by its key, any other (zod's own, the engine's English ones) by a general message for its kind.
 * Without `t`, or with an English one, the message exactly as zod has it: what the HTTP API
 * answers, and the English the app has always shown.
 */
export function issueMessage(issue: Issue, t?: ValidationTranslator): string {
  if (!t || english(t)) return issue.message;
  const known = messageKey(issue.message);
  if (known) return t(known.key, known.values);
  // Not from the catalogue (zod's own, or the engine's contract wording, which is English by
  // spec): a general message in the user's language beats a precise one in English.
  return generic(issue, t);
}

/** zod issues keyed by dotted field path ("profile.competitors"); form-wide ones under "_form". Pass `t` to have them in the user's language. */
export function fieldErrors(error: z.ZodError, t?: ValidationTranslator): FieldErrors {
  // A Map, not `{}`: a field path "constructor" or "__proto__" would find Object's own members.
  const out = new Map<string, string[]>();
  const translate = t && !english(t) ? t : undefined;
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    out.set(key, [...(out.get(key) ?? []), issueMessage(issue, translate)]);
  }
  return Object.fromEntries(out);
}
