import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Switches between triaging one request and many. */
export function TriageTabs({ current }: { current: "single" | "bulk" | "import" }) {
  const tabs = [
    { key: "single", href: "/triage", label: "One request" },
    { key: "bulk", href: "/triage/bulk", label: "Many at once" },
    { key: "import", href: "/triage/import", label: "From an export" },
  ] as const;
  return (
    <nav aria-label="Triage mode" className="mb-6 inline-flex max-w-full flex-wrap rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={current === t.key ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium",
            current === t.key ? "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
