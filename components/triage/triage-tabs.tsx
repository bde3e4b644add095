import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** Switches between triaging one request and many. */
export function TriageTabs({ current }: { current: "single" | "bulk" | "import" }) {
  const t = useTranslations("triage.tabs");
  const tabs = [
    { key: "single", href: "/triage" },
    { key: "bulk", href: "/triage/bulk" },
    { key: "import", href: "/triage/import" },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-6 inline-flex max-w-full flex-wrap rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium",
            current === tab.key ? "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
          )}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
