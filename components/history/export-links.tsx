import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { filterQuery, type DecisionFilter } from "@/lib/validations/decision";

/**
 * Downloads of the decisions the current filter shows (every page of them). Plain links:
 * the route streams its answer and the browser saves it as a file.
 */
export function ExportLinks({ filter }: { filter: DecisionFilter }) {
  const t = useTranslations("history.list");
  return (
    <>
      {(["csv", "json"] as const).map((format) => (
        <a
          key={format}
          href={`/history/export${filterQuery(filter, { format })}`}
          download
          className={buttonClass("secondary", "sm")}
        >
          <Download className="size-4" aria-hidden="true" />
          {t("export", { format: format.toUpperCase() })}
        </a>
      ))}
    </>
  );
}
