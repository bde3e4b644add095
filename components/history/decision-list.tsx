import { useLocale, useTranslations } from "next-intl";
import type { getTranslations } from "next-intl/server";
import type { Decision, DecisionSummary } from "@/lib/data/decisions";
import { PLATFORMS, REASON_KEYS, type DecisionStatus, type Platform, type ReasonKey, type Verdict } from "@/lib/domain";
import { DecisionRows, type DecisionRow } from "./decision-rows";
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
 * One card per decision: a row on wide screens, stacked on phones (app/globals.css,
 * .decision-*). The server translates and formats each row; DecisionRows renders them.
 */
export function DecisionList({ items }: { items: DecisionSummary[] }) {
  // One translator and one set of formatters for the whole list, not one per row.
  const t = useTranslations("history.decisionList");
  const td = useTranslations("history.delete");
  const tc = useTranslations("common");
  const format = historyFormat(useLocale());
  const unnamed = t("unnamed");
  const rows = items.map((d): DecisionRow => {
    const name = displayName(d, unnamed);
    const verdict = d.verdict as Verdict;
    const status = d.status as DecisionStatus;
    return {
      id: d.id,
      at: d.createdAt.toISOString(),
      day: format.day(d.createdAt),
      platform: platformName(d.platform, tc),
      name,
      headline: d.parsedHeadline || null,
      reasons: reasonNames(d.reasons, tc).join(" · "),
      verdict,
      verdictLabel: tc(`verdict.${verdict}`),
      status,
      statusLabel: tc(`status.${status}`),
      until: status === "held" && d.revisitAt ? t("until", { date: format.day(d.revisitAt) }) : null,
      deleteLabel: td("label", { name }),
    };
  });
  return <DecisionRows label={t("label")} deleteTitle={tc("actions.delete")} rows={rows} />;
}
