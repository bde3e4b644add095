// Registration: rate-limited per client address, validated upstream by signUpSchema.
import "server-only";
import type { ActionState } from "@/lib/actions/safe-action";
import { createUserWithDefaults, EmailTakenError } from "@/lib/data/users";
import type { SignUpInput } from "@/lib/validations/auth";
import { consume } from "@/lib/rate-limit";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { englishTranslator } from "@/lib/i18n/server";
import { retryMinutes } from "./sign-in-limits";

/** `t` for the auth messages: the request's language from the sign-up form, English elsewhere. */
type AuthTranslator = ReturnType<typeof englishTranslator<"auth">>;

/** `locale` names the new account's default profile and templates (the request's language). */
export async function registerUser(
  data: SignUpInput,
  address: string,
  t: AuthTranslator = englishTranslator("auth"),
  locale: Locale = DEFAULT_LOCALE,
): Promise<ActionState> {
  const limit = await consume("signUpAddress", address);
  if (!limit.ok) return { ok: false, message: t("errors.tooManySignUps", { minutes: retryMinutes(limit.retryAfterSeconds) }) };
  try {
    await createUserWithDefaults({ ...data, locale });
  } catch (e) {
    if (e instanceof EmailTakenError) return { ok: false, errors: { email: [t("errors.emailTaken")] } };
    throw e;
  }
  return { ok: true };
}
