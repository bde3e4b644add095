"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("shell.error");
  const common = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-md text-stone-600 dark:text-stone-400">{t("body")}</p>
      {error.digest ? <p className="text-xs text-stone-500">{t("reference", { digest: error.digest })}</p> : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button onClick={() => reset()}>{common("actions.retry")}</Button>
        <ButtonLink href="/triage" variant="secondary">
          {t("goToTriage")}
        </ButtonLink>
      </div>
    </main>
  );
}
