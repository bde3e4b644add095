"use client";

import { Search, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError, Input, Select } from "@/components/ui/field";
import { DECISION_STATUSES, PLATFORMS, REASON_KEYS, VERDICTS } from "@/lib/domain";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { decisionFilterFormSchema, filterQuery, type DecisionFilter } from "@/lib/validations/decision";

/**
 * Search and filters, kept in the URL: each change is a navigation, so a filtered view
 * can be shared and the back button steps through earlier filters.
 */
export function HistoryFilters({ filter, errors: serverErrors }: { filter: DecisionFilter; errors: FieldErrors }) {
  const router = useRouter();
  const tv = useTranslations("validation");
  const t = useTranslations("history.filters");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>(serverErrors);
  const active = (["platform", "verdict", "status", "reason", "from", "to"] as const).filter((k) => filter[k]).length;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = Object.fromEntries([...new FormData(e.currentTarget)].filter(([, v]) => v !== ""));
    const parsed = decisionFilterFormSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, tv));
      return;
    }
    const f = parsed.data;
    setErrors({});
    startTransition(() => router.push(`/history${filterQuery(f)}`));
  }

  const select = (name: keyof DecisionFilter, label: string, all: string, options: [string, string][]) => (
    <Field id={`filter-${name}`} label={label} errors={errors[name]}>
      <Select
        id={`filter-${name}`}
        name={name}
        defaultValue={filter[name] ?? ""}
        aria-invalid={!!errors[name]?.length}
        aria-describedby={describedBy(`filter-${name}`, { errors: errors[name] })}
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );

  const date = (name: "from" | "to", label: string) => (
    <Field id={`filter-${name}`} label={label} errors={errors[name]}>
      <Input
        id={`filter-${name}`}
        name={name}
        type="date"
        defaultValue={filter[name] ?? ""}
        aria-invalid={!!errors[name]?.length}
        aria-describedby={describedBy(`filter-${name}`, { errors: errors[name] })}
      />
    </Field>
  );

  return (
    <form role="search" aria-label={t("label")} method="get" action="/history" onSubmit={onSubmit} noValidate className="mb-6 space-y-3">
      <div className="space-y-1.5">
        <label htmlFor="filter-q" className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          {t("search")}
        </label>
        <div className="flex gap-2">
          <div className="relative min-w-0 flex-1">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-stone-500" aria-hidden="true" />
            <Input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={filter.q ?? ""}
              placeholder={t("searchPlaceholder")}
              className="pl-9"
              aria-invalid={!!errors.q?.length}
              aria-describedby={describedBy("filter-q", { errors: errors.q })}
            />
          </div>
          <Button type="submit" pending={pending}>
            {t("searchButton")}
          </Button>
        </div>
        <FieldError id="filter-q-error" errors={errors.q} />
      </div>
      <details open={active > 0 || Object.keys(errors).length > 0} className="group rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl px-4 py-2.5 text-sm font-medium select-none">
          <SlidersHorizontal className="size-4" aria-hidden="true" />
          {t("filters")}
          {active ? <span className="text-stone-600 dark:text-stone-400">{t("active", { count: active })}</span> : null}
          <span className="ml-auto text-xs text-stone-600 group-open:hidden dark:text-stone-400">{t("show")}</span>
          <span className="ml-auto hidden text-xs text-stone-600 group-open:inline dark:text-stone-400">{t("hide")}</span>
        </summary>
        <div className="grid grid-cols-1 gap-3 border-t border-stone-200 p-4 min-[420px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-6 dark:border-stone-800">
          {select("platform", t("platform"), t("allPlatforms"), PLATFORMS.map((p) => [p, tc(`platform.${p}`)]))}
          {select("verdict", t("verdict"), t("allVerdicts"), VERDICTS.map((v) => [v, tc(`verdict.${v}`)]))}
          {select("status", t("status"), t("allStatuses"), DECISION_STATUSES.map((s) => [s, tc(`status.${s}`)]))}
          {select("reason", t("reason"), t("allReasons"), REASON_KEYS.map((r) => [r, tc(`reason.${r}`)]))}
          {date("from", t("from"))}
          {date("to", t("to"))}
          <div className="col-span-full flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" pending={pending}>
              {t("apply")}
            </Button>
            {active || filter.q ? (
              <Link href="/history" className="inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-brand-800 underline-offset-4 hover:underline dark:text-brand-300">
                {t("clear")}
              </Link>
            ) : null}
          </div>
        </div>
      </details>
    </form>
  );
}
