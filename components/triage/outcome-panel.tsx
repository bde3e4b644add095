"use client";

import { addDays, format } from "date-fns";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { DecisionStatus } from "@/lib/domain";
import type { TriageResult } from "@/lib/triage/schema";

/** What to do with an observe, ignore or accept verdict, and how to log it. */
export function OutcomePanel({
  result,
  saving,
  saved,
  onRecord,
}: {
  result: TriageResult;
  saving: boolean;
  saved: { status: DecisionStatus } | null;
  onRecord: (status: DecisionStatus, extra?: { revisitAt?: string }) => void;
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
          className="flex flex-wrap items-end gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!/^\d{4}-\d{2}-\d{2}$/.test(revisitAt) || revisitAt < today) {
              setDateError(["Choose a revisit date from today on."]);
              return;
            }
            setDateError(undefined);
            onRecord("held", { revisitAt });
          }}
        >
          <TextField id="revisit-at" label="Revisit on" type="date" min={today} value={revisitAt} onChange={(e) => setRevisitAt(e.target.value)} errors={dateError} />
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
        <Button type="button" pending={saving} disabled={!!saved} onClick={() => onRecord("ignored")}>
          Ignore and log it
        </Button>
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
      <Button type="button" pending={saving} disabled={!!saved} onClick={() => onRecord("accepted")}>
        Accept and log it
      </Button>
    </Card>
  );
}
