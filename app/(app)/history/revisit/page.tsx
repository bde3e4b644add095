import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { displayName, platformName } from "@/components/history/decision-list";
import { formatDay } from "@/components/history/format";
import { HistoryTabs } from "@/components/history/history-tabs";
import { RevisitCard } from "@/components/history/revisit-card";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, listDueRevisits, nextRevisit } from "@/lib/data/decisions";

export const metadata: Metadata = { title: "Revisit" };

export default async function RevisitPage() {
  const user = await requireUser("/history/revisit");
  const now = new Date();
  const [due, dueCount, next] = await Promise.all([listDueRevisits(user.id, now), countDueRevisits(user.id, now), nextRevisit(user.id, now)]);

  return (
    <>
      <PageHeader title="Revisit" description="Requests you held, now that their day has come: accept, decline, or hold them again." />
      <HistoryTabs current="/history/revisit" due={dueCount} />
      {due.length ? (
        <>
        {dueCount > due.length ? (
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
            Showing the {due.length} longest overdue of {dueCount.toLocaleString("en")}; the rest appear as you deal with these.
          </p>
        ) : null}
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Due to revisit">
          {due.map((d) => (
            <RevisitCard
              key={d.id}
              item={{
                id: d.id,
                name: displayName(d),
                headline: d.parsedHeadline,
                platform: platformName(d.platform),
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
          title="Nothing to revisit today"
          action={
            next ? (
              <ButtonLink href="/history?status=held" variant="secondary">
                See every held request
              </ButtonLink>
            ) : (
              <ButtonLink href="/triage" variant="secondary">
                Triage a request
              </ButtonLink>
            )
          }
        >
          {next?.revisitAt
            ? `The next held request comes back on ${formatDay(next.revisitAt)}.`
            : "When a verdict says observe, hold the request with a date: it comes back here on that day."}
        </EmptyState>
      )}
    </>
  );
}
