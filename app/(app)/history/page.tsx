import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DecisionList } from "@/components/history/decision-list";
import { ExportLinks } from "@/components/history/export-links";
import { HistoryFilters } from "@/components/history/filters";
import { HistoryTabs } from "@/components/history/history-tabs";
import { Pagination } from "@/components/history/pagination";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, listDecisions } from "@/lib/data/decisions";
import { filterQuery, parseDecisionFilter } from "@/lib/validations/decision";

export const metadata: Metadata = { title: "History" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filter, errors } = parseDecisionFilter(params);
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const query = filterQuery(filter, { cursor: one("cursor"), before: one("before") });
  const user = await requireUser(`/history${query}`);
  const [page, due] = await Promise.all([
    listDecisions(user.id, filter, { cursor: one("cursor"), before: one("before") }),
    countDueRevisits(user.id),
  ]);
  const filtered = Object.keys(filter).length > 0;
  const firstPage = !page.prevCursor;
  const nothingYet = !filtered && firstPage && page.items.length === 0;

  return (
    <>
      <PageHeader
        title="History"
        description="Every request you have triaged, newest first: search it, filter it, export it."
        actions={nothingYet ? undefined : <ExportLinks filter={filter} />}
      />
      <HistoryTabs current="/history" due={due} />
      {nothingYet ? (
        <EmptyState title="Triage your first request" action={<ButtonLink href="/triage">Triage a request</ButtonLink>}>
          Paste a connection request on the Triage page. Each verdict, its reasons and the reply you send are kept here, so you can
          look back, export them, and revisit the people you held.
        </EmptyState>
      ) : (
        <>
          {/* Keyed by the whole query, so the form (and any error) resets on back and forward. */}
          <HistoryFilters key={JSON.stringify(params)} filter={filter} errors={errors} />
          <div aria-live="polite" className="sr-only">
            {page.items.length ? `Showing ${page.items.length} decisions.` : "No decisions match."}
          </div>
          {page.items.length ? (
            <DecisionList items={page.items} />
          ) : (
            <EmptyState
              title={filtered ? "No decisions match" : "Nothing on this page"}
              action={<ButtonLink href="/history" variant="secondary">{filtered ? "Clear the search and filters" : "Back to the newest"}</ButtonLink>}
            >
              {filtered ? "Try fewer filters, another spelling, or a wider date range." : "The decisions that were here have been deleted."}
            </EmptyState>
          )}
          <Pagination filter={filter} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
        </>
      )}
    </>
  );
}
