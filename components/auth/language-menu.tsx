"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";

/**
 * The language menu signed-out visitors see. A real form: without JavaScript the browser
 * POSTs it and the action answers with a redirect back to `returnTo` in the new language.
 * It changes only on its button (a change of page on merely moving through the options
 * would disorient keyboard and screen-reader users). Each language is named in itself.
 */
export function LanguageMenu({ returnTo, className }: { returnTo: string; className?: string }) {
  const t = useTranslations("shell.languageMenu");
  const locale = useLocale();
  const id = useId();
  const [, formAction, pending] = useActionState(setLocaleAction, {});
  return (
    <form action={formAction} className={cn("flex flex-wrap items-center justify-center gap-2 text-sm", className)}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor={id} className="flex items-center gap-1.5 text-stone-700 dark:text-stone-300">
        <Languages className="size-4" aria-hidden="true" />
        {t("label")}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={locale}
        className="h-8 rounded-lg border border-stone-300 bg-white px-2 text-sm text-stone-900 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
