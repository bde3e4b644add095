// The schemas' messages are keys of the `validation` catalogue (lib/i18n/messages/*/validation.json).
// `vm("profile.nameRequired")` gives zod the English wording, so what zod reports, what the
// HTTP API answers (its contract is English) and what the tests read stay exactly as they
// were; each wording is remembered with its key and values, so `fieldErrors(error, t)`
// (./errors.ts) says it again in the user's language. Works in the browser too: the forms
// run the same schemas as an instant hint.
import { createTranslator, type _Translator, type MessageKeys, type NestedKeyOf } from "use-intl/core";
import validation from "@/lib/i18n/messages/en/validation.json";
import type { Messages } from "@/lib/i18n/en";

type Catalogue = Messages["validation"];
/** A message of the `validation` namespace ("profile.nameRequired"). */
export type ValidationKey = MessageKeys<Catalogue, NestedKeyOf<Catalogue>>;
/** `t` for the `validation` namespace: `translator("validation")` on the server, `useTranslations("validation")` in a component. */
export type ValidationTranslator = _Translator<Messages, "validation">;
export type MessageValues = Record<string, string | number>;

const english = createTranslator({ locale: "en", messages: { validation }, namespace: "validation", timeZone: "UTC" });

const known = new Map<string, { key: ValidationKey; values?: MessageValues }>();
const clashes: string[] = [];

/**
 * A schema's message: the English wording of `key` (with `values`, fixed where the schema
 * is defined: `vm("shared.nameMax", { max: 60 })`), remembered for translation.
 */
export function vm(key: ValidationKey, values?: MessageValues): string {
  const text = english(key, values);
  const seen = known.get(text);
  if (!seen) known.set(text, { key, values });
  else if (seen.key !== key) clashes.push(`"${text}": ${seen.key} and ${key}`); // i18n-ignore: for tests
  return text;
}

/** A message in English, not remembered: for wordings with values that vary per call. */
export const englishValidation: ValidationTranslator = english as unknown as ValidationTranslator;

/** The key and values behind a schema's English message, if it came from `vm`. */
export function messageKey(message: string): { key: ValidationKey; values?: MessageValues } | undefined {
  return known.get(message);
}

/** For tests: every message the loaded schemas registered, and any wording two keys share. */
export function registeredMessages(): { messages: ReadonlyMap<string, { key: ValidationKey; values?: MessageValues }>; clashes: readonly string[] } {
  return { messages: known, clashes };
}
