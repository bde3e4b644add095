"use server";

// The language menu of signed-out visitors (landing, sign-in, sign-up): remembers the
// choice in this browser's `locale` cookie and goes back to the page, now in that language.
// A plain form POST works without JavaScript. It touches no account: a signed-in user's
// choice is kept by Settings.
import { redirect } from "next/navigation";
import { validatedAction, type ActionState } from "@/lib/actions/safe-action";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { localeFormSchema } from "@/lib/validations/locale";

export const setLocaleAction = validatedAction(localeFormSchema, async ({ locale, returnTo }): Promise<ActionState> => {
  await setLocaleCookie(locale);
  redirect(returnTo);
});
