import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "/history", key: "all" },
  { href: "/history/revisit", key: "revisit" },
  { href: "/history/stats", key: "stats" },
] as const;

/** History's three views; Revisit carries the count of requests due, like the main navigation. */
export function HistoryTabs({ current, due }: { current: (typeof TABS)[number]["href"]; due: number }) {
  const t = useTranslations("history.tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-stone-200 dark:border-stone-800">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                tab.href === current
                  ? "border-brand-600 text-brand-800 dark:border-brand-400 dark:text-brand-200"
                  : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100",
              )}
            >
              {t(tab.key)}
              {tab.href === "/history/revisit" && due > 0 ? (
                <span className="rounded-full bg-sky-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white">
                  {t.rich("due", { count: due, hidden: (c) => <span className="sr-only">{c}</span> })}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
