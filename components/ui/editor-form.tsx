"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { Button, ButtonLink } from "./button";
import { FormMessage } from "./field";
import { useUnsavedChanges } from "./use-unsaved-changes";

const CORRECT_FIELDS = "Please correct the fields marked below.";

/**
 * State for an editor form checked by the same zod schema as its server action: the
 * values as typed (never lost on an error), per-field errors that go as the field
 * changes, focus on the first invalid field, and a pending flag for the save button.
 */
export function useEditorForm<V extends Record<string, unknown>, D>({
  initial,
  schema,
  toInput = (v) => v,
  save,
  onSaved,
  focusTarget = {},
}: {
  initial: V;
  schema: z.ZodType;
  /** What is validated and sent, when it differs from the form's own state. */
  toInput?: (values: V) => Record<string, unknown>;
  save: (input: Record<string, unknown>) => Promise<ActionResult<D>>;
  onSaved: (data: D) => void;
  /** The element to focus for a field whose id is not the field's name. */
  focusTarget?: Record<string, string>;
}) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  // Compared as JSON: the values are plain form data (strings, numbers, lists).
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  useUnsavedChanges(JSON.stringify(values) !== saved);

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    // A field's errors (and its entries', "competitors.2") go as soon as it changes; saving checks everything again.
    const name = String(key);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== name && !k.startsWith(`${name}.`))));
  }

  function showErrors(next: FieldErrors) {
    setErrors(next);
    setMessage(CORRECT_FIELDS);
    const first = Object.keys(next)[0]?.split(".")[0];
    if (first) document.getElementById(focusTarget[first] ?? first)?.focus();
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = toInput(values);
    // The same schema as the server action: instant feedback, and the server checks again.
    const parsed = schema.safeParse(input);
    if (!parsed.success) return showErrors(fieldErrors(parsed.error));
    setMessage(undefined);
    startTransition(async () => {
      const result = await save(input);
      if (result.ok) {
        setSaved(JSON.stringify(values));
        return onSaved(result.data);
      }
      if (result.errors) return showErrors(result.errors);
      setMessage(result.message);
      toast.error(result.message);
    });
  }

  /** A field's errors, including those of its entries, without repeats. */
  function errorsFor(field: string): string[] | undefined {
    const found = Object.entries(errors)
      .filter(([k]) => k === field || k.startsWith(`${field}.`))
      .flatMap(([, v]) => v);
    return found.length ? [...new Set(found)] : undefined;
  }

  /** Indexes of a list field's entries the schema refused. */
  function invalidEntries(field: string): Set<number> {
    const out = new Set<number>();
    for (const key of Object.keys(errors)) {
      const rest = key.startsWith(`${field}.`) ? key.slice(field.length + 1) : "";
      if (/^\d+$/.test(rest)) out.add(Number(rest));
    }
    return out;
  }

  return { values, set, errors, errorsFor, invalidEntries, message, pending, onSubmit };
}

/** The form-wide message; it takes no room until there is one, so columns beside the form line up. */
export function EditorFormMessage({ message }: { message?: string }) {
  return (
    <div className={message ? undefined : "-mb-6"}>
      <FormMessage message={message} />
    </div>
  );
}

export function EditorFormActions({ pending, submitLabel, cancelHref }: { pending: boolean; submitLabel: string; cancelHref: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
      <ButtonLink href={cancelHref} variant="secondary">
        Cancel
      </ButtonLink>
    </div>
  );
}
