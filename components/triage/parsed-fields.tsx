"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField, Field, Textarea, describedBy } from "@/components/ui/field";
import { overridesSchema, type ParsedOverrides, type ParsedRequest } from "@/lib/triage/schema";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";

/** The "Correct these" button, for notices that point the user at it. */
export const CORRECT_PARSED_ID = "correct-parsed";

export type Overrides = ParsedOverrides;

const FIELDS = [
  { key: "name", label: "Name" },
  { key: "firstName", label: "First name" },
  { key: "headline", label: "Headline" },
  { key: "company", label: "Company" },
  { key: "mutualConnections", label: "Mutual connections" },
  { key: "note", label: "Personal note" },
] as const;

type Key = (typeof FIELDS)[number]["key"];

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "Not found" : String(v));

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
  const tv = useTranslations("validation");
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<Key, string>>(() => initial(parsed));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const raw: Record<string, unknown> = {};
    for (const { key } of FIELDS) {
      const v = values[key].trim();
      if (v === String(parsed[key] ?? "")) continue; // unchanged: let the parser's reading stand
      raw[key] = key === "mutualConnections" ? (v === "" ? null : Number(v)) : v === "" ? null : v;
    }
    const checked = overridesSchema.safeParse(raw);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, tv));
      return;
    }
    setErrors({});
    setEditing(false);
    onReanalyse(checked.data);
  }

  return (
    <Card>
      <div className="flex items-center justify-between gap-3">
        <h3 className="font-semibold">What the request says</h3>
        {!editing ? (
          <Button id={CORRECT_PARSED_ID} type="button" size="sm" variant="ghost" onClick={() => { setValues(initial(parsed)); setEditing(true); }}>
            <Pencil className="size-4" aria-hidden="true" /> Correct these
          </Button>
        ) : null}
      </div>
      {!editing ? (
        <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {FIELDS.map(({ key, label }) => (
            <div key={key} className="contents">
              <dt className="text-stone-600 dark:text-stone-400">{label}</dt>
              <dd className={parsed[key] == null ? "text-stone-500 italic dark:text-stone-400" : "break-words"}>{shown(parsed[key])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <form method="post" onSubmit={submit} className="mt-3 space-y-3" noValidate>
          <div className="grid gap-3 sm:grid-cols-2">
            {FIELDS.filter((f) => f.key !== "note").map(({ key, label }) => (
              <TextField
                key={key}
                id={`parsed-${key}`}
                label={label}
                inputMode={key === "mutualConnections" ? "numeric" : undefined}
                value={values[key]}
                onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                errors={errors[key]}
              />
            ))}
          </div>
          <Field id="parsed-note" label="Personal note" errors={errors.note}>
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
              Analyse with my corrections
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

function initial(parsed: ParsedRequest): Record<Key, string> {
  return Object.fromEntries(FIELDS.map(({ key }) => [key, parsed[key] == null ? "" : String(parsed[key])])) as Record<Key, string>;
}
