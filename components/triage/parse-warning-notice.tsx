"use client";

import { AlertTriangle, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { parseHonestyOf, type ParseWarning } from "@/lib/triage/honesty";
import type { TriageResult } from "@/lib/triage/schema";
import { CORRECT_PARSED_ID } from "./parsed-fields";

const WARNING_KEY = {
  no_name: "noName",
  several_names: "severalNames",
  interface_left: "interfaceLeft",
  several_requests: "severalRequests",
} as const satisfies Record<ParseWarning, string>;

/** When the parse was unsure, the verdict says so and points at "Correct these". */
export function ParseWarningNotice({ result }: { result: TriageResult }) {
  const t = useTranslations("triage.parseWarning");
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
          {parseWarnings.map((w) => `${t(WARNING_KEY[w])} `)}
          {t.rich("misreading", { em: (chunks) => <em>{chunks}</em> })}
        </span>
      </p>
      <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={openCorrections}>
        <Pencil className="size-4" aria-hidden="true" /> {t("check")}
      </Button>
    </div>
  );
}
