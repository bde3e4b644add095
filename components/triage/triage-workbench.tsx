"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useReducer, useRef, useTransition } from "react";
import { toast } from "sonner";
import { useFormAction } from "@/components/ui/use-form-action";
import { analyzeAction, recordAction, type Analysed, type Recorded } from "@/lib/actions/triage";
import type { ActionState } from "@/lib/actions/safe-action";
import type { Platform } from "@/lib/domain";
import { analyzeFormSchema, type AnalyzeInput } from "@/lib/validations/triage";
import { DeclineEditor } from "./decline-editor";
import { OutcomePanel } from "./outcome-panel";
import { ParsedFields } from "./parsed-fields";
import { SavedCard } from "./record-form";
import { RequestForm, type ProfileOption } from "./request-form";
import { SignalsCard } from "./signals-card";
import { VerdictCard } from "./verdict-card";
import { initialWorkbench, requestInput, toFormData, workbenchReducer } from "./workbench-state";

export type { ProfileOption };

const lineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * Triage one request: the request form on the left, the verdict and what to do about it on
 * the right. Analysing and saving are form actions, so both work before JavaScript and
 * their results render on the server; the reducer holds only what the user types and picks.
 */
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
  const t = useTranslations("triage.result");
  const analyze = useFormAction<Analysed>(analyzeFormSchema, analyzeAction);
  const [recorded, recordFormAction, saving] = useActionState<ActionState<Recorded>, FormData>(recordAction, {});
  const [, startTransition] = useTransition();
  const posted = analyze.state.data?.input ?? (analyze.state.values as Partial<AnalyzeInput> | undefined);
  const [state, dispatch] = useReducer(workbenchReducer, { text: initialText, platform: initialPlatform, posted }, initialWorkbench);
  const resultRef = useRef<HTMLDivElement>(null);
  const scrollToResult = useRef(true);

  const shown = (s: object) => !state.dismissed.includes(s);
  const analysed = analyze.state.ok && analyze.state.data && shown(analyze.state) ? analyze.state.data : null;
  const saved = recorded.ok && recorded.data && shown(recorded) ? recorded.data : null;
  const result = analysed?.analysis.result;
  // A form posts a textarea's line breaks as CRLF (the HTML textarea wrapping transformation): the same text either way.
  const stale = analysed !== null && lineBreaks(analysed.input.text) !== lineBreaks(state.text);

  /** Analyses again with the same request and some changes (corrections, tone, wording). */
  function reanalyse(extra: Partial<AnalyzeInput>) {
    scrollToResult.current = false;
    startTransition(() => analyze.formAction(toFormData(requestInput(state, extra))));
  }

  function reset() {
    dispatch({ type: "reset", results: [analyze.state, recorded] });
    document.getElementById("request-text")?.focus();
  }

  // A new analysis puts the last save away and takes the focus (unless it was a re-analysis).
  const lastAnalysis = useRef(analyze.state);
  useEffect(() => {
    if (analyze.state === lastAnalysis.current) return;
    lastAnalysis.current = analyze.state;
    if (!analyze.state.ok) return;
    dispatch({ type: "dismiss", results: [recorded] });
    if (scrollToResult.current) requestAnimationFrame(() => resultRef.current?.focus());
    scrollToResult.current = true;
    // Only a new analysis: `recorded` is read, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [analyze.state]);

  const lastRecord = useRef(recorded);
  useEffect(() => {
    if (recorded === lastRecord.current) return;
    lastRecord.current = recorded;
    if (recorded.ok) toast.success(recorded.message ?? t("saved"));
    else toast.error(recorded.message ?? t("notSaved"));
  }, [recorded, t]);

  // A request handed over by the bookmarklet is analysed at once.
  const autoRan = useRef(false);
  useEffect(() => {
    if (initialText.trim() && !autoRan.current && !analysed) {
      autoRan.current = true;
      startTransition(() => analyze.formAction(toFormData(requestInput(state))));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <RequestForm
        state={state}
        dispatch={dispatch}
        profiles={profiles}
        detected={result?.parsed.platform}
        formRef={analyze.formRef}
        formAction={analyze.formAction}
        onSubmit={(e) => {
          scrollToResult.current = true;
          analyze.onSubmit(e);
        }}
        errors={analyze.errors}
        message={analyze.message}
        analyzing={analyze.pending}
        analysed={!!analysed}
        truncatedNotice={truncated && state.text === initialText}
        onReset={reset}
      />

      <section aria-labelledby="result-heading" aria-busy={analyze.pending} className="min-w-0">
        <h2 id="result-heading" className="sr-only">
          {t("heading")}
        </h2>
        {!analysed || !result ? (
          <div className="space-y-4">
            {/* Saved without JavaScript: the page after the POST shows where it went. */}
            {saved ? <SavedCard decisionId={saved.decisionId} /> : null}
            <div className="flex h-full min-h-48 flex-col items-center justify-center rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
              <p className="font-medium">{analyze.pending ? t("reading") : t("empty")}</p>
              <p className="mt-1 max-w-sm text-sm text-stone-600 dark:text-stone-400">{analyze.pending ? t("readingHint") : t("emptyHint")}</p>
            </div>
          </div>
        ) : (
          <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none" aria-live="polite">
            <VerdictCard analysis={analysed.analysis} pending={analyze.pending} stale={stale} />
            <SignalsCard result={result} text={analysed.input.text} />
            <ParsedFields parsed={result.parsed} pending={analyze.pending} onReanalyse={(overrides) => reanalyse({ overrides })} />
            {result.verdict === "decline" && result.draft ? (
              <DeclineEditor
                key={`${result.draft.text}`}
                result={result}
                input={analysed.input}
                pending={analyze.pending}
                saving={saving}
                saved={saved}
                onRedraft={(opts) => reanalyse({ overrides: analysed.input.overrides, tone: opts.tone, variant: opts.variant })}
                recordAction={recordFormAction}
              />
            ) : (
              <OutcomePanel result={result} input={analysed.input} saving={saving} saved={saved} recordAction={recordFormAction} />
            )}
            {saved ? <SavedCard decisionId={saved.decisionId} onReset={reset} /> : null}
          </div>
        )}
      </section>
    </div>
  );
}
