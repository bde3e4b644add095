"use client";

import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { VerdictBadge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { controlClass, Select } from "@/components/ui/field";
import { REASON_NAMES, type ReasonKey } from "@/lib/domain";
import type { CriteriaProfileInput, TriageResult } from "@/lib/triage/schema";
import { profileSchema } from "@/lib/validations/profile";
import type { ProfileFormValues } from "./profile-form";

type Engine = typeof import("@/lib/triage/engine");

export const SAMPLE_REQUESTS = [
  {
    key: "recruiter",
    label: "LinkedIn: a recruiter at a competitor",
    text: "Dana Whitfield\nSenior Technical Recruiter at Globex\n12 mutual connections\nHi! I came across your profile and was impressed by your work. We have some exciting opportunities at Globex that I'd love to tell you about. Let's connect!",
  },
  {
    key: "met-online",
    label: "Facebook: a stranger from a group",
    text: "Ben Carter\n2 mutual friends\nHi, I saw your comment in the Women in Product group and loved it, would be great to connect!",
  },
  {
    key: "no-note",
    label: "LinkedIn: a designer, no note",
    text: "Ana Lima\nProduct Designer at Initech\n48 mutual connections",
  },
  {
    key: "scam",
    label: "Instagram: an obvious scam",
    text: "crypto_queen_4u\nHey dear! I made $5,000 this week trading crypto, DM me on WhatsApp +1 555 0100 and I'll show you how 💰",
  },
] as const;

/** The form's values as the engine's profile, leniently: an invalid entry is left out rather than stop the example. */
function engineProfile(values: ProfileFormValues, reasons: Partial<Record<ReasonKey, string>>, accountSignature: string | null): CriteriaProfileInput {
  const list = (items: string[]) => items.map((s) => s.trim()).filter((s) => s && s.length <= 200);
  const min = Number(values.minMutualConnections);
  const signature = values.signature.trim() || accountSignature || undefined;
  return {
    onlyKnownInRealLife: values.onlyKnownInRealLife,
    knownPeople: list(values.knownPeople),
    competitors: list(values.competitors),
    blockedRoles: list(values.blockedRoles),
    requirePersonalNote: values.requirePersonalNote,
    minMutualConnections: Number.isInteger(min) && min >= 0 && min <= 1_000_000 ? min : 0,
    observeStrangersMetOnline: values.observeStrangersMetOnline,
    tone: values.tone,
    reasons,
    signature,
  };
}

/** What the profile being edited would decide for a sample request, recomputed as either changes. */
export function LiveExample({
  values,
  reasons,
  accountSignature,
}: {
  values: ProfileFormValues;
  /** The user's default wording per reason, as real drafts use it. */
  reasons: Partial<Record<ReasonKey, string>>;
  accountSignature: string | null;
}) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState<string>(SAMPLE_REQUESTS[0].text);
  const textId = useId();
  const sampleId = useId();

  // The engine (with its spam model) loads after the form, so the form is usable at once.
  useEffect(() => {
    let live = true;
    import("@/lib/triage/engine").then(
      (m) => live && setEngine(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Typing stays quick: the example follows a beat behind when the engine is busy.
  const deferredValues = useDeferredValue(values);
  const deferredText = useDeferredValue(text);
  // The name plays no part in the example; the criteria do.
  const criteriaAreValid = profileSchema.omit({ name: true }).safeParse(deferredValues).success;
  const result = useMemo((): TriageResult | null => {
    if (!engine || !deferredText.trim()) return null;
    try {
      return engine.triage({ text: deferredText, profile: engineProfile(deferredValues, reasons, accountSignature) });
    } catch {
      return null;
    }
  }, [engine, deferredText, deferredValues, reasons, accountSignature]);

  const preset = SAMPLE_REQUESTS.find((s) => s.text === text)?.key ?? "";

  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-base font-semibold">Live example</h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          What this profile would decide for a sample request. Change the profile or the request and watch it follow.
        </p>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={sampleId} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          Try a sample
        </label>
        <Select
          id={sampleId}
          value={preset}
          onChange={(e) => {
            const found = SAMPLE_REQUESTS.find((s) => s.key === e.target.value);
            if (found) setText(found.text);
          }}
        >
          {preset === "" ? <option value="">Your own text</option> : null}
          {SAMPLE_REQUESTS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={textId} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          Sample request
        </label>
        <textarea id={textId} rows={7} value={text} onChange={(e) => setText(e.target.value)} className={controlClass} />
        <p className="text-xs text-stone-600 dark:text-stone-400">Only for trying the profile: nothing here is saved.</p>
      </div>

      <section aria-label="What this profile decides" className="space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        {failed ? (
          <p className="text-sm text-rose-700 dark:text-rose-400">The example could not load. Reload the page to try again.</p>
        ) : !engine ? (
          <p className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
            <Spinner /> Loading the example…
          </p>
        ) : !result ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">Type or paste a request above to see what this profile decides.</p>
        ) : (
          <ExampleResult result={result} />
        )}
        {engine && !criteriaAreValid ? (
          <p className="text-xs text-amber-800 dark:text-amber-300">Entries the form marks as invalid are left out of the example until you fix them.</p>
        ) : null}
      </section>
    </Card>
  );
}

const VERDICT_SUMMARY: Record<TriageResult["verdict"], string> = {
  accept: "Accept: nothing in this profile stands against them.",
  decline: "Decline, with a graceful note:",
  observe: "Hold for observation and revisit later.",
  ignore: "Ignore: an obvious bot or scam, so no reply is owed.",
};

function ExampleResult({ result }: { result: TriageResult }) {
  const reasons = result.reasons.map((r) => REASON_NAMES[r]).join("; ");
  return (
    <>
      <div className="flex flex-wrap items-center gap-2" aria-live="polite" aria-atomic="true">
        <VerdictBadge verdict={result.verdict} />
        <span className="text-sm text-stone-600 dark:text-stone-400">{Math.round(result.confidence * 100)}% sure</span>
        {reasons ? <span className="sr-only">Reasons: {reasons}.</span> : null}
      </div>
      {result.reasons.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Reasons">
          {result.reasons.map((r) => (
            <li key={r} className="rounded-md bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-100">
              {REASON_NAMES[r]}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">{result.verdict === "observe" && result.advice ? result.advice.summary : VERDICT_SUMMARY[result.verdict]}</p>
      {result.draft ? (
        <p className="rounded-lg border-l-4 border-brand-500 bg-stone-50 px-4 py-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-950">
          {result.draft.text}
        </p>
      ) : null}
      {result.signals.length ? (
        <div>
          <h3 className="text-sm font-medium">Why</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
            {result.signals.map((s) => (
              <li key={s.key + s.evidence}>{s.label}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
