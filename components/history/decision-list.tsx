import { useLocale, useTranslations } from "next-intl";
import type { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import type { Decision, DecisionSummary } from "@/lib/data/decisions";
import { PLATFORMS, REASON_KEYS, type DecisionStatus, type Platform, type ReasonKey, type Verdict } from "@/lib/domain";
import { DeleteDecisionButton } from "./delete-decision-button";
import { historyFormat } from "./format";

/** The "common" namespace's `t`, from getTranslations or useTranslations alike. */
export type CommonT = Awaited<ReturnType<typeof getTranslations<"common">>>;

/** The parsed name, else `unnamed` (the caller's "Unnamed request" in its language). */
export const displayName = (d: Pick<Decision, "parsedName">, unnamed: string) => d.parsedName?.trim() || unnamed;
const isPlatform = (p: string): p is Platform => (PLATFORMS as readonly string[]).includes(p);
const isReason = (r: string): r is ReasonKey => (REASON_KEYS as readonly string[]).includes(r);
export const platformName = (p: string, tc: CommonT) => (isPlatform(p) ? tc(`platform.${p}`) : p);
export const reasonNames = (reasons: string, tc: CommonT) =>
  reasons
    .split(",")
    .filter(Boolean)
    .map((r) => (isReason(r) ? tc(`reason.${r}`) : r));

/** One card per decision: a row on wide screens, stacked on phones. */
export function DecisionList({ items }: { items: DecisionSummary[] }) {
  // One translator and one set of formatters for the whole list, not one per row.
  const t = useTranslations("history.decisionList");
  const tc = useTranslations("common");
  const format = historyFormat(useLocale());
  const unnamed = t("unnamed");
  return (
    <ol className="space-y-2" aria-label={t("label")}>
      {items.map((d) => {
        const name = displayName(d, unnamed);
        const reasons = reasonNames(d.reasons, tc);
        return (
          <li
            key={d.id}
            className="relative rounded-xl border border-stone-200 bg-white p-4 hover:border-stone-300 sm:grid sm:grid-cols-[7.5rem_1fr_auto] sm:items-center sm:gap-x-4 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-700"
          >
            <p className="text-xs text-stone-600 dark:text-stone-400">
              <time dateTime={d.createdAt.toISOString()} className="sm:block">
                {format.day(d.createdAt)}
              </time>
              <span aria-hidden="true" className="sm:hidden">
                {" · "}
              </span>
              <span className="sm:block">{platformName(d.platform, tc)}</span>
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
                  <span className="text-xs text-stone-600 dark:text-stone-400">{t("until", { date: format.day(d.revisitAt) })}</span>
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
