import { cn } from "./cn";

/** A grey placeholder block while a page's data loads. */
export function Skeleton({ className }: { className?: string }) {
  return <div className={cn("animate-pulse rounded-lg bg-stone-200 dark:bg-stone-800", className)} />;
}

/** A list page's header and cards, shown until the page arrives; announced once to screen readers. */
export function ListPageSkeleton({ label, cards = 2, columns = 1 }: { label: string; cards?: number; columns?: 1 | 2 }) {
  return (
    <div role="status" aria-label={label} data-streaming-fallback="">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-3 mb-6 h-4 w-full max-w-xl" />
      <div className={cn("grid gap-4", columns === 2 && "md:grid-cols-2")}>
        {Array.from({ length: cards }, (_, i) => (
          <Skeleton key={i} className="h-48" />
        ))}
      </div>
    </div>
  );
}
