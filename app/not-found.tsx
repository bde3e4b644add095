import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/layout/logo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.notFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("shell.notFound");
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo />
      <main>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
        <h1 className="mt-2 text-2xl font-semibold text-balance">{t("title")}</h1>
        <p className="mt-2 max-w-md text-stone-600 dark:text-stone-400">{t("body")}</p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <ButtonLink href="/triage">{t("goToTriage")}</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </div>
      </main>
    </div>
  );
}
