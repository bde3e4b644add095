"use client";

import { Card } from "@/components/ui/card";
import { REASON_NAMES, type ReasonKey } from "@/lib/domain";
import { fillTemplate } from "./sample";

/** The sample person every preview is filled for. */
export const SAMPLE_PERSON = { firstName: "Priya", name: "Priya Raman", company: "Globex", platform: "LinkedIn" };

export function TemplatePreview({ body, reasonKey }: { body: string; reasonKey: ReasonKey }) {
  const filled = fillTemplate(body, SAMPLE_PERSON);
  return (
    <Card className="space-y-3">
      <h2 id="template-preview-title" className="text-base font-semibold">
        Preview
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        For {SAMPLE_PERSON.name} of {SAMPLE_PERSON.company}, who invited you on {SAMPLE_PERSON.platform}, declined because:{" "}
        {REASON_NAMES[reasonKey].toLowerCase()}.
      </p>
      <blockquote
        className="rounded-lg border-l-4 border-brand-500 bg-stone-50 px-4 py-3 text-sm whitespace-pre-wrap text-stone-900 dark:bg-stone-950 dark:text-stone-100"
      >
        {filled || <span className="text-stone-600 dark:text-stone-400">Write the wording to see it here.</span>}
      </blockquote>
    </Card>
  );
}
