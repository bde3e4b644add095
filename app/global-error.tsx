"use client";

// Replaces the root layout when it fails, so it carries its own <html> and styles, and its
// own words: next-intl's provider lives in that layout. The language is this browser's
// (the `locale` cookie, else its languages); the server's render, which cannot see either,
// is English until the page hydrates.
import { useSyncExternalStore } from "react";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/shell.json";
import es from "@/lib/i18n/messages/es/shell.json";
import de from "@/lib/i18n/messages/de/shell.json";
import fr from "@/lib/i18n/messages/fr/shell.json";
import pt from "@/lib/i18n/messages/pt/shell.json";
import "./globals.css";

const SHELL: Record<Locale, typeof en> = { en, es, de, fr, pt };

function browserLocale(): Locale {
  const cookie = document.cookie
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, navigator.languages.join(","));
}

const noSubscription = () => () => {};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => DEFAULT_LOCALE);
  const t = createTranslator({ locale, messages: { shell: SHELL[locale] }, namespace: "shell.globalError" });
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
        <title>{t("title")}</title>
        <h1 className="text-2xl font-semibold text-balance">{t("title")}</h1>
        <p className="max-w-md text-stone-600">{t("body")}</p>
        <button onClick={() => reset()} className="rounded-lg bg-brand-600 px-4 py-2 text-white">
          {t("retry")}
        </button>
      </body>
    </html>
  );
}
