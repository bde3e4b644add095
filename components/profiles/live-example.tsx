"use client";

import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { VerdictBadge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { signalText } from "@/components/triage/signal-messages";
import { controlClass, Select } from "@/components/ui/field";
import type { Language, Platform, ReasonKey } from "@/lib/domain";
import type { CriteriaProfileInput, TriageResult } from "@/lib/triage/schema";
import type { TemplateWordings } from "@/lib/triage-service/language";
import { profileSchema } from "@/lib/validations/profile";
import type { ProfileFormValues } from "./profile-form";

type Engine = Pick<typeof import("@/lib/triage-service/language"), "triageInUserLanguage" | "profileReasons">;

/** The sample requests, written in each interface language (profiles.liveExample.samples), and where each comes from. */
export const SAMPLE_PLATFORMS = { recruiter: "linkedin", metOnline: "facebook", noNote: "linkedin", scam: "instagram" } as const satisfies Record<string, Platform>;
const SAMPLE_KEYS = Object.keys(SAMPLE_PLATFORMS) as (keyof typeof SAMPLE_PLATFORMS)[];

/** The form's values as the engine's profile, leniently: an invalid entry is left out rather than stop the example. */
function engineProfile(
  engine: Engine,
  values: ProfileFormValues,
  reasons: Partial<Record<ReasonKey, TemplateWordings>>,
  accountSignature: string | null,
  userLanguage: Language,
): CriteriaProfileInput {
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
    reasons: engine.profileReasons(reasons, values.language || userLanguage),
    signature,
    ...(values.language ? { language: values.language } : {}),
  };
}

/** What the profile being edited would decide for a sample request, recomputed as either changes. */
export function LiveExample({
  values,
  reasons,
  accountSignature,
  userLanguage,
}: {
  values: ProfileFormValues;
  /** The user's default wording per reason, as real drafts use it. */
  reasons: Partial<Record<ReasonKey, TemplateWordings>>;
  accountSignature: string | null;
  /** The user's own language: where a request's cannot be read, drafts are in it. */
  userLanguage: Language;
}) {
  const t = useTranslations("profiles.liveExample");
  const samples = SAMPLE_KEYS.map((key) => ({ key, label: t(`samples.${key}.label`), text: t(`samples.${key}.text`) }));
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState<string>(samples[0]!.text);
  const textId = useId();
  const sampleId = useId();

  // The engine (with its spam model) loads after the form, so the form is usable at once.
  useEffect(() => {
    let live = true;
    import("@/lib/triage-service/language").then(
      (language) => live && setEngine({ triageInUserLanguage: language.triageInUserLanguage, profileReasons: language.profileReasons }),
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
  const preset = samples.find((s) => s.text === text)?.key ?? "";
  // A sample says where it comes from; the user's own text is read for it.
  const sampleShown = SAMPLE_KEYS.find((key) => t(`samples.${key}.text`) === deferredText);
  const platform: Platform | undefined = sampleShown ? SAMPLE_PLATFORMS[sampleShown] : undefined;
  const result = useMemo((): TriageResult | null => {
    if (!engine || !deferredText.trim()) return null;
    try {
      const profile = engineProfile(engine, deferredValues, reasons, accountSignature, userLanguage);
      return engine.triageInUserLanguage({ text: deferredText, platform, profile }, userLanguage);
    } catch {
      return null;
    }
  }, [engine, deferredText, platform, deferredValues, reasons, accountSignature, userLanguage]);

  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("description")}</p>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={sampleId} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          {t("trySample")}
        </label>
        <Select
          id={sampleId}
          value={preset}
          onChange={(e) => {
            const found = samples.find((s) => s.key === e.target.value);
            if (found) setText(found.text);
          }}
        >
          {preset === "" ? <option value="">{t("ownText")}</option> : null}
          {samples.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={textId} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          {t("sampleRequest")}
        </label>
        <textarea id={textId} rows={7} value={text} onChange={(e) => setText(e.target.value)} className={controlClass} />
        <p className="text-xs text-stone-600 dark:text-stone-400">{t("sampleHint")}</p>
      </div>

      <section aria-label={t("region")} className="space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        {failed ? (
          <p className="text-sm text-rose-700 dark:text-rose-400">{t("loadFailed")}</p>
        ) : !engine ? (
          <p className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
            <Spinner /> {t("loading")}
          </p>
        ) : !result ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("empty")}</p>
        ) : (
          <ExampleResult result={result} />
        )}
        {engine && !criteriaAreValid ? <p className="text-xs text-amber-800 dark:text-amber-300">{t("invalidLeftOut")}</p> : null}
      </section>
    </Card>
  );
}

function ExampleResult({ result }: { result: TriageResult }) {
  const t = useTranslations("profiles.liveExample");
  const tc = useTranslations("common");
  const ts = useTranslations("signals");
  const reasons = result.reasons.map((r) => tc(`reason.${r}`)).join("; ");
  const summary =
    result.verdict === "observe" && result.advice
      ? result.signals.some((s) => s.key === "criteria.met_online")
        ? t("summary.metOnline")
        : t("summary.fewMutual")
      : t(`summary.${result.verdict}`);
  return (
    <>
      <div className="flex flex-wrap items-center gap-2" aria-live="polite" aria-atomic="true">
        <VerdictBadge verdict={result.verdict} />
        <span className="text-sm text-stone-600 dark:text-stone-400">{t("sure", { confidence: Math.round(result.confidence * 100) / 100 })}</span>
        {reasons ? <span className="sr-only">{t("reasonsSr", { reasons })}</span> : null}
      </div>
      {result.reasons.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("reasons")}>
          {result.reasons.map((r) => (
            <li key={r} className="rounded-md bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-100">
              {tc(`reason.${r}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">{summary}</p>
      {result.draft ? (
        <div className="space-y-1.5">
          <p
            lang={result.draft.language}
            className="rounded-lg border-l-4 border-brand-500 bg-stone-50 px-4 py-3 text-sm break-words whitespace-pre-wrap dark:bg-stone-950"
          >
            {result.draft.text}
          </p>
          <p className="text-xs text-stone-600 dark:text-stone-400">
            {t("draftLanguage", { language: result.draft.language })}
            {result.draft.reasonLanguageFallback ? <> {t("reasonFallback")}</> : null}
          </p>
        </div>
      ) : null}
      {result.signals.length ? (
        <div>
          <h3 className="text-sm font-medium">{t("why")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
            {result.signals.map((s) => (
              <li key={s.key + s.evidence}>{signalText(ts, s)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
