"use server";

// Sign-up and sign-in as form actions: the browser POSTs the form (before hydration too),
// the session cookie is set on the response, and the redirect goes to a same-site path.
// Nothing typed ever reaches a URL. Messages are in the request's language; signing in
// (or up) then makes the account's saved language, if it has one, this browser's.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedAction, type ActionState } from "@/lib/actions/safe-action";
import { registerUser } from "@/lib/auth/sign-up";
import { authorizeWithPassword, SIGN_IN_FAILED } from "@/lib/auth/options";
import { TooManySignInAttempts, retryMinutes } from "@/lib/auth/sign-in-limits";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { startSession } from "@/lib/auth/session-cookie";
import { applySavedLocale } from "@/lib/auth/saved-locale";
import { findUserForSignIn } from "@/lib/data/users";
import { requestLocale, translator } from "@/lib/i18n/server";
import { signInFormSchema, signUpFormSchema } from "@/lib/validations/auth";
import { clientAddress } from "@/lib/rate-limit";

export const signUpAction = validatedAction(signUpFormSchema, async ({ callbackUrl, ...data }): Promise<ActionState> => {
  const locale = await requestLocale();
  const t = await translator("auth", locale);
  const result = await registerUser(data, clientAddress(await headers()), t, locale);
  if (!result.ok) return { message: t("errors.correctFields"), ...result };
  const user = await findUserForSignIn(data.email);
  if (!user) return { ok: false, message: t("errors.signedUpNotSignedIn") };
  await startSession({ id: user.id, email: user.email, name: user.name });
  await applySavedLocale(user.id);
  redirect(safeCallbackUrl(callbackUrl));
});

export const signInAction = validatedAction(signInFormSchema, async ({ callbackUrl, ...credentials }): Promise<ActionState> => {
  const h = await headers();
  let user;
  try {
    // The same check as next-auth's credentials provider: rate limits, one message for both failures.
    user = await authorizeWithPassword(credentials, Object.fromEntries(h.entries()));
  } catch (e) {
    const t = await translator("auth");
    if (e instanceof TooManySignInAttempts) return { ok: false, message: t("errors.tooManyAttempts", { minutes: retryMinutes(e.retryAfterSeconds) }) };
    if (e instanceof Error && e.message === SIGN_IN_FAILED) return { ok: false, message: t("errors.signInFailed") };
    // Not the user's doing (the database or the rate-limit store): say so, and keep the details in the log.
    console.error(e);
    return { ok: false, message: t("errors.signInUnavailable") };
  }
  if (!user) return { ok: false, message: (await translator("auth"))("errors.signInFailed") };
  await startSession(user);
  await applySavedLocale(user.id);
  redirect(safeCallbackUrl(callbackUrl));
});
