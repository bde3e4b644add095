// At sign-in, by password or OAuth: the account's chosen language (Settings) becomes this
// browser's, so it follows the user to a new device. None chosen: the cookie stays as it is.
import "server-only";
import { savedLocale } from "@/lib/data/users";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

export async function applySavedLocale(userId: string): Promise<void> {
  const locale = await savedLocale(userId);
  if (locale) await setLocaleCookie(locale);
}
