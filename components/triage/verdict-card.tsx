import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { VerdictBadge } from "@/components/ui/badge";
import type { Analysis } from "@/lib/triage-service";
import { ParseWarningNotice } from "./parse-warning-notice";

/** The verdict, how sure the engine is, the profile used and the criteria broken. */
export function VerdictCard({ analysis, pending, stale }: { analysis: Analysis; pending: boolean; stale: boolean }) {
  const t = useTranslations("triage.verdict");
  const common = useTranslations("common");
  const result = analysis.result;
  return (
    <Card className={pending ? "opacity-60 transition-opacity" : undefined}>
      <div className="flex flex-wrap items-center gap-3">
        <VerdictBadge verdict={result.verdict} className="px-3 py-1 text-sm" />
        <span className="text-sm text-stone-600 dark:text-stone-400">{t("confidence", { confidence: Math.round(result.confidence * 100) / 100 })}</span>
        {analysis.profileName ? <span className="text-sm text-stone-600 dark:text-stone-400">{t("profile", { name: analysis.profileName })}</span> : null}
      </div>
      <p className="mt-3 text-sm">{t(`summary.${result.verdict}`)}</p>
      {result.reasons.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("reasons")}>
          {result.reasons.map((r) => (
            <li key={r} className="rounded-lg bg-rose-50 px-2.5 py-1 text-sm text-rose-900 dark:bg-rose-950/60 dark:text-rose-100">
              {common(`reason.${r}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <ParseWarningNotice result={result} />
      {stale ? (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">{t("stale")}</p>
      ) : null}
    </Card>
  );
}
