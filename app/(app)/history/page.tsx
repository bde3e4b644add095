import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { DecisionList } from "@/components/history/decision-list";
import { ExportLinks } from "@/components/history/export-links";
import { HistoryFilters } from "@/components/history/filters";
import { HistoryTabs } from "@/components/history/history-tabs";
import { Pagination } from "@/components/history/pagination";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, listDecisionSummaries, type DecisionPage, type DecisionSummary } from "@/lib/data/decisions";
import { filterQuery, parseDecisionFilter, type DecisionFilter } from "@/lib/validations/decision";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The header and tabs go out at once; the list (the one part that waits on a query of
// the history) streams in behind its skeleton. The user and the due count are the
// layout's, read once per request (React cache in lib/auth/session.ts and lib/data).
export default async function HistoryPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filter, errors } = parseDecisionFilter(params, await getTranslations("validation"));
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const query = filterQuery(filter, { cursor: one("cursor"), before: one("before") });
  const user = await requireUser(`/history${query}`);
  const page = listDecisionSummaries(user.id, filter, { cursor: one("cursor"), before: one("before") });
  const state = { filter, page, filtered: Object.keys(filter).length > 0 };
  const t = await getTranslations("history.list");

  return (
    <ClientMessages namespaces={["common", "history.delete", "history.filters", "validation"]}>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Suspense fallback={null}>
            <HistoryExports {...state} />
          </Suspense>
        }
      />
      <HistoryTabs current="/history" due={await countDueRevisits(user.id)} />
      <Suspense fallback={<ResultsSkeleton label={t("loading")} />}>
        <HistoryResults {...state} formKey={JSON.stringify(params)} errors={errors} />
      </Suspense>
    </ClientMessages>
  );
}

type State = { filter: DecisionFilter; page: Promise<DecisionPage<DecisionSummary>>; filtered: boolean };

const isNothingYet = (s: State, page: DecisionPage<DecisionSummary>) => !s.filtered && !page.prevCursor && page.items.length === 0;

async function HistoryExports(s: State) {
  return isNothingYet(s, await s.page) ? null : <ExportLinks filter={s.filter} />;
}

async function HistoryResults(s: State & { formKey: string; errors: ReturnType<typeof parseDecisionFilter>["errors"] }) {
  const [page, t] = await Promise.all([s.page, getTranslations("history.list")]);
  if (isNothingYet(s, page)) {
    return (
      <EmptyState title={t("firstTitle")} action={<ButtonLink href="/triage">{t("firstAction")}</ButtonLink>}>
        {t("firstBody")}
      </EmptyState>
    );
  }
  return (
    <>
      {/* Keyed by the whole query, so the form (and any error) resets on back and forward. */}
      <HistoryFilters key={s.formKey} filter={s.filter} errors={s.errors} />
      <div aria-live="polite" className="sr-only">
        {page.items.length ? t("showing", { count: page.items.length }) : t("noneMatch")}
      </div>
      {page.items.length ? (
        <DecisionList items={page.items} />
      ) : (
        <EmptyState
          title={s.filtered ? t("noMatchTitle") : t("emptyPageTitle")}
          action={<ButtonLink href="/history" variant="secondary">{s.filtered ? t("noMatchAction") : t("emptyPageAction")}</ButtonLink>}
        >
          {s.filtered ? t("noMatchBody") : t("emptyPageBody")}
        </EmptyState>
      )}
      <Pagination filter={s.filter} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
    </>
  );
}

function ResultsSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label}>
      <Skeleton className="h-24 w-full" />
      <div className="mt-6 space-y-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
    </div>
  );
}
