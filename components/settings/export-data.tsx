import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export function ExportData() {
  const t = useTranslations("settings.exportData");
  return (
    <div className="max-w-xl space-y-3 text-sm">
      <p className="text-stone-700 dark:text-stone-300">{t("body")}</p>
      <a href="/settings/export" download className={buttonClass("secondary", "md")}>
        <Download className="size-4" aria-hidden="true" />
        {t("button")}
      </a>
    </div>
  );
}
