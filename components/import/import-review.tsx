"use client";

import { ExternalLink, Save } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { confirmImportAction, type ConfirmImportState } from "@/lib/actions/imports";
import { Badge, VerdictBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { VERDICTS } from "@/lib/domain";
import type { ImportPreview } from "@/lib/validations/import";

/** The reviewed table: a verdict for each incoming request, duplicates unticked; saving sends the ticked rows. */
export function ImportReview({ preview, profileChoice }: { preview: ImportPreview; profileChoice: string }) {
  const t = useTranslations("imports.review");
  const tc = useTranslations("common");
  const tb = useTranslations("bulk.results");
  const format = useFormatter();
  const [state, confirmAction, pending] = useActionState<ConfirmImportState, FormData>(confirmImportAction, {});
  const fresh = useMemo(() => preview.rows.flatMap((r, i) => (r.duplicate ? [] : [i])), [preview]);
  const [keep, setKeep] = useState(() => new Set(fresh));
  const rowsJson = useMemo(() => JSON.stringify(preview.rows.map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl }))), [preview]);
  const { counts } = preview;

  if (preview.rows.length === 0) {
    return (
      <Card>
        <h2 className="font-semibold">{t("emptyTitle")}</h2>
        <p className="mt-1 text-sm break-words text-stone-700 dark:text-stone-300">
          {t("emptyText", { file: preview.fileName, onlySent: preview.files.some((f) => f.rows > 0) ? "yes" : "no" })}
        </p>
      </Card>
    );
  }

  const toggle = (i: number, on: boolean) =>
    setKeep((prev) => {
      const next = new Set(prev);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });

  return (
    <section aria-labelledby="import-review-title" className="rounded-xl border border-stone-200 bg-white shadow-xs dark:border-stone-800 dark:bg-stone-900">
      <form action={confirmAction}>
        <input type="hidden" name="rows" value={rowsJson} />
        <input type="hidden" name="profileId" value={profileChoice} />
        <div className="space-y-3 border-b border-stone-200 p-4 dark:border-stone-800">
          <h2 id="import-review-title" className="font-semibold">{t("title")}</h2>
          <p className="text-sm break-words" data-testid="import-summary">
            {t("summary", {
              requests: counts.requests,
              file: preview.fileName,
              withProfile: preview.profileName ? "yes" : "no",
              profile: preview.profileName ?? "",
              fresh: counts.new,
              duplicates: counts.duplicates,
            })}
          </p>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {VERDICTS.filter((v) => counts.verdicts[v]).map((v, i) => (
              <span key={v}>
                {i ? " · " : ""}
                {tb("verdictCount", { count: counts.verdicts[v], verdict: v, name: tc(`verdict.${v}`) })}
              </span>
            ))}
          </p>
          <FormMessage message={pending ? undefined : state.message} />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" pending={pending} disabled={keep.size === 0}>
              <Save className="size-4" aria-hidden="true" /> {t("save", { count: keep.size })}
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => setKeep(new Set(fresh))}>
              {t("tickAllNew")}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setKeep(new Set())}>
              {t("untickAll")}
            </Button>
          </div>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { file: preview.fileName })}</caption>
            <thead className="text-xs text-stone-600 uppercase dark:text-stone-400">
              <tr>
                <th scope="col" className="w-12 px-4 py-2">
                  {t("columns.save")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("columns.person")}
                </th>
                <th scope="col" className="hidden px-4 py-2 sm:table-cell">
                  {t("columns.verdict")}
                </th>
                <th scope="col" className="hidden px-4 py-2 sm:table-cell">
                  {t("columns.reasons")}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r, i) => (
                <tr key={i} className="border-t border-stone-200 align-top dark:border-stone-800" data-duplicate={r.duplicate ?? undefined}>
                  <td className="px-4 py-2">
                    <input
                      type="checkbox"
                      name="keep"
                      value={i}
                      checked={keep.has(i)}
                      onChange={(e) => toggle(i, e.target.checked)}
                      aria-label={t("saveRow", { name: r.name })}
                      className="mt-0.5 size-4 accent-brand-600"
                    />
                  </td>
                  <td className="px-4 py-2">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <span className="font-medium" data-testid="import-name">{r.name}</span>
                      {r.duplicate ? <Badge className="bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">{t(`duplicate.${r.duplicate}`)}</Badge> : null}
                    </div>
                    <div className="text-xs break-words text-stone-600 dark:text-stone-400">
                      {tc(`platform.${r.platform}`)}
                      {r.sentAt ? (
                        <>
                          {" · "}
                          <time dateTime={r.sentAt}>{format.dateTime(new Date(r.sentAt), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</time>
                        </>
                      ) : null}
                      {" · "}
                      {t("location", { kind: r.source.endsWith(".csv") ? "csv" : "json", file: r.source.split("/").pop() ?? r.source, line: r.line })}
                      {r.profileUrl ? (
                        <>
                          {" · "}
                          <Link href={r.profileUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-0.5 underline underline-offset-2">
                            {t.rich("profileLink", {
                              name: r.name,
                              icon: () => <ExternalLink className="size-3" aria-hidden="true" />,
                              hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                            })}
                          </Link>
                        </>
                      ) : null}
                    </div>
                    {r.note ? <p className="mt-1 line-clamp-2 max-w-prose break-words text-stone-700 dark:text-stone-300">{r.note}</p> : null}
                    {/* On a phone the verdict and reasons sit under the person; wider screens give them columns. */}
                    <div className="mt-1.5 flex flex-wrap items-center gap-2 sm:hidden">
                      <VerdictBadge verdict={r.verdict} />
                      {r.reasons.length ? <span className="text-xs text-stone-700 dark:text-stone-300">{r.reasons.map((k) => tc(`reason.${k}`)).join(", ")}</span> : null}
                    </div>
                  </td>
                  <td className="hidden px-4 py-2 sm:table-cell" data-verdict={r.verdict}>
                    <VerdictBadge verdict={r.verdict} />
                  </td>
                  <td className="hidden px-4 py-2 text-stone-700 sm:table-cell dark:text-stone-300">{r.reasons.length ? r.reasons.map((k) => tc(`reason.${k}`)).join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
    </section>
  );
}
