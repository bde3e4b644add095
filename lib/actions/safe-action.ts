// The one wrapper every server action goes through: the user comes from the session
// (never from the submitted data), input is validated with zod, and the result is a
// typed state for useActionState with per-field errors and the values to keep.
import "server-only";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { englishTranslator, translator } from "@/lib/i18n/server";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { wellFormed } from "@/lib/validations/text";
import { formDataToObject } from "@/lib/validations/form-data";

export { fieldErrors, formDataToObject, type FieldErrors };

/**
 * What a form action answers, and what its form renders (with JavaScript through
 * useActionState, without it in the page the server renders after the POST).
 */
export type ActionState<D = unknown> = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  /** What the user typed, echoed back so a failed submit loses nothing (never passwords). */
  values?: Record<string, string | string[]>;
  /** What a successful action hands to its form (an analysis, a new token). */
  data?: D;
};

/** Fields never echoed back to the page, whatever the form calls them. */
const SECRET_FIELD = /password|secret|token|confirmation/i;

/** In English; an action answers with signedOutMessage(), in the request's language. */
export const SIGNED_OUT_MESSAGE = englishTranslator("validation")("form.signedOut");

/** "Your session has ended…", in the request's language (the locale cookie, else Accept-Language). */
export async function signedOutMessage(): Promise<string> {
  return (await translator("validation"))("form.signedOut");
}

function keptValues(raw: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (SECRET_FIELD.test(k)) continue;
    if (typeof v === "string") out[k] = v.slice(0, 20_000);
    else if (Array.isArray(v)) out[k] = v.slice(0, 500).map((x) => String(x).slice(0, 1000));
  }
  return out;
}

/** The field errors and the form-wide message, in the request's language. */
async function invalid<D>(error: z.ZodError, raw: Record<string, unknown>): Promise<ActionState<D>> {
  const t = await translator("validation");
  return { ok: false, errors: fieldErrors(error, t), values: keptValues(raw), message: t("form.correctFields") };
}

/** A form action for signed-out visitors (sign-up). */
export function validatedAction<S extends z.ZodType, D = unknown>(
  schema: S,
  action: (data: z.output<S>, formData: FormData) => Promise<ActionState<D>>,
) {
  return async (_prev: ActionState<D>, formData: FormData): Promise<ActionState<D>> => {
    const raw = formDataToObject(formData);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, raw);
    const result = await action(parsed.data, formData);
    return result.ok ? result : { values: keptValues(raw), ...result };
  };
}

/** A form action for the signed-in user. */
export function validatedActionWithUser<S extends z.ZodType, D = unknown>(
  schema: S,
  action: (data: z.output<S>, user: SessionUser, formData: FormData) => Promise<ActionState<D>>,
) {
  return async (_prev: ActionState<D>, formData: FormData): Promise<ActionState<D>> => {
    const raw = formDataToObject(formData);
    const user = await currentUser();
    if (!user) return { ok: false, message: await signedOutMessage(), values: keptValues(raw) };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, raw);
    const result = await action(parsed.data, user, formData);
    return result.ok ? result : { values: keptValues(raw), ...result };
  };
}

export type ActionResult<T> = { ok: true; data: T; message?: string } | { ok: false; message: string; errors?: FieldErrors };

/** An action called with a plain object (from client code rather than a form). */
export function actionWithUser<S extends z.ZodType, T>(
  schema: S,
  action: (data: z.output<S>, user: SessionUser) => Promise<ActionResult<T>>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user) return { ok: false, message: await signedOutMessage() };
    // A lone surrogate would crash the database driver: see lib/validations/text.ts.
    const parsed = schema.safeParse(wellFormed(input));
    if (!parsed.success) {
      const t = await translator("validation");
      const errors = fieldErrors(parsed.error, t);
      const first = Object.entries(errors)[0];
      const message = !first ? t("form.invalidInput") : first[0] === "_form" ? first[1][0]! : t("form.fieldMessage", { field: first[0], message: first[1][0]! });
      return { ok: false, errors, message };
    }
    return action(parsed.data, user);
  };
}
