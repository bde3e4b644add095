"use client";

import { Braces } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { EditorFormActions, EditorFormMessage, useEditorForm } from "@/components/ui/editor-form";
import { controlClass, describedBy, Field, Select, TextField } from "@/components/ui/field";
import { MenuButton } from "@/components/ui/menu-button";
import { createTemplateAction, updateTemplateAction } from "@/lib/actions/templates";
import { LANGUAGES, REASON_KEYS, type Language, type ReasonKey } from "@/lib/domain";
import { TEMPLATE_BODY_MAX, TEMPLATE_VARIABLE_NAMES, templateFormSchema, templateUpdateFormSchema } from "@/lib/validations/template";
import { TemplatePreview } from "./template-preview";

export type TemplateFormValues = {
  reasonKey: ReasonKey;
  title: string;
  body: string;
  isDefault: boolean;
  /** The language `body` is written in. */
  language: Language;
  /** The same reason in other languages, posted as `wording.<code>`; blank ones are left out. */
  wordings: Partial<Record<Language, string>>;
};

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The editor's values from what a failed POST echoed back (the page rendered without JavaScript). */
function fromPosted(p: Record<string, string | string[]>, init: TemplateFormValues): TemplateFormValues {
  const reasonKey = text(p.reasonKey);
  const language = text(p.language);
  return {
    reasonKey: (REASON_KEYS as readonly string[]).includes(reasonKey) ? (reasonKey as ReasonKey) : init.reasonKey,
    title: text(p.title),
    body: text(p.body),
    isDefault: p.isDefault === "on",
    language: (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : init.language,
    wordings: Object.fromEntries(LANGUAGES.map((l) => [l, text(p[`wording.${l}`])]).filter(([, v]) => v)),
  };
}

export function TemplateForm({ templateId, initial }: { templateId?: string; initial: TemplateFormValues }) {
  const router = useRouter();
  const t = useTranslations("templates.form");
  const tc = useTranslations("common");
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
      toast.success(t("saved", { title: saved.title }));
      router.push("/templates");
    },
    focusTarget: { wordings: "wordings" },
  });
  const defaultLocked = lockedFor(values);
  const others = LANGUAGES.filter((l) => l !== values.language);
  const written = others.filter((l) => values.wordings[l]?.trim()).length;
  const wordingErrors = others.some((l) => errors[`wordings.${l}`]);
  // Closed (its summary counts the wordings) unless one of them is wrong; the user opens and closes it at will.
  const [open, setOpen] = useState(false);

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

  const variableItems = TEMPLATE_VARIABLE_NAMES.map((name) => ({ key: name, label: `{${name}}`, description: t(`variables.${name}`) }));

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6" aria-label={templateId ? t("editLabel") : t("newLabel")}>
        <EditorFormMessage
          message={message}
          saved={
            done && state.data
              ? { message: state.message, links: [{ href: "/templates", label: t("backToList") }, { href: `/templates/${state.data.id}`, label: t("editAgain") }] }
              : undefined
          }
        />
        {templateId ? <input type="hidden" name="id" value={templateId} /> : null}
        <Card className="space-y-5">
          <Field id="reasonKey" label={t("reason")} hint={t("reasonHint")} errors={errors.reasonKey}>
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
                  {tc(`reason.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <TextField
            id="title"
            label={t("title")}
            hint={t("titleHint")}
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            errors={errors.title}
            autoComplete="off"
          />
          <Field id="body" label={t("body")} hint={t("bodyHint", { count: values.body.length, max: TEMPLATE_BODY_MAX })} errors={errors.body}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <MenuButton label={t("insertVariable")} icon={<Braces className="size-4" aria-hidden="true" />} items={variableItems} onSelect={insertVariable} />
            </div>
            <textarea
              ref={bodyRef}
              className={controlClass}
              id="body"
              name="body"
              lang={values.language}
              rows={5}
              value={values.body}
              onChange={(e) => set("body", e.target.value)}
              onFocus={() => (caretKnown.current = true)}
              aria-invalid={!!errors.body}
              aria-describedby={describedBy("body", { hint: true, errors: errors.body })}
            />
          </Field>
          <Field id="language" label={t("language")} hint={t("languageHint")} errors={errors.language}>
            <Select
              id="language"
              name="language"
              value={values.language}
              onChange={(e) => set("language", e.target.value as Language)}
              aria-invalid={!!errors.language}
              aria-describedby={describedBy("language", { hint: true, errors: errors.language })}
              className="sm:max-w-64"
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {tc(`language.${l}`)}
                </option>
              ))}
            </Select>
          </Field>
          {/* Native disclosure: it opens and posts its fields before JavaScript too. */}
          <details
            id="wordings"
            tabIndex={-1}
            open={open || wordingErrors}
            onToggle={(e) => setOpen(e.currentTarget.open)}
            className="rounded-lg border border-stone-200 dark:border-stone-700"
          >
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-stone-800 dark:text-stone-200">
              {t("otherLanguages", { count: written })}
            </summary>
            <div className="space-y-4 border-t border-stone-200 px-3 pt-3 pb-4 dark:border-stone-700">
              <p className="text-xs text-stone-600 dark:text-stone-400">{t("otherLanguagesHint")}</p>
              {others.map((l) => {
                const id = `wording-${l}`;
                const fieldErrors = errors[`wordings.${l}`];
                return (
                  <Field key={l} id={id} label={tc(`language.${l}`)} errors={fieldErrors}>
                    <textarea
                      className={controlClass}
                      id={id}
                      name={`wording.${l}`}
                      lang={l}
                      rows={3}
                      value={values.wordings[l] ?? ""}
                      onChange={(e) => set("wordings", { ...values.wordings, [l]: e.target.value })}
                      aria-invalid={!!fieldErrors}
                      aria-describedby={describedBy(id, { errors: fieldErrors })}
                    />
                  </Field>
                );
              })}
            </div>
          </details>
          <CheckboxField
            id="isDefault"
            name="isDefault"
            label={t("isDefault")}
            description={defaultLocked ? t("isDefaultLocked") : t("isDefaultHint")}
            checked={values.isDefault || defaultLocked}
            disabled={defaultLocked}
            onChange={(e) => set("isDefault", e.target.checked)}
          />
          {/* A disabled box posts nothing: the locked default still says "on". */}
          {defaultLocked ? <input type="hidden" name="isDefault" value="on" /> : null}
        </Card>
        <EditorFormActions pending={pending} submitLabel={templateId ? t("saveChanges") : t("create")} cancelHref="/templates" />
      </form>
      <aside className="min-w-0 lg:sticky lg:top-24">
        <TemplatePreview body={values.body} reasonKey={values.reasonKey} language={values.language} />
      </aside>
    </div>
  );
}
