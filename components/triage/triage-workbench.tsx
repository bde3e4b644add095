"use client";

import { Keyboard, RotateCcw, Sparkles } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { analyzeAction, recordAction } from "@/app/(app)/triage/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { FieldError, FormMessage, Textarea } from "@/components/ui/field";
import { VerdictBadge } from "@/components/ui/badge";
import { PLATFORM_NAMES, REASON_NAMES, type DecisionStatus, type Platform } from "@/lib/domain";
import type { Analysis } from "@/lib/triage-service";
import type { AnalyzeInput } from "@/lib/validations/triage";
import type { FieldErrors } from "@/lib/validations/errors";
import { HighlightedText } from "./highlighted-text";
import { ParsedFields, type Overrides } from "./parsed-fields";
import { DeclineEditor } from "./decline-editor";
import { OutcomePanel } from "./outcome-panel";
import { MultiRequestNotice } from "./multi-request-notice";
import { ParseWarningNotice } from "./parse-warning-notice";
import { RequestOptions } from "./request-options";

export type ProfileOption = { id: string; name: string; defaultFor: Platform[] };

const VERDICT_SUMMARY = {
  ignore: "An obvious bot or spammer. No reply is owed: ignoring it is the graceful choice.",
  decline: "A real person who breaks one of your criteria. A kind, honest note is below.",
  observe: "Hold this one: learn a little more before you decide.",
  accept: "Fits the company you want to keep. Connect with intent.",
} as const;

export function TriageWorkbench({
  profiles,
  initialText = "",
  initialPlatform,
  truncated = false,
}: {
  profiles: ProfileOption[];
  initialText?: string;
  initialPlatform?: Platform;
  /** The bookmarklet had to shorten a long selection to fit a link. */
  truncated?: boolean;
}) {
  const [text, setText] = useState(initialText);
  const [platform, setPlatform] = useState<Platform | "auto">(initialPlatform ?? "auto");
  const [profileChoice, setProfileChoice] = useState<string>("auto");
  const [known, setKnown] = useState(false);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [analyzedInput, setAnalyzedInput] = useState<AnalyzeInput | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState<{ decisionId: string; status: DecisionStatus } | null>(null);
  const [analyzing, startAnalyzing] = useTransition();
  const [saving, startSaving] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);

  const detected = analysis?.result.parsed.platform;
  const effectivePlatform: Platform = platform === "auto" ? (detected ?? "other") : platform;
  const platformDefault = profiles.find((p) => p.defaultFor.includes(effectivePlatform)) ?? profiles[0];
  const stale = analysis !== null && analyzedInput !== null && analyzedInput.text !== text;

  function buildInput(extra: Partial<AnalyzeInput> = {}): AnalyzeInput {
    return {
      text,
      platform: platform === "auto" ? null : platform,
      profileId: profileChoice === "auto" ? null : profileChoice,
      knownInRealLife: known ? true : null,
      ...extra,
    };
  }

  function analyze(extra: Partial<AnalyzeInput> = {}, opts: { scroll?: boolean } = {}) {
    const input = buildInput(extra);
    startAnalyzing(async () => {
      const res = await analyzeAction(input);
      if (!res.ok) {
        setErrors(res.errors ?? {});
        setMessage(res.errors ? undefined : res.message);
        return;
      }
      setErrors({});
      setMessage(undefined);
      setSaved(null);
      setAnalysis(res.data);
      setAnalyzedInput(input);
      if (opts.scroll !== false) requestAnimationFrame(() => resultRef.current?.focus());
    });
  }

  function record(status: DecisionStatus, extra: { sentText?: string; revisitAt?: string } = {}) {
    if (!analyzedInput) return;
    startSaving(async () => {
      const res = await recordAction({ ...analyzedInput, status, ...extra });
      if (!res.ok) {
        toast.error(res.message);
        return;
      }
      setSaved(res.data);
      toast.success(
        {
          sent: "Marked as sent and saved to History.",
          drafted: "Draft saved to History.",
          held: "Held for observation. It will show in Revisit when due.",
          ignored: "Logged as ignored.",
          accepted: "Logged as accepted.",
        }[status],
      );
    });
  }

  function reset() {
    setText("");
    setAnalysis(null);
    setAnalyzedInput(null);
    setSaved(null);
    setErrors({});
    setKnown(false);
    document.getElementById("request-text")?.focus();
  }

  // A request handed over by the bookmarklet is analysed at once.
  const autoRan = useRef(false);
  useEffect(() => {
    if (initialText.trim() && !autoRan.current) {
      autoRan.current = true;
      analyze();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const evidence = useMemo(() => analysis?.result.signals.map((s) => s.evidence).filter(Boolean) ?? [], [analysis]);
  const result = analysis?.result;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <Card className="h-fit space-y-4">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            analyze();
          }}
          className="space-y-4"
          noValidate
        >
          <FormMessage message={message} />
          {truncated && text === initialText ? (
            <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
              Your selection was too long for a link, so only its beginning came through. Paste the rest below if the note matters.
            </p>
          ) : null}
          <div className="space-y-1.5">
            <label htmlFor="request-text" className="block text-sm font-medium">
              Connection request
            </label>
            <Textarea
              id="request-text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
                  e.preventDefault();
                  analyze();
                }
              }}
              rows={10}
              placeholder={"Paste it as the platform shows it, for example:\n\nPriya Raman\nSenior Product Manager at Globex\n14 mutual connections\nHi! I enjoyed your talk at the summit…"}
              aria-invalid={!!errors.text}
              aria-describedby="request-text-hint request-text-error"
              className="min-h-48 font-mono text-[13px]"
            />
            <p id="request-text-hint" className="flex items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
              <Keyboard className="size-3.5" aria-hidden="true" />
              Name, headline, mutual connections and the note, in any layout. Press Ctrl+Enter (⌘+Enter) to analyse.
            </p>
            <FieldError id="request-text-error" errors={errors.text} />
            <MultiRequestNotice text={text} />
          </div>

          <RequestOptions
            idPrefix=""
            platform={platform}
            onPlatform={setPlatform}
            platformAutoLabel="Detect from the text"
            platformHint={platform === "auto" && detected ? `Detected: ${PLATFORM_NAMES[detected]}` : undefined}
            profileChoice={profileChoice}
            onProfile={setProfileChoice}
            profileAutoLabel={platformDefault ? `Default for ${PLATFORM_NAMES[effectivePlatform]}: ${platformDefault.name}` : "Default criteria"}
            profiles={profiles}
            errors={errors}
          />

          <CheckboxField
            id="known"
            label="I know this person in real life"
            description="People you know are exempt from most criteria, but never from a competitor policy."
            checked={known}
            onChange={(e) => setKnown(e.target.checked)}
          />

          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={analyzing}>
              <Sparkles className="size-4" aria-hidden="true" />
              {analysis ? "Analyse again" : "Analyse"}
            </Button>
            {text || analysis ? (
              <Button type="button" variant="ghost" onClick={reset}>
                <RotateCcw className="size-4" aria-hidden="true" />
                Start over
              </Button>
            ) : null}
          </div>
        </form>
      </Card>

      <section aria-labelledby="result-heading" aria-busy={analyzing} className="min-w-0">
        <h2 id="result-heading" className="sr-only">
          Verdict
        </h2>
        {!result ? (
          <div className="flex h-full min-h-48 flex-col items-center justify-center rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
            <p className="font-medium">{analyzing ? "Reading the request…" : "The verdict appears here"}</p>
            <p className="mt-1 max-w-sm text-sm text-stone-600 dark:text-stone-400">
              {analyzing
                ? "Parsing the name, headline and note, and checking them against your criteria."
                : "Paste a request and press Analyse. You will see the verdict, every signal behind it, and, for a decline, a graceful draft."}
            </p>
          </div>
        ) : (
          <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none" aria-live="polite">
            <Card className={analyzing ? "opacity-60 transition-opacity" : undefined}>
              <div className="flex flex-wrap items-center gap-3">
                <VerdictBadge verdict={result.verdict} className="px-3 py-1 text-sm" />
                <span className="text-sm text-stone-600 dark:text-stone-400">{Math.round(result.confidence * 100)}% confident</span>
                {analysis.profileName ? (
                  <span className="text-sm text-stone-600 dark:text-stone-400">· profile “{analysis.profileName}”</span>
                ) : null}
              </div>
              <p className="mt-3 text-sm">{VERDICT_SUMMARY[result.verdict]}</p>
              {result.reasons.length ? (
                <ul className="mt-3 flex flex-wrap gap-2" aria-label="Reasons">
                  {result.reasons.map((r) => (
                    <li key={r} className="rounded-lg bg-rose-50 px-2.5 py-1 text-sm text-rose-900 dark:bg-rose-950/60 dark:text-rose-100">
                      {REASON_NAMES[r]}
                    </li>
                  ))}
                </ul>
              ) : null}
              <ParseWarningNotice result={result} />
              {stale ? (
                <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
                  The text changed since this analysis. Analyse again before you save.
                </p>
              ) : null}
            </Card>

            <Card>
              <h3 className="font-semibold">Signals behind the verdict</h3>
              {result.signals.length ? (
                <ul className="mt-3 space-y-2">
                  {result.signals.map((s, i) => (
                    <li key={`${s.key}-${i}`} className="text-sm">
                      <span>{s.label}</span>
                      {s.evidence ? (
                        <span className="ml-1 text-stone-600 dark:text-stone-400">
                          — “<mark className="rounded bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-400/80">{s.evidence}</mark>”
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Nothing stood out: no criterion is broken and no spam sign was found.</p>
              )}
              <details className="mt-4">
                <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
                  Show the request with the evidence marked
                </summary>
                <div className="mt-2 max-h-72 overflow-auto rounded-lg bg-stone-50 p-3 dark:bg-stone-950">
                  <HighlightedText text={analyzedInput?.text ?? text} evidence={evidence} />
                </div>
              </details>
            </Card>

            <ParsedFields
              parsed={result.parsed}
              pending={analyzing}
              onReanalyse={(overrides: Overrides) => analyze({ overrides }, { scroll: false })}
            />

            {result.verdict === "decline" && result.draft ? (
              <DeclineEditor
                key={`${analysis.result.draft?.text}`}
                result={result}
                pending={analyzing}
                saving={saving}
                saved={saved}
                onRedraft={(opts) =>
                  analyze({ overrides: analyzedInput?.overrides, tone: opts.tone, variant: opts.variant }, { scroll: false })
                }
                onRecord={(status, sentText) => record(status, { sentText })}
              />
            ) : (
              <OutcomePanel result={result} saving={saving} saved={saved} onRecord={record} />
            )}

            {saved ? (
              <Card className="flex flex-wrap items-center justify-between gap-3 border-brand-300 bg-brand-50 dark:border-brand-800 dark:bg-brand-950/40">
                <p className="text-sm font-medium">Saved to History.</p>
                <div className="flex gap-2">
                  <Link href={`/history/${saved.decisionId}`} className="text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200">
                    View in History
                  </Link>
                  <Button type="button" size="sm" variant="secondary" onClick={reset}>
                    Triage another
                  </Button>
                </div>
              </Card>
            ) : null}
          </div>
        )}
      </section>
    </div>
  );
}
