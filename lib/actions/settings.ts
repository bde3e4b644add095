"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/safe-action";
import { tooManyAttempts } from "@/lib/auth/options";
import { endSession } from "@/lib/auth/session-cookie";
import { changePassword, deleteUser, setUserLocale, updateUser } from "@/lib/data/users";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { translator } from "@/lib/i18n/server";
import { consume, isLimited, resetLimit } from "@/lib/rate-limit";
import {
  accountSettingsSchema,
  deleteAccountInputSchema,
  deleteAccountSchema,
  languageSettingsSchema,
  passwordChangeSchema,
} from "@/lib/validations/settings";
import { fieldErrors } from "@/lib/validations/errors";

export const updateAccountAction = validatedActionWithUser(accountSettingsSchema, async (data, user) => {
  await updateUser(user.id, data);
  // The name shows in the account menu of every page.
  revalidatePath("/", "layout");
  const t = await translator("settings");
  return { ok: true, message: t("actions.accountSaved") };
});

/**
 * The interface language: kept on the account (sign-in copies it into the cookie on any
 * device) and in this browser's cookie; null forgets both, and Accept-Language decides.
 * Every page re-renders in the new language, with or without JavaScript.
 */
export const updateLanguageAction = validatedActionWithUser(languageSettingsSchema, async ({ locale }, user) => {
  await setUserLocale(user.id, locale);
  await setLocaleCookie(locale);
  revalidatePath("/", "layout");
  // Said in the language the pages are about to speak.
  const t = await translator("settings", locale ?? localeFromAcceptLanguage((await headers()).get("accept-language")));
  return { ok: true, message: t("actions.languageSaved") };
});

export const changePasswordAction = validatedActionWithUser(passwordChangeSchema, async (data, user) => {
  // Guessing the current password from a borrowed session counts against the same
  // budget as failed sign-ins for this email.
  const limited = await isLimited("signInEmail", user.email);
  if (!limited.ok) return { ok: false, message: tooManyAttempts(limited.retryAfterSeconds) };
  const result = await changePassword(user.id, data.currentPassword || undefined, data.newPassword);
  const t = await translator("settings");
  if (result === "current-required") {
    const required = t("actions.currentPasswordRequired");
    return { ok: false, errors: { currentPassword: [required] }, message: required };
  }
  if (result === "current-wrong") {
    await consume("signInEmail", user.email);
    return { ok: false, errors: { currentPassword: [t("actions.currentPasswordWrong")] }, message: t("actions.passwordNotChanged") };
  }
  await resetLimit("signInEmail", user.email);
  return { ok: true, message: t("actions.passwordChanged") };
});

/** Deletes the account and everything in it, ends the session and leaves for the home page. */
export const deleteAccountAction = validatedActionWithUser(deleteAccountInputSchema, async (data, user) => {
  const confirmed = deleteAccountSchema(user.email).safeParse(data);
  if (!confirmed.success) return { ok: false, errors: fieldErrors(confirmed.error, await translator("validation")), message: (await translator("settings"))("actions.accountNotDeleted") };
  await deleteUser(user.id);
  await endSession();
  redirect("/");
});
