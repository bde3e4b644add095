import { useLocale, useTranslations } from "next-intl";
import type { DecisionSummary } from "@/lib/data/decisions";
import type { DecisionStatus, Verdict } from "@/lib/domain";
import { DecisionRows, type DecisionRow } from "./decision-rows";
import { historyFormat } from "./format";
import { displayName, platformName, reasonNames } from "./names";

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
    return {
      id: d.id,
      at: d.createdAt.toISOString(),
      day: format.day(d.createdAt),
      platform: platformName(d.platform, tc),
      name,
      headline: d.parsedHeadline || null,
      reasons: reasonNames(d.reasons, tc).join(" · "),
      verdict: d.verdict as Verdict,
      status: d.status as DecisionStatus,
      until: d.status === "held" && d.revisitAt ? t("until", { date: format.day(d.revisitAt) }) : null,
      deleteLabel: td("label", { name }),
    };
  });
  return <DecisionRows label={t("label")} deleteTitle={tc("actions.delete")} rows={rows} />;
}
