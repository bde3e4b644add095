"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/safe-action";
import { translator } from "@/lib/i18n/server";
import { tooManyAttempts } from "@/lib/auth/options";
import { endSession } from "@/lib/auth/session-cookie";
import { changePassword, deleteUser, updateUser } from "@/lib/data/users";
import { consume, isLimited, resetLimit } from "@/lib/rate-limit";
import {
  accountSettingsSchema,
  deleteAccountInputSchema,
  deleteAccountSchema,
  passwordChangeSchema,
} from "@/lib/validations/settings";
import { fieldErrors } from "@/lib/validations/errors";

export const updateAccountAction = validatedActionWithUser(accountSettingsSchema, async (data, user) => {
  await updateUser(user.id, data);
  // The name shows in the account menu of every page.
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved your name and signature." };
});

export const changePasswordAction = validatedActionWithUser(passwordChangeSchema, async (data, user) => {
  // Guessing the current password from a borrowed session counts against the same
  // budget as failed sign-ins for this email.
  const limited = await isLimited("signInEmail", user.email);
  if (!limited.ok) return { ok: false, message: tooManyAttempts(limited.retryAfterSeconds) };
  const result = await changePassword(user.id, data.currentPassword || undefined, data.newPassword);
  const tv = await translator("validation");
  if (result === "current-required") return { ok: false, errors: { currentPassword: [tv("account.currentPasswordRequired")] }, message: tv("account.currentPasswordRequired") };
  if (result === "current-wrong") {
    await consume("signInEmail", user.email);
    return { ok: false, errors: { currentPassword: [tv("account.currentPasswordWrong")] }, message: "Your password was not changed." };
  }
  await resetLimit("signInEmail", user.email);
  return { ok: true, message: "Password changed. Use the new one next time you sign in." };
});

/** Deletes the account and everything in it, ends the session and leaves for the home page. */
export const deleteAccountAction = validatedActionWithUser(deleteAccountInputSchema, async (data, user) => {
  const confirmed = deleteAccountSchema(user.email).safeParse(data);
  if (!confirmed.success) return { ok: false, errors: fieldErrors(confirmed.error, await translator("validation")), message: "Your account was not deleted." };
  await deleteUser(user.id);
  await endSession();
  redirect("/");
});
