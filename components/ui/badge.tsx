import { useTranslations } from "next-intl";
import { cn } from "./cn";
import type { DecisionStatus, Verdict } from "@/lib/domain";

// The styles are classes of app/globals.css (.badge, .badge-<verdict>, .badge-status):
// a list shows two badges a row, and one short class beats a dozen utilities each time.

export function Badge({ className, children }: { className?: string; children: React.ReactNode }) {
  return <span className={cn("badge", className)}>{children}</span>;
}

export function VerdictBadge({ verdict, className }: { verdict: Verdict; className?: string }) {
  const t = useTranslations("common.verdict");
  return <Badge className={cn(`badge-${verdict}`, className)}>{t(verdict)}</Badge>;
}

export function StatusBadge({ status }: { status: DecisionStatus }) {
  const t = useTranslations("common.status");
  return <Badge className="badge-status">{t(status)}</Badge>;
}
