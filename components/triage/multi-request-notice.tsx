"use client";

import { Layers } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo } from "react";
import { useLoaded } from "@/components/ui/use-loaded";

// The splitter reads every platform's interface in five languages (about 45 KB compressed):
// loaded once there is text, as the notice only helps someone pasting, with JavaScript. Without
// it the analysis still says a paste held several requests (the parse warning).
const loadSplitter = () => import("@/lib/triage/bulk");

/** sessionStorage key that carries a paste from the single Triage page to *Many at once* (never the URL). */
export const BULK_HANDOFF_KEY = "triage:bulk-handoff";

/** On the single Triage page: a paste that holds several requests says so and offers *Many at once*. */
export function MultiRequestNotice({ text }: { text: string }) {
  const t = useTranslations("bulk.multiNotice");
  // splitting a long paste on every keystroke would make typing lag
  const deferred = useDeferredValue(text);
  const splitter = useLoaded(loadSplitter, deferred.trim() !== "");
  const count = useMemo(
    () => (splitter && deferred.trim() && splitter.severalRequests(deferred) ? splitter.countRequests(deferred) : 1),
    [splitter, deferred],
  );
  if (count < 2) return null;
  return (
    <div role="status" data-testid="multi-request-notice" className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/60 dark:text-sky-100">
      <Layers className="size-4 shrink-0" aria-hidden="true" />
      <span>{t("text", { count })}</span>
      <Link
        href="/triage/bulk"
        onClick={() => {
          try {
            sessionStorage.setItem(BULK_HANDOFF_KEY, text);
          } catch {
            // storage full or blocked: the page opens empty, the user pastes again
          }
        }}
        className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-200"
      >
        {t("open")}
      </Link>
    </div>
  );
}
