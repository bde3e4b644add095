import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AnalyzeInput } from "@/lib/validations/triage";
import { inputFields } from "./workbench-state";

/**
 * The analysed request, carried as hidden fields by each form that saves it (Save draft,
 * Mark as sent, Hold, Ignore, Accept), so saving posts like any form, JavaScript or not.
 */
export function AnalysedInputFields({ input }: { input: AnalyzeInput }) {
  return (
    <>
      {inputFields(input).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export type RecordFormAction = (formData: FormData) => void;

/** After saving: where the decision went, and a way to start again. */
export function SavedCard({ decisionId, onReset }: { decisionId: string; onReset?: () => void }) {
  const t = useTranslations("triage.saved");
  return (
    <Card className="flex flex-wrap items-center justify-between gap-3 border-brand-300 bg-brand-50 dark:border-brand-800 dark:bg-brand-950/40">
      <p className="text-sm font-medium">{t("title")}</p>
      <div className="flex gap-2">
        <Link href={`/history/${decisionId}`} className="text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200">
          {t("view")}
        </Link>
        {onReset ? (
          <Button type="button" size="sm" variant="secondary" onClick={onReset}>
            {t("another")}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
