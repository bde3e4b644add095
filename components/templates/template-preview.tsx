"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { PLATFORMS, type Language, type Platform, type ReasonKey } from "@/lib/domain";
import { draftDecline, fillTemplate } from "@/lib/triage/draft";
import { PACKS } from "@/lib/triage/lang";
import type { ParsedRequest } from "@/lib/triage/schema";

/** The sample person every preview is filled for. */
export const SAMPLE_PERSON = { firstName: "Priya", name: "Priya Raman", company: "Globex" };

function sampleRequest(platform: Platform): ParsedRequest {
  return {
    platform,
    platformDetected: false,
    name: SAMPLE_PERSON.name,
    firstName: SAMPLE_PERSON.firstName,
    // The engine's input, never shown: the draft reads the name and the company.
    headline: `Senior Technical Recruiter at ${SAMPLE_PERSON.company}`, // i18n-ignore
    role: "Senior Technical Recruiter", // i18n-ignore
    company: SAMPLE_PERSON.company,
    mutualConnections: 3,
    note: null,
    links: [],
    handles: [],
    phones: [],
    emails: [],
  };
}

/** The wording filled in for a sample person, alone and inside the decline the engine would draft with it, in the wording's language. */
export function TemplatePreview({ body, reasonKey, language }: { body: string; reasonKey: ReasonKey; language: Language }) {
  const t = useTranslations("templates.preview");
  const tc = useTranslations("common");
  const [platform, setPlatform] = useState<Platform>("linkedin");
  const selectId = useId();
  const filled = fillTemplate(body, { ...SAMPLE_PERSON, platform: PACKS[language].draft.platformName(platform) });
  const draft = body.trim()
    ? draftDecline({
        parsed: sampleRequest(platform),
        reasons: [reasonKey],
        profile: {
          reasons: { competitor: undefined, blocked_role: undefined, not_known_in_real_life: undefined, no_personal_note: undefined, [reasonKey]: body },
          signature: undefined,
          tone: "warm",
        },
        blockedRole: "recruiter",
        language,
      }).text
    : null;
  return (
    <Card className="space-y-4">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("filledFor", { name: SAMPLE_PERSON.name, company: SAMPLE_PERSON.company })}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={selectId} className="text-stone-800 dark:text-stone-200">
          {t("invitationOn")}
        </label>
        <div className="w-36">
          <Select id={selectId} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} className="h-9 py-1">
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {tc(`platform.${p}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <blockquote
        lang={filled ? language : undefined}
        className="rounded-lg border-l-4 border-brand-500 bg-stone-50 px-4 py-3 text-sm break-words whitespace-pre-wrap text-stone-900 dark:bg-stone-950 dark:text-stone-100"
      >
        {filled || (
          <span className="text-stone-600 dark:text-stone-400">
            {t("empty")}
          </span>
        )}
      </blockquote>
      {draft ? (
        <div>
          <h3 className="text-sm font-medium">{t("inWarmDecline")}</h3>
          <p
            lang={language}
            className="mt-2 rounded-lg border border-stone-200 px-4 py-3 text-sm break-words whitespace-pre-wrap text-stone-800 dark:border-stone-700 dark:text-stone-200"
          >
            {draft}
          </p>
        </div>
      ) : null}
    </Card>
  );
}
