"use client";

import { useId, useState } from "react";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { PLATFORM_NAMES, PLATFORMS, type Platform, type ReasonKey } from "@/lib/domain";
import { draftDecline, fillTemplate } from "@/lib/triage/draft";
import { PLATFORM_LABELS } from "@/lib/triage/platforms";
import type { ParsedRequest } from "@/lib/triage/schema";

/** The sample person every preview is filled for. */
export const SAMPLE_PERSON = { firstName: "Priya", name: "Priya Raman", company: "Globex" };

function sampleRequest(platform: Platform): ParsedRequest {
  return {
    platform,
    platformDetected: false,
    name: SAMPLE_PERSON.name,
    firstName: SAMPLE_PERSON.firstName,
    headline: `Senior Technical Recruiter at ${SAMPLE_PERSON.company}`,
    role: "Senior Technical Recruiter",
    company: SAMPLE_PERSON.company,
    mutualConnections: 3,
    note: null,
    links: [],
    handles: [],
    phones: [],
    emails: [],
  };
}

/** The wording filled in for a sample person, alone and inside the decline the engine would draft with it. */
export function TemplatePreview({ body, reasonKey }: { body: string; reasonKey: ReasonKey }) {
  const [platform, setPlatform] = useState<Platform>("linkedin");
  const selectId = useId();
  const filled = fillTemplate(body, { ...SAMPLE_PERSON, platform: PLATFORM_LABELS[platform] });
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
      }).text
    : null;
  return (
    <Card className="space-y-4">
      <h2 className="text-base font-semibold">Preview</h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Filled in for {SAMPLE_PERSON.name}, a recruiter at {SAMPLE_PERSON.company}.
      </p>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={selectId} className="text-stone-800 dark:text-stone-200">
          Invitation on
        </label>
        <div className="w-36">
          <Select id={selectId} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} className="h-9 py-1">
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <blockquote className="rounded-lg border-l-4 border-brand-500 bg-stone-50 px-4 py-3 text-sm break-words whitespace-pre-wrap text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        {filled || <span className="text-stone-600 dark:text-stone-400">Write the wording to see it here.</span>}
      </blockquote>
      {draft ? (
        <div>
          <h3 className="text-sm font-medium">In a warm decline</h3>
          <p className="mt-2 rounded-lg border border-stone-200 px-4 py-3 text-sm break-words whitespace-pre-wrap text-stone-800 dark:border-stone-700 dark:text-stone-200">
            {draft}
          </p>
        </div>
      ) : null}
    </Card>
  );
}
