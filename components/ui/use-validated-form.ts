"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validations/errors";
import type { ActionState } from "@/lib/actions/safe-action";

/**
 * A form that validates with the action's own zod schema before sending (instant errors
 * next to the fields), then runs the action in a transition (pending state). Fields stay
 * uncontrolled, so nothing typed is lost on an error; the first invalid field gets focus.
 */
export function useValidatedForm<S extends z.ZodType>(
  schema: S,
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>,
  opts: { onSuccess?: (state: ActionState, form: HTMLFormElement) => void } = {},
) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState>({});
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!state.errors) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const formData = new FormData(form);
    const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([k]) => !k.startsWith("$ACTION"))));
    if (!parsed.success) {
      setState({ ok: false, errors: fieldErrors(parsed.error) });
      return;
    }
    startTransition(async () => {
      const result = await action({}, formData);
      setState(result);
      if (result.ok) opts.onSuccess?.(result, form);
    });
  }

  return { formRef, onSubmit, pending, state, errors: state.errors ?? {}, setState };
}
