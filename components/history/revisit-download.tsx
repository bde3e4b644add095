import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** History detail: this held request's revisit day as a file for any calendar app. */
export function RevisitDownload({ id }: { id: string }) {
  const t = useTranslations("history.detail");
  return (
    <a href={`/history/${encodeURIComponent(id)}/revisit.ics`} download className={buttonClass("secondary", "sm", "mt-3")}>
      <Download className="size-4" aria-hidden="true" />
      {t("addToCalendar")}
    </a>
  );
}
