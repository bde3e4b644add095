// The cookie that carries the interface language from one request to the next: written by
// Settings (the signed-in user's choice, also kept on the account), by the language menu
// signed-out visitors see, and at sign-in from the account's saved choice.
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "@/lib/i18n/config";

/** Remember `locale` in this browser; null forgets it (Accept-Language decides again). */
export async function setLocaleCookie(locale: Locale | null): Promise<void> {
  const store = await cookies();
  if (locale === null) {
    store.delete(LOCALE_COOKIE);
    return;
  }
  // Not httpOnly: nothing secret, and it only names a language. SameSite=Lax like the session.
  store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false });
}
