// The language menu signed-out visitors see on the landing, sign-in and sign-up pages:
// the language chosen, and the page to go back to (that page, never anywhere else).
import "@/lib/zod-browser";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** The pages that show the menu; the menu goes back to one of them. */
export const LANGUAGE_MENU_PAGES = ["/", "/sign-in", "/sign-up"] as const;
export type LanguageMenuPage = (typeof LANGUAGE_MENU_PAGES)[number];

const DEFAULT_DESTINATION = "/triage";

/** The address of a menu page, keeping where sign-in or sign-up leads next (when not the default). */
export function languageMenuPath(page: LanguageMenuPage, callbackUrl?: string): string {
  const next = page === "/" ? DEFAULT_DESTINATION : safeCallbackUrl(callbackUrl, DEFAULT_DESTINATION);
  return next === DEFAULT_DESTINATION ? page : `${page}?${new URLSearchParams({ callbackUrl: next })}`;
}

/**
 * Where the menu goes back to: the menu page the form names, with its sign-in destination
 * checked again (same-site paths, no credentials); anything else goes to the landing page.
 */
export function languageMenuReturn(value: string | undefined): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, "http://local.invalid");
  } catch {
    return "/";
  }
  const page = LANGUAGE_MENU_PAGES.find((p) => p === url.pathname);
  if (url.origin !== "http://local.invalid" || !page) return "/";
  return languageMenuPath(page, url.searchParams.get("callbackUrl") ?? undefined);
}

export const localeFormSchema = z.object({
  locale: z.enum(LOCALES),
  returnTo: z.string().max(2000).optional().transform(languageMenuReturn),
});
export type LocaleForm = z.output<typeof localeFormSchema>;
