"use client";

import { AlertTriangle, CircleAlert, Languages, Send, Shuffle } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/field";
import { useLoaded } from "@/components/ui/use-loaded";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { TONES, type DecisionStatus, type Tone } from "@/lib/domain";
import type { TriageResult } from "@/lib/triage/schema";
import type { AnalyzeInput } from "@/lib/validations/triage";
import { graceText, REASON_WORD_KEYS, type GraceMessageContext } from "./grace-messages";
import { AnalysedInputFields, type RecordFormAction } from "./record-form";

// The grace check knows every language's words (lib/triage/lang): loaded after the page. The
// engine's own draft passes it; it matters once the user edits, by which time it is here.
const loadGraceCheck = () => import("@/lib/triage/grace");

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
  const t = useTranslations("triage");
  const common = useTranslations("common");
  const format = useFormatter();
  const draft = result.draft!;
  const [length, setLength] = useState<"long" | "short">("long");
  const [text, setText] = useState(draft.text);
  const limit = length === "short" ? Math.min(300, draft.platformLimit) : draft.platformLimit;
  const grace = useLoaded(loadGraceCheck);
  const issues = useMemo(() => (grace ? grace.graceCheck(text, { platform: result.parsed.platform, reasons: result.reasons }) : []), [grace, text, result]);
  const over = text.length > limit;
  // The grace check speaks English (lib/triage/grace.ts): its issues are shown in the interface language.
  const graceContext: GraceMessageContext = {
    platform: result.parsed.platform,
    reasonList: (reasons) => format.list(reasons.map((r) => t(REASON_WORD_KEYS[r])), { type: "unit", style: "short" }),
  };
  // Hand edits to the draft are the user's own words: ask before a reload throws them away.
  useUnsavedChanges(!saved && text !== draft.text && text !== draft.short);

  function switchLength(next: "long" | "short") {
    setLength(next);
    setText(next === "short" ? draft.short : draft.text);
  }

  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-semibold">{t("draft.heading")}</h3>
        <Button type="button" size="sm" variant="ghost" pending={pending} onClick={() => onRedraft({ tone: draft.tone, variant: draft.variant + 1 })}>
          <Shuffle className="size-4" aria-hidden="true" /> {t("draft.anotherWording")}
        </Button>
      </div>

      <div className="space-y-2 text-xs text-stone-600 dark:text-stone-400" data-testid="draft-languages">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Languages className="size-3.5 shrink-0" aria-hidden="true" />
          <span data-testid="request-language">{t("draft.requestLanguage", { language: common(`language.${result.language}`) })}</span>
          <span data-testid="draft-language">{t("draft.draftLanguage", { language: common(`language.${draft.language}`) })}</span>
        </p>
        {draft.reasonLanguageFallback ? (
          <p data-testid="reason-language-fallback" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
            {t.rich("draft.reasonFallback", {
              language: common(`language.${draft.language}`),
              link: (chunks) => (
                <Link href="/templates" className="font-medium underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-4">
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-400">{t("draft.tone")}</legend>
          <Segmented
            name="tone"
            options={TONES.map((tone) => ({ value: tone, label: common(`tone.${tone}`) }))}
            value={draft.tone}
            disabled={pending}
            onChange={(tone) => onRedraft({ tone: tone as Tone, variant: draft.variant })}
          />
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-stone-600 dark:text-stone-400">{t("draft.length")}</legend>
          <Segmented
            name="length"
            options={[
              { value: "long", label: t("draft.full") },
              { value: "short", label: t("draft.short") },
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
          {t("draft.message")}
        </label>
        <Textarea
          id="draft-text"
          name="sentText"
          lang={draft.language}
          rows={length === "short" ? 5 : 9}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="draft-count draft-grace"
          aria-invalid={over}
        />
        <p id="draft-count" className={cn("text-right text-xs", over ? "font-semibold text-rose-700 dark:text-rose-400" : "text-stone-600 dark:text-stone-400")}>
          {t("draft.count", { count: text.length, limit, kind: length === "short" ? "short" : result.parsed.platform === "other" ? "message" : "platform" })}
        </p>
      </div>

      <div id="draft-grace" aria-live="polite">
        {issues.length ? (
          <ul className="space-y-2">
            {issues.map((i, n) => {
              const words = graceText(t, i, graceContext);
              return (
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
                    <CircleAlert className="mt-0.5 size-4 shrink-0" aria-label={t("draft.problem")} />
                  ) : (
                    <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-label={t("draft.suggestion")} />
                  )}
                  <span>
                    {words.message}
                    {i.evidence ? <> {t("draft.evidence", { evidence: i.evidence })}</> : null} <span className="opacity-90">{words.suggestion}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-brand-800 dark:text-brand-200">{t("draft.ready")}</p>
        )}
      </div>

      <div className="flex flex-wrap gap-2">
        <CopyButton text={text} label={common("actions.copy")} />
        <Button type="submit" name="status" value="drafted" size="sm" variant="secondary" pending={saving} disabled={!!saved}>
          {t("draft.saveDraft")}
        </Button>
        <Button type="submit" name="status" value="sent" size="sm" pending={saving} disabled={!!saved || over || !text.trim()}>
          <Send className="size-4" aria-hidden="true" /> {t("draft.markSent")}
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
