"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { describedBy, Field, FormMessage, Input, Textarea } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeStatusAction } from "@/lib/actions/history";
import { CHANGEABLE_STATUSES, decisionStatusFormSchema } from "@/lib/validations/decision";
import { addDays, isoDay } from "./format";

type Changeable = (typeof CHANGEABLE_STATUSES)[number];

const QUICK_HOLDS = [
  { days: 7, key: "week" },
  { days: 30, key: "month" },
  { days: 90, key: "threeMonths" },
] as const;

/**
 * What happened to a request: sent (with the text that went out), held until a date,
 * accepted or ignored. `fixed` shows one choice only (the Revisit view's dialogs).
 */
export function StatusForm({
  decision,
  fixed,
  submitLabel,
  onDone,
}: {
  decision: { id: string; status: string; revisitAt: Date | null; draftText: string | null; sentText: string | null };
  fixed?: Changeable;
  submitLabel?: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("history.statusForm");
  const tc = useTranslations("common.status");
  // A draft has no status of these yet: nothing is ticked until the person says what happened.
  const initial = fixed ?? ((CHANGEABLE_STATUSES as readonly string[]).includes(decision.status) ? (decision.status as Changeable) : null);
  const [status, setStatus] = useState<Changeable | null>(initial);
  const { formRef, formAction, onSubmit, pending, state, errors, message, value, doneMessage } = useFormAction(decisionStatusFormSchema, changeStatusAction, {
    onSuccess: (result) => {
      toast.success(result.message ?? t("saved"));
      router.refresh();
      onDone?.();
    },
    // The Revisit dialogs: saving may take the card (and this form) off the page.
    inTransition: !!fixed,
  });
  const idFor = (name: string) => `${name}-${decision.id}${fixed ? `-${fixed}` : ""}`;
  // Holding again (the Revisit dialog) suggests a week out; the dialog renders on the client only.
  const defaultRevisit =
    decision.status === "held" && decision.revisitAt && decision.revisitAt > new Date()
      ? isoDay(decision.revisitAt)
      : fixed === "held"
        ? isoDay(addDays(new Date(), 7))
        : "";
  const sentDefault = decision.sentText ?? decision.draftText ?? "";

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.ok ? undefined : message} />
      {/* Saved by a POST the server answered with this page (no script ran to toast it). */}
      <FormMessage tone="success" message={doneMessage} />
      <input type="hidden" name="id" value={decision.id} />
      {fixed ? (
        <input type="hidden" name="status" value={fixed} />
      ) : (
        <fieldset>
          <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">{t("question")}</legend>
          {status === null ? (
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("stillDraft")}</p>
          ) : null}
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {CHANGEABLE_STATUSES.map((s) => (
              <label
                key={s}
                className="flex cursor-pointer items-start gap-2 rounded-lg border border-stone-200 p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-stone-700 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950"
              >
                <input
                  type="radio"
                  name="status"
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                  className="mt-0.5 accent-brand-600 dark:accent-brand-400"
                />
                <span>
                  <span className="block font-medium">{tc(s)}</span>
                  <span className="block text-stone-600 dark:text-stone-400">{t(`hint.${s}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.status ? <p className="mt-1 text-sm text-rose-700 dark:text-rose-400">{errors.status[0]}</p> : null}
        </fieldset>
      )}

      {/* Hidden rather than removed, so text typed for one choice survives trying another. */}
      <div hidden={status !== "sent"}>
        <Field
          id={idFor("sentText")}
          label={t("sentLabel")}
          hint={t("sentHint")}
          errors={errors.sentText}
        >
          <Textarea
            id={idFor("sentText")}
            name="sentText"
            rows={5}
            defaultValue={value("sentText") ?? sentDefault}
            aria-invalid={!!errors.sentText?.length}
            aria-describedby={describedBy(idFor("sentText"), { hint: true, errors: errors.sentText })}
          />
        </Field>
        {fixed && decision.draftText ? (
          <div className="mt-2 flex flex-wrap gap-2">
            <CopyButton text={decision.draftText} label={t("copyDraft")} />
          </div>
        ) : null}
      </div>

      <div hidden={status !== "held"}>
        <Field id={idFor("revisitAt")} label={t("revisitLabel")} hint={t("revisitHint")} errors={errors.revisitAt}>
          <Input
            id={idFor("revisitAt")}
            name="revisitAt"
            type="date"
            min={isoDay(new Date())}
            defaultValue={value("revisitAt") ?? defaultRevisit}
            className="max-w-48"
            aria-invalid={!!errors.revisitAt?.length}
            aria-describedby={describedBy(idFor("revisitAt"), { hint: true, errors: errors.revisitAt })}
          />
        </Field>
        <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={t("quickLabel")}>
          {QUICK_HOLDS.map((q) => (
            <Button
              key={q.days}
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => {
                const input = formRef.current?.elements.namedItem("revisitAt");
                if (input instanceof HTMLInputElement) input.value = isoDay(addDays(new Date(), q.days));
              }}
            >
              {t(`quick.${q.key}`)}
            </Button>
          ))}
        </div>
      </div>

      <Button type="submit" pending={pending}>
        {submitLabel ?? t("save")}
      </Button>
    </form>
  );
}
