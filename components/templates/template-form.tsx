"use client";

import { Braces } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { EditorFormActions, EditorFormMessage, useEditorForm } from "@/components/ui/editor-form";
import { controlClass, describedBy, Field, Select, TextField } from "@/components/ui/field";
import { MenuButton } from "@/components/ui/menu-button";
import { createTemplateAction, updateTemplateAction } from "@/lib/actions/templates";
import { REASON_KEYS, REASON_NAMES, type ReasonKey } from "@/lib/domain";
import { TEMPLATE_BODY_MAX, templateFormSchema, templateUpdateFormSchema } from "@/lib/validations/template";
import { TemplatePreview } from "./template-preview";
import { TEMPLATE_VARIABLES } from "@/lib/triage/draft";

export type TemplateFormValues = { reasonKey: ReasonKey; title: string; body: string; isDefault: boolean };

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The editor's values from what a failed POST echoed back (the page rendered without JavaScript). */
function fromPosted(p: Record<string, string | string[]>, init: TemplateFormValues): TemplateFormValues {
  const reasonKey = text(p.reasonKey);
  return {
    reasonKey: (REASON_KEYS as readonly string[]).includes(reasonKey) ? (reasonKey as ReasonKey) : init.reasonKey,
    title: text(p.title),
    body: text(p.body),
    isDefault: p.isDefault === "on",
  };
}

export function TemplateForm({ templateId, initial }: { templateId?: string; initial: TemplateFormValues }) {
  const router = useRouter();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Until the body has had focus its caret is unknown: insert at the end then.
  const caretKnown = useRef(false);
  // The default of a reason changes by marking another template, so the current default stays ticked
  // (unless it moves to another reason).
  const lockedFor = (v: TemplateFormValues) => initial.isDefault && !!templateId && v.reasonKey === initial.reasonKey;
  const { values, set, errors, message, pending, onSubmit, formAction, state, done } = useEditorForm({
    initial,
    schema: templateId ? templateUpdateFormSchema : templateFormSchema,
    action: templateId ? updateTemplateAction : createTemplateAction,
    fromPosted,
    onSaved: (saved) => {
      toast.success(`Template “${saved.title}” saved`);
      router.push("/templates");
    },
  });
  const defaultLocked = lockedFor(values);

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

  const variableItems = Object.entries(TEMPLATE_VARIABLES).map(([name, description]) => ({
    key: name,
    label: `{${name}}`,
    description: description.charAt(0).toUpperCase() + description.slice(1),
  }));

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6" aria-label={templateId ? "Edit template" : "New template"}>
        <EditorFormMessage message={message} saved={
            done && state.data
              ? { message: state.message, links: [{ href: "/templates", label: "Back to your templates" }, { href: `/templates/${state.data.id}`, label: "Edit it again" }] }
              : undefined
          } />
        {templateId ? <input type="hidden" name="id" value={templateId} /> : null}
        <Card className="space-y-5">
          <Field id="reasonKey" label="Reason" hint="Drafts use this wording when a request breaks this criterion." errors={errors.reasonKey}>
            <Select
              id="reasonKey"
              name="reasonKey"
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
              name="body"
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
            name="isDefault"
            label="Default for this reason"
            description={
              defaultLocked
                ? "Drafts use this wording. To change that, mark another template for this reason as the default."
                : "Drafts use the default wording of each reason; marking this one releases the current default."
            }
            checked={values.isDefault || defaultLocked}
            disabled={defaultLocked}
            onChange={(e) => set("isDefault", e.target.checked)}
          />
          {/* A disabled box posts nothing: the locked default still says "on". */}
          {defaultLocked ? <input type="hidden" name="isDefault" value="on" /> : null}
        </Card>
        <EditorFormActions pending={pending} submitLabel={templateId ? "Save changes" : "Create template"} cancelHref="/templates" />
      </form>
      <aside className="min-w-0 lg:sticky lg:top-24">
        <TemplatePreview body={values.body} reasonKey={values.reasonKey} />
      </aside>
    </div>
  );
}
