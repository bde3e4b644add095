import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Check, Clock, EyeOff, HeartHandshake, ListChecks, MessageSquareQuote, ShieldCheck, X } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { LanguageMenu } from "@/components/auth/language-menu";
import { currentUser } from "@/lib/auth/session";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";

// The landing page's wording is in lib/i18n/messages/*/landing.json; the verdicts' names are the shared ones.
const VERDICTS = [
  { key: "ignore", icon: EyeOff, tone: "text-stone-600 dark:text-stone-300" },
  { key: "decline", icon: X, tone: "text-rose-700 dark:text-rose-300" },
  { key: "observe", icon: Clock, tone: "text-sky-700 dark:text-sky-300" },
  { key: "accept", icon: Check, tone: "text-brand-700 dark:text-brand-300" },
] as const;

const STEPS = [
  { key: "criteria", icon: ListChecks },
  { key: "paste", icon: MessageSquareQuote },
  { key: "decline", icon: HeartHandshake },
] as const;

export default async function LandingPage() {
  const [user, cookieStore, t, common] = await Promise.all([
    currentUser(),
    cookies(),
    getTranslations("landing"),
    getTranslations("common"),
  ]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Logo />
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center justify-end gap-2">
          <ThemeToggle initial={theme} />
          {user ? (
            <ButtonLink href="/triage" size="sm">
              {t("nav.openApp")}
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                {t("nav.signIn")}
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                {t("nav.getStarted")}
              </ButtonLink>
            </>
          )}
        </nav>
      </header>

      <main className="flex-1">
        <section className="mx-auto max-w-6xl px-4 pt-10 pb-16 sm:px-6 sm:pt-20">
          <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{t("hero.eyebrow")}</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("hero.title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-stone-700 dark:text-stone-300">{t("hero.body")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href={user ? "/triage" : "/sign-up"} size="lg">
              {user ? t("hero.triage") : t("hero.createAccount")}
            </ButtonLink>
            {!user ? (
              <ButtonLink href="/sign-in" variant="secondary" size="lg">
                {t("hero.haveAccount")}
              </ButtonLink>
            ) : null}
          </div>
        </section>

        <section aria-labelledby="verdicts" className="border-y border-stone-200 bg-white py-14 dark:border-stone-800 dark:bg-stone-900">
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <h2 id="verdicts" className="text-2xl font-semibold tracking-tight">
              {t("verdicts.title")}
            </h2>
            <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {VERDICTS.map((v) => (
                <li key={v.key} className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
                  <v.icon className={`size-6 ${v.tone}`} aria-hidden="true" />
                  <h3 className="mt-3 font-semibold">{common(`verdict.${v.key}`)}</h3>
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{t(`verdicts.${v.key}`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="how" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="how" className="text-2xl font-semibold tracking-tight">
            {t("how.title")}
          </h2>
          <ol className="mt-8 grid gap-8 lg:grid-cols-3">
            {STEPS.map((s, i) => (
              <li key={s.key}>
                <div className="flex items-center gap-3">
                  <span className="flex size-9 items-center justify-center rounded-full bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-100">
                    <s.icon className="size-5" aria-hidden="true" />
                  </span>
                  <h3 className="font-semibold">{t("how.step", { number: i + 1, title: t(`how.${s.key}.title`) })}</h3>
                </div>
                <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">{t(`how.${s.key}.text`)}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="example" className="mx-auto max-w-6xl px-4 pb-20 sm:px-6">
          <div className="grid items-start gap-8 rounded-2xl bg-brand-900 p-6 text-brand-50 sm:p-10 lg:grid-cols-2">
            <div>
              <h2 id="example" className="text-2xl font-semibold tracking-tight">
                {t("example.title")}
              </h2>
              <p className="mt-3 text-brand-100">{t("example.body")}</p>
              <p className="mt-4 flex items-center gap-2 text-sm text-brand-200">
                <ShieldCheck className="size-4" aria-hidden="true" /> {t("example.privacy")}
              </p>
            </div>
            <blockquote className="rounded-xl bg-white p-5 text-sm leading-relaxed text-stone-800 shadow-lg">
              <p>{t("example.greeting")}</p>
              <p className="mt-2">{t("example.reason")}</p>
              <p className="mt-2">{t("example.closing")}</p>
            </blockquote>
          </div>
        </section>
      </main>

      <footer className="border-t border-stone-200 px-4 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        {user ? null : <LanguageMenu returnTo="/" className="mb-4" />}
        <p>{t("footer")}</p>
      </footer>
    </div>
  );
}
