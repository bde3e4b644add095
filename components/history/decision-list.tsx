import { useLocale, useTranslations } from "next-intl";
import type { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import type { Decision, DecisionSummary } from "@/lib/data/decisions";
import { PLATFORMS, REASON_KEYS, type DecisionStatus, type Platform, type ReasonKey, type Verdict } from "@/lib/domain";
import { DecisionListActions } from "./decision-list-actions";
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

/**
 * One card per decision: a row on wide screens, stacked on phones. Server-rendered, with
 * one short class per element (app/globals.css, .decision-*) and no client component per
 * row: the list's one island, DecisionListActions, handles every row's delete button.
 */
export function DecisionList({ items }: { items: DecisionSummary[] }) {
  // One translator and one set of formatters for the whole list, not one per row.
  const t = useTranslations("history.decisionList");
  const td = useTranslations("history.delete");
  const tc = useTranslations("common");
  const format = historyFormat(useLocale());
  const unnamed = t("unnamed");
  const deleteTitle = tc("actions.delete");
  return (
    <DecisionListActions label={t("label")}>
      {items.map((d) => {
        const name = displayName(d, unnamed);
        const reasons = reasonNames(d.reasons, tc);
        return (
          <li key={d.id} className="decision-row">
            <p className="decision-meta">
              <time dateTime={d.createdAt.toISOString()}>{format.day(d.createdAt)}</time>
              <span aria-hidden="true">{" · "}</span>
              <span>{platformName(d.platform, tc)}</span>
            </p>
            <div className="decision-main">
              <Link href={`/history/${d.id}`} className="decision-link">
                {name}
              </Link>
              {d.parsedHeadline ? <p className="decision-headline">{d.parsedHeadline}</p> : null}
              {reasons.length ? <p className="decision-reasons">{reasons.join(" · ")}</p> : null}
            </div>
            <div className="decision-side">
              <div className="decision-badges">
                <VerdictBadge verdict={d.verdict as Verdict} />
                <StatusBadge status={d.status as DecisionStatus} />
                {d.status === "held" && d.revisitAt ? <span className="decision-until">{t("until", { date: format.day(d.revisitAt) })}</span> : null}
              </div>
              <button type="button" className="decision-delete" value={d.id} aria-label={td("label", { name })} title={deleteTitle} />
            </div>
          </li>
        );
      })}
    </DecisionListActions>
  );
}
