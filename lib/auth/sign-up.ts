// Registration: rate-limited per client address, validated upstream by signUpSchema.
import "server-only";
import type { ActionState } from "@/lib/actions/safe-action";
import { createUserWithDefaults, EmailTakenError } from "@/lib/data/users";
import type { SignUpInput } from "@/lib/validations/auth";
import { consume } from "@/lib/rate-limit";
import { englishTranslator } from "@/lib/i18n/server";
import { retryMinutes } from "./sign-in-limits";

/** `t` for the auth messages: the request's language from the sign-up form, English elsewhere. */
type AuthTranslator = ReturnType<typeof englishTranslator<"auth">>;

export async function registerUser(data: SignUpInput, address: string, t: AuthTranslator = englishTranslator("auth")): Promise<ActionState> {
  const limit = await consume("signUpAddress", address);
  if (!limit.ok) return { ok: false, message: t("errors.tooManySignUps", { minutes: retryMinutes(limit.retryAfterSeconds) }) };
  try {
    await createUserWithDefaults(data);
  } catch (e) {
    if (e instanceof EmailTakenError) return { ok: false, errors: { email: [t("errors.emailTaken")] } };
    throw e;
  }
  return { ok: true };
}
