"use client";

import { Check, Clock, Send } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { VerdictBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { changeStatusAction } from "@/lib/actions/history";
import type { Verdict } from "@/lib/domain";
import { StatusForm } from "./status-form";
import { historyFormat } from "./format";

export type RevisitItem = {
  id: string;
  name: string;
  headline: string | null;
  platform: string;
  verdict: string;
  note: string | null;
  createdAt: Date;
  revisitAt: Date | null;
  status: string;
  draftText: string | null;
  sentText: string | null;
};

/** Days since the revisit day, 0 for today or later (UTC days, as the dates are stored): "due 9 days ago". */
export function daysOverdue(revisitAt: Date, now = new Date()): number {
  const dayOf = (d: Date) => Math.floor(d.getTime() / 86_400_000);
  return Math.max(0, dayOf(now) - dayOf(revisitAt));
}

/** A held request whose day has come: accept it, decline it, or hold it again. */
export function RevisitCard({ item }: { item: RevisitItem }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<"sent" | "held" | null>(null);
  const [accepting, startAccept] = useTransition();
  const t = useTranslations("history.revisitCard");
  const format = historyFormat(useLocale());

  function accept() {
    startAccept(async () => {
      const form = new FormData();
      form.set("id", item.id);
      form.set("status", "accepted");
      const result = await changeStatusAction({}, form);
      if (result.ok) {
        toast.success(t("accepted", { name: item.name }));
        router.refresh();
      } else toast.error(result.message ?? t("couldNotSave"));
    });
  }

  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-semibold break-words">
            <Link href={`/history/${item.id}`} className="underline-offset-4 hover:underline">
              {item.name}
            </Link>
          </h2>
          {item.headline ? <p className="text-sm text-stone-600 dark:text-stone-400">{item.headline}</p> : null}
        </div>
        <VerdictBadge verdict={item.verdict as Verdict} />
      </div>
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        {t("triaged", { platform: item.platform, date: format.day(item.createdAt) })}
        {item.revisitAt ? <> · {t("due", { days: daysOverdue(item.revisitAt) })}</> : null}
      </p>
      {item.note ? (
        <p className="mt-2 text-sm break-words whitespace-pre-wrap text-stone-700 dark:text-stone-300">
          <span className="font-medium">{t("theirNote")}</span> {item.note}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="button" size="sm" onClick={accept} pending={accepting}>
          {accepting ? null : <Check className="size-4" aria-hidden="true" />}
          {t("accept")}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => setDialog("sent")}>
          <Send className="size-4" aria-hidden="true" />
          {t("decline")}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => setDialog("held")}>
          <Clock className="size-4" aria-hidden="true" />
          {t("holdAgain")}
        </Button>
      </div>
      <Dialog
        open={dialog === "sent"}
        onClose={() => setDialog(null)}
        title={t("declineTitle", { name: item.name })}
        description={t("declineDescription")}
      >
        <StatusForm decision={item} fixed="sent" submitLabel={t("declineSubmit")} onDone={() => setDialog(null)} />
      </Dialog>
      <Dialog
        open={dialog === "held"}
        onClose={() => setDialog(null)}
        title={t("holdTitle", { name: item.name })}
        description={t("holdDescription")}
      >
        <StatusForm decision={{ ...item, revisitAt: null }} fixed="held" submitLabel={t("holdSubmit")} onDone={() => setDialog(null)} />
      </Dialog>
    </li>
  );
}
