// The one wrapper every server action goes through: the user comes from the session
// (never from the submitted data), input is validated with zod, and the result is a
// typed state for useActionState with per-field errors and the values to keep.
import "server-only";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";

import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { wellFormed, wellFormedText } from "@/lib/validations/text";

export { fieldErrors, type FieldErrors };

export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  /** What the user typed, echoed back so a failed submit loses nothing (never passwords). */
  values?: Record<string, string>;
};

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue; nothing you typed was saved.";

/** FormData to a plain object: repeated keys and keys ending in [] become arrays; text made well-formed (lib/validations/text.ts). */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const values = formData.getAll(key).map((v) => wellFormedText(typeof v === "string" ? v : v.name));
    const name = wellFormedText(key);
    const value = name.endsWith("[]") ? values : values.length > 1 ? values : values[0];
    // defineProperty: a field named "__proto__[]" must stay a field, not become the object's prototype.
    Object.defineProperty(out, name.endsWith("[]") ? name.slice(0, -2) : name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function keptValues(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (/password/i.test(k)) continue;
    if (typeof v === "string") out[k] = v.slice(0, 20_000);
  }
  return out;
}

function invalid(error: z.ZodError, raw: Record<string, unknown>): ActionState {
  return { ok: false, errors: fieldErrors(error), values: keptValues(raw), message: "Please correct the fields marked below." };
}

/** A form action for signed-out visitors (sign-up). */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  action: (data: z.output<S>, formData: FormData) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const raw = formDataToObject(formData);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, raw);
    const result = await action(parsed.data, formData);
    return result.ok ? result : { values: keptValues(raw), ...result };
  };
}

/** A form action for the signed-in user. */
export function validatedActionWithUser<S extends z.ZodType>(
  schema: S,
  action: (data: z.output<S>, user: SessionUser, formData: FormData) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
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
