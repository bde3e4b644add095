"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useLayoutEffect, useRef, useState } from "react";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/safe-action";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { formDataToObject } from "@/lib/validations/form-data";
import { Button, ButtonLink } from "./button";
import { FormMessage } from "./field";
import { useUnsavedChanges } from "./use-unsaved-changes";

type Posted = Record<string, string | string[]>;

/**
 * State for an editor form posted to its server action (`<form action={formAction} onSubmit={onSubmit}>`,
 * so it saves before JavaScript too): the values as typed (never lost on an error), per-field
 * errors that go as the field changes, focus on the first invalid field, and a pending flag.
 * The action's form schema runs on the form's own data first, as an instant hint that stops
 * the submit only when the input is invalid. Every value must be in a named field.
 */
export function useEditorForm<V extends Record<string, unknown>, D>({
  initial,
  schema,
  action,
  fromPosted,
  onSaved,
  focusTarget = {},
}: {
  initial: V;
  /** The action's form schema (it reads the posted form). */
  schema: z.ZodType;
  action: (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;
  /** The form's values from what a failed POST echoed back (the page rendered without JavaScript). */
  fromPosted: (posted: Posted, initial: V) => V;
  onSaved: (data: D, message?: string) => void;
  /** The element to focus for a field whose id is not the field's name. */
  focusTarget?: Record<string, string>;
}) {
  const t = useTranslations("validation");
  const [state, formAction, pending] = useActionState(action, {});
  // A success the page came with (a POST answered with a whole page, no script ran): the page says it.
  const [rendered] = useState(state);
  const done = state.ok && state === rendered;
  const [values, setValues] = useState<V>(() => (state.values && !state.ok ? fromPosted(state.values, initial) : initial));
  const [errors, setErrors] = useState<FieldErrors>(state.errors ?? {});
  const [message, setMessage] = useState<string | undefined>(state.ok ? undefined : state.message);
  // Compared as JSON: the values are plain form data (strings, numbers, lists).
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  useUnsavedChanges(!state.ok && JSON.stringify(values) !== saved);

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    // A field's errors (and its entries', "competitors.2") go as soon as it changes; saving checks everything again.
    const name = String(key);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== name && !k.startsWith(`${name}.`))));
  }

  function showErrors(next: FieldErrors, text = t("form.correctFields")) {
    setErrors(next);
    setMessage(text);
    const first = Object.keys(next)[0]?.split(".")[0];
    if (first) document.getElementById(focusTarget[first] ?? first)?.focus();
  }

  const seen = useRef(state);
  const latest = useRef({ onSaved, values });
  // the latest callback and values, for the effect below that runs after a save
  useLayoutEffect(() => {
    latest.current = { onSaved, values };
  });
  useEffect(() => {
    if (state === seen.current) return;
    seen.current = state;
    if (state.ok && state.data) {
      setSaved(JSON.stringify(latest.current.values));
      latest.current.onSaved(state.data, state.message);
    } else if (state.errors) showErrors(state.errors, state.message);
    else if (state.message) {
      setMessage(state.message);
      toast.error(state.message);
    }
    // showErrors reads only setters and focusTarget.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    // The same schema as the server action: instant feedback, and the server checks again.
    const parsed = schema.safeParse(formDataToObject(new FormData(e.currentTarget)));
    if (!parsed.success) {
      e.preventDefault();
      return showErrors(fieldErrors(parsed.error, t));
    }
    setMessage(undefined);
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

  return { values, set, errors, errorsFor, invalidEntries, message, pending, onSubmit, formAction, state, done };
}

/** The form-wide message; it takes no room until there is one, so columns beside the form line up. */
export function EditorFormMessage({
  message,
  saved,
}: {
  message?: string;
  saved?: { message?: string; links: { href: string; label: string }[] };
}) {
  return (
    <div className={message ? undefined : "-mb-6"}>
      <FormMessage message={message} />
      {/* Saved by a POST the server answered with this page (no script ran to toast and move on): the page says so and links on. */}
      {saved ? (
        <div className="mb-6 space-y-2">
          <FormMessage tone="success" message={saved.message} />
          <p className="flex flex-wrap gap-4 text-sm">
            {saved.links.map((l) => (
              <Link key={l.href} href={l.href} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                {l.label}
              </Link>
            ))}
          </p>
        </div>
      ) : null}
    </div>
  );
}

export function EditorFormActions({ pending, submitLabel, cancelHref }: { pending: boolean; submitLabel: string; cancelHref: string }) {
  const t = useTranslations("common");
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
      <ButtonLink href={cancelHref} variant="secondary">
        {t("actions.cancel")}
      </ButtonLink>
    </div>
  );
}
