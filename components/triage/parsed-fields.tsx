"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField, Field, Textarea, describedBy } from "@/components/ui/field";
import { overridesSchema, type ParsedOverrides, type ParsedRequest } from "@/lib/triage/schema";
import type { FieldErrors } from "@/lib/validations/errors";

/** The "Correct these" button, for notices that point the user at it. */
export const CORRECT_PARSED_ID = "correct-parsed";

export type Overrides = ParsedOverrides;

const FIELDS = ["name", "firstName", "headline", "company", "mutualConnections", "note"] as const;

type Key = (typeof FIELDS)[number];

/** What the engine read from the request; the user may correct it and analyse again. */
export function ParsedFields({
  parsed,
  pending,
  onReanalyse,
}: {
  parsed: ParsedRequest;
  pending: boolean;
  onReanalyse: (overrides: Overrides) => void;
}) {
  const t = useTranslations("triage.parsed");
  const common = useTranslations("common");
  const shown = (v: unknown) => (v === null || v === undefined || v === "" ? t("notFound") : String(v));
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<Key, string>>(() => initial(parsed));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const raw: Record<string, unknown> = {};
    for (const key of FIELDS) {
      const v = values[key].trim();
      if (v === String(parsed[key] ?? "")) continue; // unchanged: let the parser's reading stand
      raw[key] = key === "mutualConnections" ? (v === "" ? null : Number(v)) : v === "" ? null : v;
    }
    const checked = overridesSchema.safeParse(raw);
    if (!checked.success) {
      setErrors(correctionErrors(checked.error, t));
      return;
    }
    setErrors({});
    setEditing(false);
    onReanalyse(checked.data);
  }

  return (
    <Card>
      <div className="flex items-center justify-between gap-3">
        <h3 className="font-semibold">{t("heading")}</h3>
        {!editing ? (
          <Button id={CORRECT_PARSED_ID} type="button" size="sm" variant="ghost" onClick={() => { setValues(initial(parsed)); setEditing(true); }}>
            <Pencil className="size-4" aria-hidden="true" /> {t("correct")}
          </Button>
        ) : null}
      </div>
      {!editing ? (
        <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {FIELDS.map((key) => (
            <div key={key} className="contents">
              <dt className="text-stone-600 dark:text-stone-400">{t(`fields.${key}`)}</dt>
              <dd className={parsed[key] == null ? "text-stone-500 italic dark:text-stone-400" : "break-words"}>{shown(parsed[key])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <form method="post" onSubmit={submit} className="mt-3 space-y-3" noValidate>
          <div className="grid gap-3 sm:grid-cols-2">
            {FIELDS.filter((key) => key !== "note").map((key) => (
              <TextField
                key={key}
                id={`parsed-${key}`}
                label={t(`fields.${key}`)}
                inputMode={key === "mutualConnections" ? "numeric" : undefined}
                value={values[key]}
                onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                errors={errors[key]}
              />
            ))}
          </div>
          <Field id="parsed-note" label={t("fields.note")} errors={errors.note}>
            <Textarea
              id="parsed-note"
              rows={3}
              value={values.note}
              onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
              aria-invalid={!!errors.note}
              aria-describedby={describedBy("parsed-note", {})}
            />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" pending={pending}>
              {t("submit")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
              {common("actions.cancel")}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

function initial(parsed: ParsedRequest): Record<Key, string> {
  return Object.fromEntries(FIELDS.map((key) => [key, parsed[key] == null ? "" : String(parsed[key])])) as Record<Key, string>;
}

type ParsedT = ReturnType<typeof useTranslations<"triage.parsed">>;

/**
 * The corrections' problems in the interface language. overridesSchema is the engine's
 * (its English messages are the HTTP API's); here each issue is said by its kind.
 */
function correctionErrors(error: z.ZodError, t: ParsedT): FieldErrors {
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const message =
      issue.code === "too_small"
        ? t("errors.min")
        : issue.code === "too_big"
          ? t("errors.tooLong", { max: Number(issue.maximum) })
          : t("errors.wholeNumber");
    const list = out.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    out.set(key, list);
  }
  return Object.fromEntries(out);
}
