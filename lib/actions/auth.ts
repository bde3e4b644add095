"use server";

// Sign-up and sign-in as form actions: the browser POSTs the form (before hydration too),
// the session cookie is set on the response, and the redirect goes to a same-site path.
// Nothing typed ever reaches a URL.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedAction, type ActionState } from "@/lib/actions/safe-action";

const CORRECT_FIELDS = "Please correct the fields marked below.";
import { registerUser } from "@/lib/auth/sign-up";
import { authorizeWithPassword, SIGN_IN_FAILED } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { startSession } from "@/lib/auth/session-cookie";
import { findUserForSignIn } from "@/lib/data/users";
import { signInFormSchema, signUpFormSchema } from "@/lib/validations/auth";
import { clientAddress } from "@/lib/rate-limit";

export const signUpAction = validatedAction(signUpFormSchema, async ({ callbackUrl, ...data }): Promise<ActionState> => {
  const result = await registerUser(data, clientAddress(await headers()));
  if (!result.ok) return { message: CORRECT_FIELDS, ...result };
  const user = await findUserForSignIn(data.email);
  if (!user) return { ok: false, message: "Your account is ready, but signing in failed. Please sign in." };
  await startSession({ id: user.id, email: user.email, name: user.name });
  redirect(safeCallbackUrl(callbackUrl));
});

export const signInAction = validatedAction(signInFormSchema, async ({ callbackUrl, ...credentials }): Promise<ActionState> => {
  const h = await headers();
  let user;
  try {
    // The same check as next-auth's credentials provider: rate limits, one message for both failures.
    user = await authorizeWithPassword(credentials, Object.fromEntries(h.entries()));
  } catch (e) {
    return { ok: false, message: e instanceof Error && e.message ? e.message : SIGN_IN_FAILED };
  }
  if (!user) return { ok: false, message: SIGN_IN_FAILED };
  await startSession(user);
  redirect(safeCallbackUrl(callbackUrl));
});
