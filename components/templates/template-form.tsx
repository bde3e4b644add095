"use client";

import { Braces } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { controlClass, describedBy, Field, FormMessage, Select, TextField } from "@/components/ui/field";
import { MenuButton } from "@/components/ui/menu-button";
import { createTemplateAction, updateTemplateAction } from "@/app/(app)/templates/actions";
import { REASON_KEYS, REASON_NAMES, type ReasonKey } from "@/lib/domain";
import { fieldErrors, type FieldErrors } from "@/lib/validations/errors";
import { TEMPLATE_BODY_MAX, templateSchema } from "@/lib/validations/template";
import { TemplatePreview } from "./template-preview";
import { TEMPLATE_VARIABLES } from "@/lib/triage/draft";

export type TemplateFormValues = { reasonKey: ReasonKey; title: string; body: string; isDefault: boolean };

export function TemplateForm({ templateId, initial }: { templateId?: string; initial: TemplateFormValues }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Until the body has had focus its caret is unknown: insert at the end then.
  const caretKnown = useRef(false);

  // The default of a reason changes by marking another template, so the current default stays ticked.
  const lockedDefault = initial.isDefault && values.reasonKey === initial.reasonKey && !!templateId;

  function set<K extends keyof TemplateFormValues>(key: K, value: TemplateFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));
  }

  function insertVariable(name: string) {
    const el = bodyRef.current;
    const token = `{${name}}`;
    const start = el && caretKnown.current ? el.selectionStart : values.body.length;
    const end = el && caretKnown.current ? el.selectionEnd : values.body.length;
    set("body", values.body.slice(0, start) + token + values.body.slice(end));
    // Back to the text, with the caret just after the variable, once React has rendered it.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { ...values, isDefault: values.isDefault || lockedDefault };
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) {
      const next = fieldErrors(parsed.error);
      setErrors(next);
      setMessage("Please correct the fields marked below.");
      const first = Object.keys(next)[0];
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setMessage(undefined);
    startTransition(async () => {
      const result = templateId ? await updateTemplateAction({ ...input, id: templateId }) : await createTemplateAction(input);
      if (!result.ok) {
        setErrors(result.errors ?? {});
        setMessage(result.errors ? "Please correct the fields marked below." : result.message);
        if (!result.errors) toast.error(result.message);
        return;
      }
      toast.success(`Template “${result.data.title}” saved`);
      router.push("/templates");
    });
  }

  const variableItems = Object.entries(TEMPLATE_VARIABLES).map(([name, description]) => ({
    key: name,
    label: `{${name}}`,
    description: description.charAt(0).toUpperCase() + description.slice(1),
  }));

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6" aria-label={templateId ? "Edit template" : "New template"}>
        <div className={message ? undefined : "-mb-6"}>
          <FormMessage message={message} />
        </div>
        <Card className="space-y-5">
          <Field id="reasonKey" label="Reason" hint="Drafts use this wording when a request breaks this criterion." errors={errors.reasonKey}>
            <Select
              id="reasonKey"
              value={values.reasonKey}
              onChange={(e) => set("reasonKey", e.target.value as ReasonKey)}
              aria-invalid={!!errors.reasonKey}
              aria-describedby={describedBy("reasonKey", { hint: true, errors: errors.reasonKey })}
            >
              {REASON_KEYS.map((k) => (
                <option key={k} value={k}>
                  {REASON_NAMES[k]}
                </option>
              ))}
            </Select>
          </Field>
          <TextField
            id="title"
            label="Title"
            hint="For you: how this wording differs from your others."
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            errors={errors.title}
            autoComplete="off"
          />
          <Field
            id="body"
            label="Wording"
            hint={`${values.body.length} of ${TEMPLATE_BODY_MAX} characters. One or two honest sentences; variables are filled in for each person.`}
            errors={errors.body}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <MenuButton label="Insert variable" icon={<Braces className="size-4" aria-hidden="true" />} items={variableItems} onSelect={insertVariable} />
            </div>
            <textarea
              ref={bodyRef}
              className={controlClass}
              id="body"
              rows={5}
              value={values.body}
              onChange={(e) => set("body", e.target.value)}
              onFocus={() => (caretKnown.current = true)}
              aria-invalid={!!errors.body}
              aria-describedby={describedBy("body", { hint: true, errors: errors.body })}
            />
          </Field>
          <CheckboxField
            id="isDefault"
            label="Default for this reason"
            description={
              lockedDefault
                ? "Drafts use this wording. To change that, mark another template for this reason as the default."
                : "Drafts use the default wording of each reason; marking this one releases the current default."
            }
            checked={values.isDefault || lockedDefault}
            disabled={lockedDefault}
            onChange={(e) => set("isDefault", e.target.checked)}
          />
        </Card>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={pending}>
            {templateId ? "Save changes" : "Create template"}
          </Button>
          <ButtonLink href="/templates" variant="secondary">
            Cancel
          </ButtonLink>
        </div>
      </form>
      <aside className="min-w-0 lg:sticky lg:top-24">
        <TemplatePreview body={values.body} reasonKey={values.reasonKey} />
      </aside>
    </div>
  );
}
