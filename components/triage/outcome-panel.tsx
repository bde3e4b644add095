"use client";

import { addDays, format } from "date-fns";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { DecisionStatus } from "@/lib/domain";
import type { TriageResult } from "@/lib/triage/schema";
import type { AnalyzeInput } from "@/lib/validations/triage";
import { AnalysedInputFields, type RecordFormAction } from "./record-form";
import { adviceKind, adviceMessageKeys } from "./signal-messages";

/** What to do with an observe, ignore or accept verdict, and how to log it (forms: logging works before JavaScript). */
export function OutcomePanel({
  result,
  input,
  saving,
  saved,
  recordAction,
}: {
  result: TriageResult;
  input: AnalyzeInput;
  saving: boolean;
  saved: { status: DecisionStatus } | null;
  recordAction: RecordFormAction;
}) {
  const t = useTranslations("triage.outcome");
  const signals = useTranslations("signals");
  const [revisitAt, setRevisitAt] = useState(() => format(addDays(new Date(), 7), "yyyy-MM-dd"));
  const [dateError, setDateError] = useState<string[]>();
  const today = format(new Date(), "yyyy-MM-dd");

  if (result.verdict === "observe") {
    const advice = result.advice;
    // The engine's advice is English; one the messages know is shown in the interface language.
    const kind = advice ? adviceKind(advice) : null;
    const keys = kind ? adviceMessageKeys(kind) : null;
    const summary = keys ? signals(keys.summary) : advice?.summary;
    const watch = keys ? keys.watch.map((k) => signals(k)) : (advice?.watch ?? []);
    return (
      <Card className="space-y-4">
        <h3 className="font-semibold">{t("observe.heading")}</h3>
        {advice ? (
          <>
            <p className="text-sm">{summary}</p>
            <div>
              <p className="text-sm font-medium">{t("observe.watch")}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
                {watch.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
            {advice.followInstead ? <p className="text-sm text-stone-700 dark:text-stone-300">{t("observe.follow")}</p> : null}
          </>
        ) : null}
        <form
          action={recordAction}
          className="flex flex-wrap items-end gap-3"
          noValidate
          onSubmit={(e) => {
            // An instant hint; the server checks the date again.
            if (!/^\d{4}-\d{2}-\d{2}$/.test(revisitAt) || revisitAt < today) {
              e.preventDefault();
              setDateError([t("observe.dateError")]);
              return;
            }
            setDateError(undefined);
          }}
        >
          <AnalysedInputFields input={input} />
          <input type="hidden" name="status" value="held" />
          <TextField id="revisit-at" name="revisitAt" label={t("observe.revisitOn")} type="date" min={today} value={revisitAt} onChange={(e) => setRevisitAt(e.target.value)} errors={dateError} />
          <Button type="submit" pending={saving} disabled={!!saved}>
            {t("observe.hold")}
          </Button>
        </form>
      </Card>
    );
  }

  if (result.verdict === "ignore") {
    return (
      <Card className="space-y-3">
        <h3 className="font-semibold">{t("ignore.heading")}</h3>
        <p className="text-sm">{t("ignore.body")}</p>
        <form action={recordAction}>
          <AnalysedInputFields input={input} />
          <Button type="submit" name="status" value="ignored" pending={saving} disabled={!!saved}>
            {t("ignore.submit")}
          </Button>
        </form>
      </Card>
    );
  }

  return (
    <Card className="space-y-3">
      <h3 className="font-semibold">{t("accept.heading")}</h3>
      <p className="text-sm">{t("accept.body", { hasName: result.parsed.firstName ? "yes" : "no", name: result.parsed.firstName ?? "" })}</p>
      <form action={recordAction}>
        <AnalysedInputFields input={input} />
        <Button type="submit" name="status" value="accepted" pending={saving} disabled={!!saved}>
          {t("accept.submit")}
        </Button>
      </form>
    </Card>
  );
}
