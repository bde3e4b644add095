"use client";

import { FileText, History, ListChecks, MessageSquareQuote, Settings } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export type NavItem = { href: string; label: string; badge?: number; badgeLabel?: string };

const ICONS: Record<string, typeof Settings> = {
  "/triage": MessageSquareQuote,
  "/profiles": ListChecks,
  "/templates": FileText,
  "/history": History,
  "/settings": Settings,
};

/** The app's sections; the current one is marked for screen readers and sight. */
export function NavLinks({ items, compact = false }: { items: NavItem[]; compact?: boolean }) {
  const pathname = usePathname();
  return (
    // Compact (phones): each item as wide as its label needs and the rest shared out, so a
    // long label ("Einstellungen", "Configurações") takes room from short ones instead of
    // being cut off; at widths below 360 px a label wraps within its item.
    <ul className={cn(compact ? "flex" : "flex gap-1")}>
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        const Icon = ICONS[item.href] ?? Settings;
        return (
          <li key={item.href} className={cn(compact && "min-w-0 flex-auto")}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "relative font-medium transition-colors",
                compact
                  ? "flex flex-col items-center gap-0.5 rounded-lg px-1 py-1.5 text-center text-xs break-words"
                  : "inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm",
                active
                  ? "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-50"
                  : "text-stone-700 hover:bg-stone-200/70 dark:text-stone-300 dark:hover:bg-stone-800",
              )}
            >
              {compact ? <Icon className="size-5" aria-hidden="true" /> : null}
              {item.label}
              {item.badge ? (
                <span
                  className={cn(
                    "rounded-full bg-sky-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white",
                    compact && "absolute top-0 right-1",
                  )}
                >
                  <span aria-hidden="true">{item.badge}</span>
                  <span className="sr-only">{` ${item.badgeLabel}`}</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
