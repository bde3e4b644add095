// Translations for server code that is not a React component: server actions' messages,
// route handlers, metadata. Works wherever next/headers does (a request, a server action,
// the integration tests' request context), and needs nothing of next-intl's plugin.
import "server-only";
import { createTranslator } from "use-intl/core";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import { en, type Namespace } from "@/lib/i18n/en";
import { loadMessages } from "@/lib/i18n/messages";

/** This request's language: the `locale` cookie (the user's choice), else Accept-Language. */
export async function requestLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

/** `t` for one namespace in this request's language. */
export async function translator<N extends Namespace>(namespace: N, locale?: Locale) {
  const lang = locale ?? (await requestLocale());
  return createTranslator({ locale: lang, messages: await loadMessages(lang), namespace, timeZone: "UTC" });
}

/** `t` in English, for the HTTP API and the command line (their contract is English). */
export function englishTranslator<N extends Namespace>(namespace: N) {
  return createTranslator({ locale: DEFAULT_LOCALE, messages: en, namespace, timeZone: "UTC" });
}
