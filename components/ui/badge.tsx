import { useTranslations } from "next-intl";
import { cn } from "./cn";
import { STATUS_NAMES, type DecisionStatus, type Verdict } from "@/lib/domain";

const VERDICT_STYLE: Record<Verdict, string> = {
  accept: "bg-brand-100 text-brand-900 ring-brand-300 dark:bg-brand-900 dark:text-brand-50 dark:ring-brand-700",
  decline: "bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-800",
  observe: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-800",
  ignore: "bg-stone-200 text-stone-800 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600",
};

export function Badge({ className, children }: { className?: string; children: React.ReactNode }) {
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset", className)}>
      {children}
    </span>
  );
}

export function VerdictBadge({ verdict, className }: { verdict: Verdict; className?: string }) {
  const t = useTranslations("common.verdict");
  return <Badge className={cn(VERDICT_STYLE[verdict], className)}>{t(verdict)}</Badge>;
}

export function StatusBadge({ status }: { status: DecisionStatus }) {
  return (
    <Badge className="bg-white text-stone-700 ring-stone-300 dark:bg-stone-900 dark:text-stone-200 dark:ring-stone-700">
      {STATUS_NAMES[status]}
    </Badge>
  );
}
