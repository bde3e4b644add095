// The interface languages, the cookie that remembers the choice, and how a first visit's
// Accept-Language header picks one. Shared by the request config, Settings and tests.
import { match } from "@formatjs/intl-localematcher";
import { LANGUAGES, type Language } from "@/lib/triage/constants";

/** The app speaks the languages the engine writes drafts in. */
export const LOCALES = LANGUAGES;
export type Locale = Language;
export const DEFAULT_LOCALE: Locale = "en";
/** Set by Settings and at sign-in from the account's choice; absent, Accept-Language decides. */
export const LOCALE_COOKIE = "locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  de: "Deutsch",
  fr: "Français",
  pt: "Português",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The tags of an Accept-Language header, most wanted first ("de-CH,de;q=0.9,en;q=0.5"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 30)
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((l) => l.tag && l.tag !== "*" && l.quality > 0 && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(l.tag))
    .sort((a, b) => b.quality - a.quality || a.i - b.i)
    .map((l) => l.tag);
}

/** The best of our locales for an Accept-Language header (pt-BR and pt-PT both give pt). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const wanted = acceptedLanguages(header);
  if (!wanted.length) return DEFAULT_LOCALE;
  try {
    const found = match(wanted, LOCALES as unknown as string[], DEFAULT_LOCALE, { algorithm: "best fit" });
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // a tag Intl rejects
  }
}

/** The cookie first (the user's choice), else the browser's languages. */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}
