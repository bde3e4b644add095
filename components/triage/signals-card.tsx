import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TriageResult } from "@/lib/triage/schema";
import { HighlightedText } from "./highlighted-text";
import { signalText } from "./signal-messages";

/** Every signal behind the verdict, and the request with their evidence marked. */
export function SignalsCard({ result, text }: { result: TriageResult; text: string }) {
  const t = useTranslations("signals");
  const evidence = result.signals.map((s) => s.evidence).filter((e): e is string => !!e);
  return (
    <Card>
      <h3 className="font-semibold">{t("card.heading")}</h3>
      {result.signals.length ? (
        <ul className="mt-3 space-y-2">
          {result.signals.map((s, i) => (
            <li key={`${s.key}-${i}`} className="text-sm" data-signal={s.key}>
              <span>{signalText(t, s)}</span>
              {s.evidence ? (
                <span className="ml-1 text-stone-600 dark:text-stone-400">
                  {t.rich("card.evidence", {
                    evidence: s.evidence,
                    mark: (chunks) => <mark className="rounded bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-400/80">{chunks}</mark>,
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t("card.none")}</p>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">{t("card.showMarked")}</summary>
        <div className="mt-2 max-h-72 overflow-auto rounded-lg bg-stone-50 p-3 dark:bg-stone-950">
          <HighlightedText text={text} evidence={evidence} />
        </div>
      </details>
    </Card>
  );
}
