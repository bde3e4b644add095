import { Card } from "@/components/ui/card";
import { VerdictBadge } from "@/components/ui/badge";
import { REASON_NAMES } from "@/lib/domain";
import type { Analysis } from "@/lib/triage-service";
import { ParseWarningNotice } from "./parse-warning-notice";

const VERDICT_SUMMARY = {
  ignore: "An obvious bot or spammer. No reply is owed: ignoring it is the graceful choice.",
  decline: "A real person who breaks one of your criteria. A kind, honest note is below.",
  observe: "Hold this one: learn a little more before you decide.",
  accept: "Fits the company you want to keep. Connect with intent.",
} as const;

/** The verdict, how sure the engine is, the profile used and the criteria broken. */
export function VerdictCard({ analysis, pending, stale }: { analysis: Analysis; pending: boolean; stale: boolean }) {
  const result = analysis.result;
  return (
    <Card className={pending ? "opacity-60 transition-opacity" : undefined}>
      <div className="flex flex-wrap items-center gap-3">
        <VerdictBadge verdict={result.verdict} className="px-3 py-1 text-sm" />
        <span className="text-sm text-stone-600 dark:text-stone-400">{Math.round(result.confidence * 100)}% confident</span>
        {analysis.profileName ? <span className="text-sm text-stone-600 dark:text-stone-400">· profile “{analysis.profileName}”</span> : null}
      </div>
      <p className="mt-3 text-sm">{VERDICT_SUMMARY[result.verdict]}</p>
      {result.reasons.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Reasons">
          {result.reasons.map((r) => (
            <li key={r} className="rounded-lg bg-rose-50 px-2.5 py-1 text-sm text-rose-900 dark:bg-rose-950/60 dark:text-rose-100">
              {REASON_NAMES[r]}
            </li>
          ))}
        </ul>
      ) : null}
      <ParseWarningNotice result={result} />
      {stale ? (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          The text changed since this analysis. Analyse again before you save.
        </p>
      ) : null}
    </Card>
  );
}
