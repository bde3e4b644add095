import Link from "next/link";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import type { Decision, DecisionSummary } from "@/lib/data/decisions";
import { PLATFORM_NAMES, REASON_NAMES, type DecisionStatus, type Platform, type ReasonKey, type Verdict } from "@/lib/domain";
import { DeleteDecisionButton } from "./delete-decision-button";
import { formatDay } from "./format";

export const displayName = (d: Pick<Decision, "parsedName">) => d.parsedName?.trim() || "Unnamed request";
export const platformName = (p: string) => PLATFORM_NAMES[p as Platform] ?? p;
export const reasonNames = (reasons: string) =>
  reasons
    .split(",")
    .filter(Boolean)
    .map((r) => REASON_NAMES[r as ReasonKey] ?? r);

/** One card per decision: a row on wide screens, stacked on phones. */
export function DecisionList({ items }: { items: DecisionSummary[] }) {
  return (
    <ol className="space-y-2" aria-label="Decisions, newest first">
      {items.map((d) => {
        const name = displayName(d);
        const reasons = reasonNames(d.reasons);
        return (
          <li
            key={d.id}
            className="relative rounded-xl border border-stone-200 bg-white p-4 hover:border-stone-300 sm:grid sm:grid-cols-[7.5rem_1fr_auto] sm:items-center sm:gap-x-4 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-700"
          >
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={d.createdAt.toISOString()} className="sm:block">
                {formatDay(d.createdAt)}
              </time>
              <span aria-hidden="true" className="sm:hidden">
                {" · "}
              </span>
              <span className="sm:block">{platformName(d.platform)}</span>
            </p>
            <div className="mt-1 min-w-0 sm:mt-0">
              <Link
                href={`/history/${d.id}`}
                className="font-semibold break-words text-stone-900 underline-offset-4 after:absolute after:inset-0 after:rounded-xl hover:underline dark:text-stone-100"
              >
                {name}
              </Link>
              {d.parsedHeadline ? <p className="text-sm text-stone-600 sm:truncate dark:text-stone-400">{d.parsedHeadline}</p> : null}
              {reasons.length ? <p className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">{reasons.join(" · ")}</p> : null}
            </div>
            {/* Above the link's full-card hit area, so the delete button stays clickable. */}
            <div className="relative z-[1] mt-3 flex items-center justify-between gap-2 sm:mt-0 sm:justify-end">
              <div className="flex flex-wrap items-center gap-1.5">
                <VerdictBadge verdict={d.verdict as Verdict} />
                <StatusBadge status={d.status as DecisionStatus} />
                {d.status === "held" && d.revisitAt ? (
                  <span className="text-xs text-stone-600 dark:text-stone-400">until {formatDay(d.revisitAt)}</span>
                ) : null}
              </div>
              <DeleteDecisionButton id={d.id} name={name} compact />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
