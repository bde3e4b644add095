import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { displayName, platformName } from "@/components/history/names";
import { historyFormat } from "@/components/history/format";
import { HistoryTabs } from "@/components/history/history-tabs";
import { RevisitCard } from "@/components/history/revisit-card";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, listDueRevisits, nextRevisit } from "@/lib/data/decisions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.revisit");
  return { title: t("title") };
}

export default async function RevisitPage() {
  const user = await requireUser("/history/revisit");
  const now = new Date();
  const [due, dueCount, next, t, tc, locale] = await Promise.all([
    listDueRevisits(user.id, now),
    countDueRevisits(user.id, now),
    nextRevisit(user.id, now),
    getTranslations("history"),
    getTranslations("common"),
    getLocale(),
  ]);
  const unnamed = t("decisionList.unnamed");

  return (
    <ClientMessages namespaces={["common", "history.revisitCard", "history.statusForm", "ui.copyButton", "validation"]}>
      <PageHeader title={t("revisit.title")} description={t("revisit.description")} />
      <HistoryTabs current="/history/revisit" due={dueCount} />
      {due.length ? (
        <>
        {dueCount > due.length ? (
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
            {t("revisit.showingOldest", { shown: due.length, total: dueCount })}
          </p>
        ) : null}
        <ul className="grid gap-3 md:grid-cols-2" aria-label={t("revisit.listLabel")}>
          {due.map((d) => (
            <RevisitCard
              key={d.id}
              item={{
                id: d.id,
                name: displayName(d, unnamed),
                headline: d.parsedHeadline,
                platform: platformName(d.platform, tc),
                verdict: d.verdict,
                note: d.parsedNote,
                createdAt: d.createdAt,
                revisitAt: d.revisitAt,
                status: d.status,
                draftText: d.draftText,
                sentText: d.sentText,
              }}
            />
          ))}
        </ul>
        </>
      ) : (
        <EmptyState
          title={t("revisit.emptyTitle")}
          action={
            next ? (
              <ButtonLink href="/history?status=held" variant="secondary">
                {t("revisit.seeHeld")}
              </ButtonLink>
            ) : (
              <ButtonLink href="/triage" variant="secondary">
                {t("revisit.triage")}
              </ButtonLink>
            )
          }
        >
          {next?.revisitAt ? t("revisit.nextOn", { date: historyFormat(locale).day(next.revisitAt) }) : t("revisit.emptyBody")}
        </EmptyState>
      )}
    </ClientMessages>
  );
}
