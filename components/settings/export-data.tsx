import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

export function ExportData() {
  return (
    <div className="max-w-xl space-y-3 text-sm">
      <p className="text-stone-700 dark:text-stone-300">
        One JSON file with your account details, criteria profiles, reason templates and every decision in your history. Your
        password is never included.
      </p>
      <a href="/settings/export" download className={buttonClass("secondary", "md")}>
        <Download className="size-4" aria-hidden="true" />
        Export all my data
      </a>
    </div>
  );
}
