"use client";

import { ExternalLink, Save } from "lucide-react";
import Link from "next/link";
import { useActionState, useMemo, useState } from "react";
import { confirmImportAction, type ConfirmImportState } from "@/lib/actions/imports";
import { Badge, VerdictBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { PLATFORM_NAMES, REASON_NAMES, VERDICTS } from "@/lib/domain";
import type { ImportPreview } from "@/lib/validations/import";

const DUPLICATE_LABEL = { history: "Already in History", file: "Listed twice" } as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The reviewed table: a verdict for each incoming request, duplicates unticked; saving sends the ticked rows. */
export function ImportReview({ preview, profileChoice }: { preview: ImportPreview; profileChoice: string }) {
  const [state, confirmAction, pending] = useActionState<ConfirmImportState, FormData>(confirmImportAction, {});
  const fresh = useMemo(() => preview.rows.flatMap((r, i) => (r.duplicate ? [] : [i])), [preview]);
  const [keep, setKeep] = useState(() => new Set(fresh));
  const rowsJson = useMemo(() => JSON.stringify(preview.rows.map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl }))), [preview]);
  const { counts } = preview;

  if (preview.rows.length === 0) {
    return (
      <Card>
        <h2 className="font-semibold">No incoming requests</h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          {preview.fileName} holds no requests sent to you{preview.files.some((f) => f.rows > 0) ? " (only invitations you sent)" : ""}. Nothing to triage.
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
          <h2 id="import-review-title" className="font-semibold">Review before saving</h2>
          <p className="text-sm" data-testid="import-summary">
            {plural(counts.requests, "incoming request")} in {preview.fileName}
            {preview.profileName ? ` · triaged with “${preview.profileName}”` : ""}: {plural(counts.new, "new one", "new")}
            {counts.duplicates ? `, ${plural(counts.duplicates, "already in History or listed twice", "already in History or listed twice")} (unticked)` : ""}.
          </p>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {VERDICTS.filter((v) => counts.verdicts[v]).map((v, i) => (
              <span key={v}>
                {i ? " · " : ""}
                {counts.verdicts[v]} {v}
              </span>
            ))}
          </p>
          <FormMessage message={pending ? undefined : state.message} />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" pending={pending} disabled={keep.size === 0}>
              <Save className="size-4" aria-hidden="true" /> Save {plural(keep.size, "request")} to History
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => setKeep(new Set(fresh))}>
              Tick all new
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setKeep(new Set())}>
              Untick all
            </Button>
          </div>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Incoming requests in {preview.fileName}, with the verdict for each; ticked rows are saved</caption>
            <thead className="text-xs text-stone-600 uppercase dark:text-stone-400">
              <tr>
                <th scope="col" className="w-12 px-4 py-2">
                  Save
                </th>
                <th scope="col" className="px-4 py-2">
                  Person
                </th>
                <th scope="col" className="hidden px-4 py-2 sm:table-cell">
                  Verdict
                </th>
                <th scope="col" className="hidden px-4 py-2 sm:table-cell">
                  Reasons
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
                      aria-label={`Save ${r.name}`}
                      className="mt-0.5 size-4 accent-brand-600"
                    />
                  </td>
                  <td className="px-4 py-2">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <span className="font-medium" data-testid="import-name">{r.name}</span>
                      {r.duplicate ? <Badge className="bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">{DUPLICATE_LABEL[r.duplicate]}</Badge> : null}
                    </div>
                    <div className="text-xs break-words text-stone-600 dark:text-stone-400">
                      {PLATFORM_NAMES[r.platform]}
                      {r.sentAt ? ` · ${r.sentAt.slice(0, 10)}` : ""} · {r.source.split("/").pop()} {r.source.endsWith(".csv") ? "line" : "entry"} {r.line}
                      {r.profileUrl ? (
                        <>
                          {" · "}
                          <Link href={r.profileUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-0.5 underline underline-offset-2">
                            profile <ExternalLink className="size-3" aria-hidden="true" />
                            <span className="sr-only">of {r.name} (opens in a new tab)</span>
                          </Link>
                        </>
                      ) : null}
                    </div>
                    {r.note ? <p className="mt-1 line-clamp-2 max-w-prose break-words text-stone-700 dark:text-stone-300">{r.note}</p> : null}
                    {/* On a phone the verdict and reasons sit under the person; wider screens give them columns. */}
                    <div className="mt-1.5 flex flex-wrap items-center gap-2 sm:hidden">
                      <VerdictBadge verdict={r.verdict} />
                      {r.reasons.length ? <span className="text-xs text-stone-700 dark:text-stone-300">{r.reasons.map((k) => REASON_NAMES[k]).join(", ")}</span> : null}
                    </div>
                  </td>
                  <td className="hidden px-4 py-2 sm:table-cell" data-verdict={r.verdict}>
                    <VerdictBadge verdict={r.verdict} />
                  </td>
                  <td className="hidden px-4 py-2 text-stone-700 sm:table-cell dark:text-stone-300">{r.reasons.map((k) => REASON_NAMES[k]).join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
    </section>
  );
}
