"use client";

import { ExternalLink, Layers, Save, Square } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { analyzeBatchAction, recordBatchAction } from "@/lib/actions/triage";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { VerdictBadge } from "@/components/ui/badge";
import { FieldError, FormMessage, Textarea } from "@/components/ui/field";
import { PLATFORM_NAMES, REASON_NAMES, VERDICTS, type Platform } from "@/lib/domain";
import { platformOfPart, splitBulkRequests } from "@/lib/triage/bulk";
import { parseHonestyOf } from "@/lib/triage/honesty";
import { MAX_TEXT_LENGTH } from "@/lib/triage/schema";
import type { Analysis } from "@/lib/triage-service";
import { BULK_BATCH, type AnalyzeInput } from "@/lib/validations/triage";
import { BULK_HANDOFF_KEY } from "./multi-request-notice";
import { RequestOptions } from "./request-options";
import type { ProfileOption } from "./triage-workbench";

type Row = { text: string; analysis?: Analysis; error?: string; saved?: boolean };

const MAX_BULK = 500;

export function BulkTriage({ profiles }: { profiles: ProfileOption[] }) {
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
  const inputFor = (t: string, page?: string): AnalyzeInput => ({
    text: t,
    platform: platform === "auto" ? (page && page !== t ? platformOfPart(t, page) : null) : platform,
    profileId: profileChoice === "auto" ? null : profileChoice,
  });

  async function analyseAll(e: React.FormEvent) {
    e.preventDefault();
    const texts = splitBulkRequests(text);
    if (texts.length === 0) return setError(["Paste at least one request."]);
    if (texts.length > MAX_BULK) return setError([`Paste at most ${MAX_BULK} requests at a time (found ${texts.length}).`]);
    const tooLong = texts.findIndex((t) => t.length > MAX_TEXT_LENGTH);
    if (tooLong >= 0) return setError([`Request ${tooLong + 1} is longer than ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters.`]);
    setError(undefined);
    setMessage(undefined);
    cancelled.current = false;
    const next: Row[] = texts.map((t) => ({ text: t }));
    setRows(next);
    setProgress({ done: 0, total: texts.length, what: "analysing" });
    for (let i = 0; i < texts.length && !cancelled.current; i += BULK_BATCH) {
      const batch = texts.slice(i, i + BULK_BATCH);
      const res = await analyzeBatchAction({ items: batch.map((t) => inputFor(t, texts.length > 1 ? text : undefined)) });
      batch.forEach((_, j) => {
        next[i + j] = res.ok ? { text: batch[j]!, analysis: res.data[j] } : { text: batch[j]!, error: res.message };
      });
      setRows([...next]);
      setProgress({ done: Math.min(i + BULK_BATCH, texts.length), total: texts.length, what: "analysing" });
    }
    setProgress(null);
    if (cancelled.current) setMessage("Stopped. The requests analysed so far are below.");
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
    if (saved) toast.success(`Saved ${saved} decision${saved === 1 ? "" : "s"} to History.`);
  }

  return (
    <div className="space-y-6">
      <Card>
        <form method="post" onSubmit={analyseAll} className="space-y-4" noValidate>
          <FormMessage message={message} tone="success" />
          <div className="space-y-1.5">
            <label htmlFor="bulk-text" className="block text-sm font-medium">
              Requests
            </label>
            <Textarea
              id="bulk-text"
              rows={12}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={"Priya Raman\nSenior Product Manager at Globex\n14 mutual connections\n---\nDaniel Okafor\nSolutions Architect at Initech\n8 mutual connections"}
              aria-invalid={!!error}
              aria-describedby="bulk-text-hint bulk-text-error"
              className="font-mono text-[13px]"
            />
            <p id="bulk-text-hint" className="text-xs text-stone-600 dark:text-stone-400">
              Paste a whole invitations, friend-requests or follow-requests page, several e-mails, or requests with a blank line or a line of three dashes (---) between them.{" "}
              {text.trim() ? <strong>{found} request{found === 1 ? "" : "s"} found.</strong> : null}
            </p>
            <FieldError id="bulk-text-error" errors={error} />
          </div>
          <RequestOptions
            idPrefix="bulk-"
            platform={platform}
            onPlatform={setPlatform}
            platformAutoLabel="Detect for each request"
            profileChoice={profileChoice}
            onProfile={setProfileChoice}
            profileAutoLabel="Each platform's default"
            profiles={profiles}
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" pending={progress?.what === "analysing"} disabled={busy}>
              <Layers className="size-4" aria-hidden="true" /> Analyse all
            </Button>
            {busy ? (
              <Button type="button" variant="secondary" onClick={() => (cancelled.current = true)}>
                <Square className="size-4" aria-hidden="true" /> Stop
              </Button>
            ) : null}
          </div>
        </form>
      </Card>

      {progress ? (
        <div aria-live="polite">
          <div className="mb-1 flex justify-between text-sm">
            <span>{progress.what === "analysing" ? "Analysing" : "Saving"}…</span>
            <span>
              {progress.done} of {progress.total}
            </span>
          </div>
          <div
            role="progressbar"
            aria-label={progress.what === "analysing" ? "Analysis progress" : "Saving progress"}
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
                  {counts[v]} {v}
                </span>
              ))}
            </p>
            <Button type="button" size="sm" onClick={saveAll} disabled={busy || rows.every((r) => !r.analysis || r.saved)} pending={progress?.what === "saving"}>
              <Save className="size-4" aria-hidden="true" /> Save all to History
            </Button>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Verdict for each pasted request</caption>
              <thead className="text-xs text-stone-600 uppercase dark:text-stone-400">
                <tr>
                  <th scope="col" className="px-4 py-2">#</th>
                  <th scope="col" className="px-4 py-2">Person</th>
                  <th scope="col" className="px-4 py-2">Platform</th>
                  <th scope="col" className="px-4 py-2">Verdict</th>
                  <th scope="col" className="px-4 py-2">Reasons</th>
                  <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
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
                          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-950 dark:bg-amber-900/60 dark:text-amber-100" title="The parse was unsure: open it and use Correct these">
                            Check
                          </span>
                        ) : null}
                      </td>
                      <td className="px-4 py-2">{res ? PLATFORM_NAMES[res.parsed.platform] : "…"}</td>
                      <td className="px-4 py-2">
                        {res ? <VerdictBadge verdict={res.verdict} /> : r.error ? <span className="text-rose-700 dark:text-rose-400">{r.error}</span> : <span className="text-stone-500">Waiting</span>}
                      </td>
                      <td className="px-4 py-2">{res?.reasons.map((k) => REASON_NAMES[k]).join(", ") || "—"}</td>
                      <td className="px-4 py-2 whitespace-nowrap">
                        {r.saved ? <span className="mr-3 text-xs text-brand-800 dark:text-brand-200">Saved</span> : null}
                        <Link
                          href={`/triage?${new URLSearchParams({ text: r.text, ...(platform === "auto" ? {} : { platform }) })}`}
                          className="inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                        >
                          Open<span className="sr-only"> request {i + 1}</span> <ExternalLink className="size-3.5" aria-hidden="true" />
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
