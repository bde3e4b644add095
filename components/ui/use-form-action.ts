"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/safe-action";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { formDataToObject } from "@/lib/validations/form-data";

/**
 * A real form for a server action: render `<form ref={formRef} action={formAction} onSubmit={onSubmit}>`.
 * Before hydration (or without JavaScript) the browser POSTs it and the server renders the
 * action's state into the page; after hydration React runs the action in a transition. The
 * action's own zod schema runs first as an instant hint (in the page's language, as the
 * server would answer), and stops the submit only when the input is invalid. Fields stay uncontrolled: give them `defaultValue={values.x ?? …}` so an
 * error brings them back as typed (React resets a form after its action).
 */
export function useFormAction<D = unknown>(
  schema: z.ZodType | null,
  action: (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>,
  opts: {
    onSuccess?: (state: ActionState<D>, form: HTMLFormElement | null) => void;
    initial?: ActionState<D>;
    /**
     * For a form that exists only once scripts run (in a dialog) and may be gone when its
     * action returns (its item leaves the list): the action runs in a transition started by
     * the submit, so onSuccess still runs after the form unmounts.
     */
    inTransition?: boolean;
  } = {},
) {
  const t = useTranslations("validation");
  const [actionState, formAction, actionPending] = useActionState(action, opts.initial ?? {});
  const [direct, setDirect] = useState<ActionState<D> | null>(null);
  const [directPending, startDirect] = useTransition();
  const state = direct ?? actionState;
  const pending = actionPending || directPending;
  // The browser-side check's errors, until the next submit.
  const [hint, setHint] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const seen = useRef(actionState);
  // The state the page was rendered with: a result there came from a POST the server
  // answered with a whole page (before hydration, or without JavaScript), so no toast said it.
  const [rendered] = useState(actionState);
  const onSuccess = useRef(opts.onSuccess);
  // the latest callback, for an effect or a transition that outlives this render
  useLayoutEffect(() => {
    onSuccess.current = opts.onSuccess;
  });

  useEffect(() => {
    // Only React's own submits: a transition started by onSubmit reports for itself.
    if (actionState === seen.current) return;
    seen.current = actionState;
    if (actionState.ok) onSuccess.current?.(actionState, formRef.current);
  }, [actionState]);

  const errors = hint ?? state.errors ?? {};
  useEffect(() => {
    if (Object.keys(hint ?? state.errors ?? {}).length) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [hint, state]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const formData = new FormData(e.currentTarget);
    const parsed = schema?.safeParse(formDataToObject(formData));
    if (parsed && !parsed.success) {
      e.preventDefault();
      return setHint(fieldErrors(parsed.error, t));
    }
    setHint(null);
    if (!opts.inTransition) return; // React posts the form to the action
    e.preventDefault();
    const form = e.currentTarget;
    startDirect(async () => {
      const result = await action(state, formData);
      setDirect(result);
      if (result.ok) onSuccess.current?.(result, form);
    });
  }

  const message = hint ? t("form.correctFields") : state.message;
  /** A value as the user typed it in the last failed submit (never a password). */
  const value = (name: string): string | undefined => {
    const v = state.ok ? undefined : state.values?.[name];
    return typeof v === "string" ? v : undefined;
  };
  /** A success the page must say itself (it came with the page, not to a running script). */
  const doneMessage = state.ok && state === rendered ? state.message : undefined;
  return { formRef, formAction, onSubmit, pending, state, errors, message, value, doneMessage };
}
