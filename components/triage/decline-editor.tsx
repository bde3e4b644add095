"use client";

import { AlertTriangle, CircleAlert, Send, Shuffle } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/field";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { TONES, type DecisionStatus, type Tone } from "@/lib/domain";
import { graceCheck } from "@/lib/triage/grace";
import type { TriageResult } from "@/lib/triage/schema";
import type { AnalyzeInput } from "@/lib/validations/triage";
import { AnalysedInputFields, type RecordFormAction } from "./record-form";

const TONE_LABEL: Record<Tone, string> = { warm: "Warm", formal: "Formal", brief: "Brief" };

/** The decline draft: tone and length switches, another wording, live grace check, copy and send (a form: saving works before JavaScript). */
export function DeclineEditor({
  result,
  input,
  pending,
  saving,
  saved,
  onRedraft,
  recordAction,
}: {
  result: TriageResult;
  /** The request as analysed, posted again with the outcome. */
  input: AnalyzeInput;
  pending: boolean;
  saving: boolean;
  saved: { status: DecisionStatus } | null;
  onRedraft: (opts: { tone: Tone; variant: number }) => void;
  recordAction: RecordFormAction;
}) {
  const draft = result.draft!;
  const [length, setLength] = useState<"long" | "short">("long");
  const [text, setText] = useState(draft.text);
  const limit = length === "short" ? Math.min(300, draft.platformLimit) : draft.platformLimit;
  const issues = useMemo(() => graceCheck(text, { platform: result.parsed.platform, reasons: result.reasons }), [text, result]);
  const over = text.length > limit;
  // Hand edits to the draft are the user's own words: ask before a reload throws them away.
  useUnsavedChanges(!saved && text !== draft.text && text !== draft.short);

  function switchLength(next: "long" | "short") {
    setLength(next);
    setText(next === "short" ? draft.short : draft.text);
  }

  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-semibold">Your graceful decline</h3>
        <Button type="button" size="sm" variant="ghost" pending={pending} onClick={() => onRedraft({ tone: draft.tone, variant: draft.variant + 1 })}>
          <Shuffle className="size-4" aria-hidden="true" /> Another wording
        </Button>
      </div>

      <div className="flex flex-wrap gap-4">
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-400">Tone</legend>
          <Segmented
            name="tone"
            options={TONES.map((t) => ({ value: t, label: TONE_LABEL[t] }))}
            value={draft.tone}
            disabled={pending}
            onChange={(tone) => onRedraft({ tone: tone as Tone, variant: draft.variant })}
          />
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-400">Length</legend>
          <Segmented
            name="length"
            options={[
              { value: "long", label: "Full message" },
              { value: "short", label: "Short note" },
            ]}
            value={length}
            onChange={(v) => switchLength(v as "long" | "short")}
          />
        </fieldset>
      </div>

      <form action={recordAction} className="space-y-4">
      <AnalysedInputFields input={input} />
      <div className="space-y-1.5">
        <label htmlFor="draft-text" className="block text-sm font-medium">
          Message (edit freely)
        </label>
        <Textarea
          id="draft-text"
          name="sentText"
          rows={length === "short" ? 5 : 9}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="draft-count draft-grace"
          aria-invalid={over}
        />
        <p id="draft-count" className={cn("text-right text-xs", over ? "font-semibold text-rose-700 dark:text-rose-400" : "text-stone-600 dark:text-stone-400")}>
          {text.length.toLocaleString("en-US")} / {limit.toLocaleString("en-US")} characters
          {length === "short" ? " (fits any note box)" : ` (${result.parsed.platform === "other" ? "message" : "platform"} limit)`}
        </p>
      </div>

      <div id="draft-grace" aria-live="polite">
        {issues.length ? (
          <ul className="space-y-2">
            {issues.map((i, n) => (
              <li
                key={`${i.key}-${n}`}
                className={cn(
                  "flex gap-2 rounded-lg px-3 py-2 text-sm",
                  i.severity === "error"
                    ? "bg-rose-50 text-rose-900 dark:bg-rose-950/60 dark:text-rose-100"
                    : "bg-amber-50 text-amber-900 dark:bg-amber-950/60 dark:text-amber-100",
                )}
              >
                {i.severity === "error" ? (
                  <CircleAlert className="mt-0.5 size-4 shrink-0" aria-label="Problem" />
                ) : (
                  <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-label="Suggestion" />
                )}
                <span>
                  {i.message}
                  {i.evidence ? <> (“{i.evidence}”)</> : null} <span className="opacity-90">{i.suggestion}</span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-brand-800 dark:text-brand-200">Grace check: thanks first, honest, kind. Ready to send.</p>
        )}
      </div>

      <div className="flex flex-wrap gap-2">
        <CopyButton text={text} />
        <Button type="submit" name="status" value="drafted" size="sm" variant="secondary" pending={saving} disabled={!!saved}>
          Save draft
        </Button>
        <Button type="submit" name="status" value="sent" size="sm" pending={saving} disabled={!!saved || over || !text.trim()}>
          <Send className="size-4" aria-hidden="true" /> Mark as sent
        </Button>
      </div>
      </form>
    </Card>
  );
}

function Segmented({
  name,
  options,
  value,
  disabled,
  onChange,
}: {
  name: string;
  options: { value: string; label: string }[];
  value: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="inline-flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
      {options.map((o) => (
        <label
          key={o.value}
          className={cn(
            "cursor-pointer rounded-md px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500",
            value === o.value ? "bg-brand-600 text-white dark:bg-brand-400 dark:text-brand-950" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
          )}
        >
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={disabled}
            onChange={() => onChange(o.value)}
            className="sr-only"
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
