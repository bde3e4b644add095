import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { filterQuery, type DecisionFilter } from "@/lib/validations/decision";

/** Newer and older pages by keyset cursor; the filter rides along in every link. */
export function Pagination({ filter, prevCursor, nextCursor }: { filter: DecisionFilter; prevCursor?: string; nextCursor: string | null }) {
  const t = useTranslations("history.pagination");
  if (!prevCursor && !nextCursor) return null;
  const disabled = "pointer-events-none opacity-50";
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-2">
      {prevCursor ? (
        <Link href={`/history${filterQuery(filter, { before: prevCursor })}`} className={buttonClass("secondary", "md")} rel="prev">
          <ChevronLeft className="size-4" aria-hidden="true" /> {t("newer")}
        </Link>
      ) : (
        <span className={buttonClass("secondary", "md", disabled)} aria-disabled="true">
          <ChevronLeft className="size-4" aria-hidden="true" /> {t("newer")}
        </span>
      )}
      {prevCursor ? (
        <Link href={`/history${filterQuery(filter)}`} className="text-sm font-medium text-brand-800 underline-offset-4 hover:underline dark:text-brand-300">
          {t("newest")}
        </Link>
      ) : null}
      {nextCursor ? (
        <Link href={`/history${filterQuery(filter, { cursor: nextCursor })}`} className={buttonClass("secondary", "md")} rel="next">
          {t("older")} <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      ) : (
        <span className={buttonClass("secondary", "md", disabled)} aria-disabled="true">
          {t("older")} <ChevronRight className="size-4" aria-hidden="true" />
        </span>
      )}
    </nav>
  );
}
