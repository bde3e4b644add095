// The one wrapper every server action goes through: the user comes from the session
// (never from the submitted data), input is validated with zod, and the result is a
// typed state for useActionState with per-field errors and the values to keep.
import "server-only";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";

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

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue; nothing you typed was saved.";

function keptValues(raw: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (SECRET_FIELD.test(k)) continue;
    if (typeof v === "string") out[k] = v.slice(0, 20_000);
    else if (Array.isArray(v)) out[k] = v.slice(0, 500).map((x) => String(x).slice(0, 1000));
  }
  return out;
}

function invalid<D>(error: z.ZodError, raw: Record<string, unknown>): ActionState<D> {
  return { ok: false, errors: fieldErrors(error), values: keptValues(raw), message: "Please correct the fields marked below." };
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
    if (!user) return { ok: false, message: SIGNED_OUT_MESSAGE, values: keptValues(raw) };
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
    if (!user) return { ok: false, message: SIGNED_OUT_MESSAGE };
    // A lone surrogate would crash the database driver: see lib/validations/text.ts.
    const parsed = schema.safeParse(wellFormed(input));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      const first = Object.entries(errors)[0];
      return { ok: false, errors, message: first ? `${first[0] === "_form" ? "" : `${first[0]}: `}${first[1][0]}` : "Invalid input." };
    }
    return action(parsed.data, user);
  };
}
