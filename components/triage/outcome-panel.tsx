"use client";

import { addDays, format } from "date-fns";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { DecisionStatus } from "@/lib/domain";
import type { TriageResult } from "@/lib/triage/schema";
import type { AnalyzeInput } from "@/lib/validations/triage";
import { AnalysedInputFields, type RecordFormAction } from "./record-form";

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
  const [revisitAt, setRevisitAt] = useState(() => format(addDays(new Date(), 7), "yyyy-MM-dd"));
  const [dateError, setDateError] = useState<string[]>();
  const today = format(new Date(), "yyyy-MM-dd");

  if (result.verdict === "observe") {
    const advice = result.advice;
    return (
      <Card className="space-y-4">
        <h3 className="font-semibold">Hold and observe</h3>
        {advice ? (
          <>
            <p className="text-sm">{advice.summary}</p>
            <div>
              <p className="text-sm font-medium">What to watch</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
                {advice.watch.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
            {advice.followInstead ? (
              <p className="text-sm text-stone-700 dark:text-stone-300">
                Where the platform allows it, following them keeps you in touch without connecting.
              </p>
            ) : null}
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
              setDateError(["Choose a revisit date from today on."]);
              return;
            }
            setDateError(undefined);
          }}
        >
          <AnalysedInputFields input={input} />
          <input type="hidden" name="status" value="held" />
          <TextField id="revisit-at" name="revisitAt" label="Revisit on" type="date" min={today} value={revisitAt} onChange={(e) => setRevisitAt(e.target.value)} errors={dateError} />
          <Button type="submit" pending={saving} disabled={!!saved}>
            Hold
          </Button>
        </form>
      </Card>
    );
  }

  if (result.verdict === "ignore") {
    return (
      <Card className="space-y-3">
        <h3 className="font-semibold">No reply is owed</h3>
        <p className="text-sm">
          This request shows the marks of a bot or a scam rather than a person reaching out. Replying only confirms your
          account is active. Ignore it on the platform, and report it there if it impersonates someone.
        </p>
        <form action={recordAction}>
          <AnalysedInputFields input={input} />
          <Button type="submit" name="status" value="ignored" pending={saving} disabled={!!saved}>
            Ignore and log it
          </Button>
        </form>
      </Card>
    );
  }

  return (
    <Card className="space-y-3">
      <h3 className="font-semibold">Connect with intent</h3>
      <p className="text-sm">
        {result.parsed.firstName ?? "They"} meet{result.parsed.firstName ? "s" : ""} your criteria. Accept on the platform; a short
        thank-you when you do makes a good start.
      </p>
      <form action={recordAction}>
        <AnalysedInputFields input={input} />
        <Button type="submit" name="status" value="accepted" pending={saving} disabled={!!saved}>
          Accept and log it
        </Button>
      </form>
    </Card>
  );
}
