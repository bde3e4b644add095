"use client";

import { CalendarPlus, CalendarX, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { calendarFeedAction } from "@/lib/actions/calendar";
import type { CalendarFeedState } from "@/lib/calendar/feed-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { controlClass, FormMessage } from "@/components/ui/field";

export type CalendarFeedStatus = { created: string; createdIso: string } | null;

/** Settings: make, replace or turn off the private calendar feed of revisit dates. */
export function CalendarFeedForm({ feed }: { feed: CalendarFeedStatus }) {
  const t = useTranslations("settings.calendar");
  const [state, formAction, pending] = useActionState<CalendarFeedState, FormData>(calendarFeedAction, {});
  const urlInput = useRef<HTMLInputElement>(null);
  const fresh = state.ok && state.feedUrl ? state.feedUrl : null;

  useEffect(() => {
    if (fresh) urlInput.current?.select();
  }, [fresh]);

  return (
    <div className="space-y-4 text-sm">
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>

      <FormMessage message={state.ok ? undefined : state.message} />
      {state.ok && !fresh ? <FormMessage tone="success" message={state.message} /> : null}

      {fresh ? (
        <div role="status" className="space-y-3 rounded-lg border border-brand-300 bg-brand-50 p-4 dark:border-brand-800 dark:bg-brand-950/50">
          <p className="font-medium text-brand-900 dark:text-brand-100">{t("copyNow")}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={urlInput}
              readOnly
              value={fresh}
              aria-label={t("addressLabel")}
              data-testid="calendar-feed-url"
              className={cn(controlClass, "h-10 font-mono text-xs")}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={fresh} label={t("copyAddress")} className="h-10 whitespace-nowrap" />
          </div>
          <ul className="list-disc space-y-1 pl-5 text-stone-700 dark:text-stone-300">
            <li>
              {t.rich("appleOutlook", {
                link: (chunks) => (
                  <a href={fresh.replace(/^https?:/, "webcal:")} className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-300">
                    {chunks}
                  </a>
                ),
              })}
            </li>
            <li>{t("google")}</li>
          </ul>
        </div>
      ) : null}

      <form action={formAction} className="space-y-3">
        {feed ? (
          <p className="text-stone-700 dark:text-stone-300" data-testid="calendar-feed-status">
            {t.rich("on", { date: feed.created, time: (chunks) => <time dateTime={feed.createdIso}>{chunks}</time> })}
          </p>
        ) : (
          <p className="text-stone-700 dark:text-stone-300" data-testid="calendar-feed-status">
            {t("none")}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="create" pending={pending} variant={feed ? "secondary" : "primary"}>
            {feed ? <RefreshCw className="size-4" aria-hidden="true" /> : <CalendarPlus className="size-4" aria-hidden="true" />}
            {feed ? t("makeNew") : t("make")}
          </Button>
          {feed ? (
            <Button type="submit" name="intent" value="revoke" variant="secondary" disabled={pending}>
              <CalendarX className="size-4" aria-hidden="true" />
              {t("turnOff")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
