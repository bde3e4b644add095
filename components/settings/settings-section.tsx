import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/** One block of the Settings page: a titled card, linkable by its id. */
export function SettingsSection({
  id,
  title,
  description,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  tone?: "default" | "danger";
  children: React.ReactNode;
}) {
  return (
    <Card className={cn(tone === "danger" && "border-rose-300 dark:border-rose-900")}>
      <section id={id} aria-labelledby={`${id}-title`} className="grid gap-4 md:grid-cols-[16rem_1fr] md:gap-8">
        <div>
          <h2 id={`${id}-title`} className={cn("text-base font-semibold", tone === "danger" && "text-rose-800 dark:text-rose-300")}>
            {title}
          </h2>
          {description ? <div className="mt-1 text-sm text-stone-600 dark:text-stone-400">{description}</div> : null}
        </div>
        <div className="min-w-0">{children}</div>
      </section>
    </Card>
  );
}
