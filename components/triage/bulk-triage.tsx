"use client";

import { ExternalLink, Layers, Save, Square } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { analyzeBatchAction, recordBatchAction } from "@/lib/actions/triage";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { VerdictBadge } from "@/components/ui/badge";
import { FieldError, FormMessage, Textarea } from "@/components/ui/field";
import { VERDICTS, type Platform } from "@/lib/domain";
import { platformOfPart, splitBulkRequests } from "@/lib/triage/bulk";
import { parseHonestyOf } from "@/lib/triage/honesty";
import { MAX_TEXT_LENGTH } from "@/lib/triage/constants";
import type { Analysis } from "@/lib/triage-service";
import { BULK_BATCH, type AnalyzeInput } from "@/lib/validations/triage";
import { BULK_HANDOFF_KEY } from "./multi-request-notice";
import { RequestOptions } from "./request-options";
import type { ProfileOption } from "./triage-workbench";

type Row = { text: string; analysis?: Analysis; error?: string; saved?: boolean };

const MAX_BULK = 500;

export function BulkTriage({ profiles }: { profiles: ProfileOption[] }) {
  const t = useTranslations("bulk");
  const tc = useTranslations("common");
  const [text, setText] = useState("");
  const [platform, setPlatform] = useState<Platform | "auto">("auto");
  const [profileChoice, setProfileChoice] = useState("auto");
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number; what: "analysing" | "saving" } | null>(null);
  const [error, setError] = useState<string[]>();
  const [message, setMessage] = useState<string>();
  const cancelled = useRef(false);

  // a paste handed over from the single Triage page ("Open them in Many at once")
  useEffect(() => {
    try {
      const handed = sessionStorage.getItem(BULK_HANDOFF_KEY);
      if (handed) {
        sessionStorage.removeItem(BULK_HANDOFF_KEY);
        // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage exists only after hydration: read in render, it would not match the server's HTML
        setText(handed);
      }
    } catch {
      // storage blocked: nothing was handed over
    }
  }, []);

  const found = useMemo(() => splitBulkRequests(text).length, [text]);
  const counts = useMemo(() => {
    const c = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<(typeof VERDICTS)[number], number>;
    for (const r of rows) if (r.analysis) c[r.analysis.result.verdict]++;
    return c;
  }, [rows]);
  const busy = progress !== null;

  // a card that does not say where it is from takes the page's platform
  const inputFor = (part: string, page?: string): AnalyzeInput => ({
    text: part,
    platform: platform === "auto" ? (page && page !== part ? platformOfPart(part, page) : null) : platform,
    profileId: profileChoice === "auto" ? null : profileChoice,
  });

  async function analyseAll(e: React.FormEvent) {
    e.preventDefault();
    const texts = splitBulkRequests(text);
    if (texts.length === 0) return setError([t("errors.empty")]);
    if (texts.length > MAX_BULK) return setError([t("errors.tooMany", { max: MAX_BULK, count: texts.length })]);
    const tooLong = texts.findIndex((s) => s.length > MAX_TEXT_LENGTH);
    if (tooLong >= 0) return setError([t("errors.tooLong", { index: tooLong + 1, max: MAX_TEXT_LENGTH })]);
    setError(undefined);
    setMessage(undefined);
    cancelled.current = false;
    const next: Row[] = texts.map((part) => ({ text: part }));
    setRows(next);
    setProgress({ done: 0, total: texts.length, what: "analysing" });
    for (let i = 0; i < texts.length && !cancelled.current; i += BULK_BATCH) {
      const batch = texts.slice(i, i + BULK_BATCH);
      const res = await analyzeBatchAction({ items: batch.map((part) => inputFor(part, texts.length > 1 ? text : undefined)) });
      batch.forEach((_, j) => {
        next[i + j] = res.ok ? { text: batch[j]!, analysis: res.data[j] } : { text: batch[j]!, error: res.message };
      });
      setRows([...next]);
      setProgress({ done: Math.min(i + BULK_BATCH, texts.length), total: texts.length, what: "analysing" });
    }
    setProgress(null);
    if (cancelled.current) setMessage(t("form.stopped"));
  }

  async function saveAll() {
    const pending = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.analysis && !r.saved);
    if (!pending.length) return;
    cancelled.current = false;
    const next = [...rows];
    setProgress({ done: 0, total: pending.length, what: "saving" });
    let saved = 0;
    for (let k = 0; k < pending.length && !cancelled.current; k += BULK_BATCH) {
      const batch = pending.slice(k, k + BULK_BATCH);
      // saved as analysed: a card's platform may have come from the page around it
      const res = await recordBatchAction({ items: batch.map(({ r }) => ({ ...inputFor(r.text), platform: platform === "auto" ? (r.analysis?.result.parsed.platform ?? null) : platform })) });
      if (!res.ok) {
        toast.error(res.message);
        break;
      }
      for (const { i } of batch) next[i] = { ...next[i]!, saved: true };
      saved += batch.length;
      setRows([...next]);
      setProgress({ done: saved, total: pending.length, what: "saving" });
    }
    setProgress(null);
    if (saved) toast.success(t("results.savedToast", { count: saved }));
  }

  return (
    <div className="space-y-6">
      <Card>
        <form method="post" onSubmit={analyseAll} className="space-y-4" noValidate>
          <FormMessage message={message} tone="success" />
          <div className="space-y-1.5">
            <label htmlFor="bulk-text" className="block text-sm font-medium">
              {t("form.label")}
            </label>
            <Textarea
              id="bulk-text"
              rows={12}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t("form.placeholder")}
              aria-invalid={!!error}
              aria-describedby="bulk-text-hint bulk-text-error"
              className="font-mono text-[13px]"
            />
            <p id="bulk-text-hint" className="text-xs text-stone-600 dark:text-stone-400">
              {t("form.hint")} {text.trim() ? <strong>{t("form.found", { count: found })}</strong> : null}
            </p>
            <FieldError id="bulk-text-error" errors={error} />
          </div>
          <RequestOptions
            idPrefix="bulk-"
            platform={platform}
            onPlatform={setPlatform}
            platformAutoLabel={t("form.platformAuto")}
            profileChoice={profileChoice}
            onProfile={setProfileChoice}
            profileAutoLabel={t("form.profileAuto")}
            profiles={profiles}
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" pending={progress?.what === "analysing"} disabled={busy}>
              <Layers className="size-4" aria-hidden="true" /> {t("form.analyse")}
            </Button>
            {busy ? (
              <Button type="button" variant="secondary" onClick={() => (cancelled.current = true)}>
                <Square className="size-4" aria-hidden="true" /> {t("form.stop")}
              </Button>
            ) : null}
          </div>
        </form>
      </Card>

      {progress ? (
        <div aria-live="polite">
          <div className="mb-1 flex justify-between gap-3 text-sm">
            <span>{progress.what === "analysing" ? t("progress.analysing") : t("progress.saving")}</span>
            <span>{t("progress.count", { done: progress.done, total: progress.total })}</span>
          </div>
          <div
            role="progressbar"
            aria-label={progress.what === "analysing" ? t("progress.analysisLabel") : t("progress.savingLabel")}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
          >
            <div className="h-full bg-brand-600 transition-all dark:bg-brand-400" style={{ width: `${(100 * progress.done) / progress.total}%` }} />
          </div>
        </div>
      ) : null}

      {rows.length ? (
        <Card className="p-0">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 p-4 dark:border-stone-800">
            <p className="text-sm">
              {VERDICTS.filter((v) => counts[v]).map((v, i) => (
                <span key={v}>
                  {i ? " · " : ""}
                  {t("results.verdictCount", { count: counts[v], verdict: v, name: tc(`verdict.${v}`) })}
                </span>
              ))}
            </p>
            <Button type="button" size="sm" onClick={saveAll} disabled={busy || rows.every((r) => !r.analysis || r.saved)} pending={progress?.what === "saving"}>
              <Save className="size-4" aria-hidden="true" /> {t("results.saveAll")}
            </Button>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t("results.caption")}</caption>
              <thead className="text-xs text-stone-600 uppercase dark:text-stone-400">
                <tr>
                  <th scope="col" className="px-4 py-2">#</th>
                  <th scope="col" className="px-4 py-2">{t("results.columns.person")}</th>
                  <th scope="col" className="px-4 py-2">{t("results.columns.platform")}</th>
                  <th scope="col" className="px-4 py-2">{t("results.columns.verdict")}</th>
                  <th scope="col" className="px-4 py-2">{t("results.columns.reasons")}</th>
                  <th scope="col" className="px-4 py-2"><span className="sr-only">{t("results.columns.actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const res = r.analysis?.result;
                  return (
                    <tr key={i} className="border-t border-stone-200 dark:border-stone-800">
                      <td className="px-4 py-2 text-stone-600 dark:text-stone-400">{i + 1}</td>
                      <td className="max-w-56 truncate px-4 py-2 font-medium">
                        {res?.parsed.name ?? res?.parsed.handles[0] ?? r.text.split("\n")[0]}
                        {res && parseHonestyOf(res).uncertain ? (
                          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-950 dark:bg-amber-900/60 dark:text-amber-100" title={t("results.checkTitle")}>
                            {t("results.check")}
                          </span>
                        ) : null}
                      </td>
                      <td className="px-4 py-2">{res ? tc(`platform.${res.parsed.platform}`) : "…"}</td>
                      <td className="px-4 py-2">
                        {res ? <VerdictBadge verdict={res.verdict} /> : r.error ? <span className="text-rose-700 dark:text-rose-400">{r.error}</span> : <span className="text-stone-500">{t("results.waiting")}</span>}
                      </td>
                      <td className="px-4 py-2">{res?.reasons.map((k) => tc(`reason.${k}`)).join(", ") || "—"}</td>
                      <td className="px-4 py-2 whitespace-nowrap">
                        {r.saved ? <span className="mr-3 text-xs text-brand-800 dark:text-brand-200">{t("results.saved")}</span> : null}
                        <Link
                          href={`/triage?${new URLSearchParams({ text: r.text, ...(platform === "auto" ? {} : { platform }) })}`}
                          className="inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                        >
                          {t.rich("results.open", { number: i + 1, hidden: (chunks) => <span className="sr-only">{chunks}</span> })} <ExternalLink className="size-3.5" aria-hidden="true" />
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
