"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormMessage, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateLanguageAction } from "@/lib/actions/settings";
import type { Locale } from "@/lib/i18n/config";
import { languageSettingsSchema } from "@/lib/validations/settings";

/**
 * The interface language, kept on the account. "Follow my browser" (saved as null) lets
 * Accept-Language decide; each language is named in itself, so anyone can find their own.
 * Saving re-renders the page in the new language (a plain POST does too, without scripts).
 */
export function LanguageForm({ current, names, browser }: { current: Locale | null; names: Record<Locale, string>; browser: string }) {
  const t = useTranslations("settings.languageForm");
  const { formRef, formAction, onSubmit, pending, state, errors, message, value, doneMessage } = useFormAction(languageSettingsSchema, updateLanguageAction, {
    onSuccess: (result) => toast.success(result.message ?? t("saved")),
  });
  const selected = value("locale") ?? current ?? "";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={state.ok ? undefined : message} />
      {/* Saved by a POST the server answered with this page (no script ran to toast it). */}
      <FormMessage tone="success" message={doneMessage} />
      <Field id="locale" label={t("label")} hint={t("hint", { browser })} errors={errors.locale}>
        {/* Keyed by the saved choice: after a save the list shows it, not what React reset it to. */}
        <Select
          key={current ?? "browser"}
          id="locale"
          name="locale"
          defaultValue={selected}
          aria-invalid={!!errors.locale?.length}
          aria-describedby={describedBy("locale", { hint: true, errors: errors.locale })}
        >
          <option value="">{t("followBrowser")}</option>
          {(Object.keys(names) as Locale[]).map((l) => (
            <option key={l} value={l} lang={l}>
              {names[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
