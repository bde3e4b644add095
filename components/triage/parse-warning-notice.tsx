"use client";

import { AlertTriangle, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { parseHonestyOf, type ParseWarning } from "@/lib/triage/honesty";
import type { TriageResult } from "@/lib/triage/schema";
import { CORRECT_PARSED_ID } from "./parsed-fields";

const WARNING_TEXT: Record<ParseWarning, string> = {
  no_name: "No name was found in the paste.",
  several_names: "Two different names were found.",
  interface_left: "Some words look like the platform's own labels, not the person's.",
  several_requests: "The paste seems to hold more than one request.",
};

/** When the parse was unsure, the verdict says so and points at "Correct these". */
export function ParseWarningNotice({ result }: { result: TriageResult }) {
  const { parseWarnings } = parseHonestyOf(result);
  if (!parseWarnings.length) return null;
  const openCorrections = () => {
    // the "Correct these" button of the parsed fields, below this notice
    const button = document.getElementById(CORRECT_PARSED_ID);
    button?.scrollIntoView({ block: "center", behavior: "smooth" });
    button?.click();
    button?.focus();
  };
  return (
    <div data-testid="parse-warning" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/60 dark:text-amber-100">
      <p className="flex items-start gap-1.5">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        <span>
          {parseWarnings.map((w) => WARNING_TEXT[w]).join(" ")} The verdict may rest on a misreading: use <em>Correct these</em> below.
        </span>
      </p>
      <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={openCorrections}>
        <Pencil className="size-4" aria-hidden="true" /> Check what was read
      </Button>
    </div>
  );
}
