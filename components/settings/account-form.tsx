"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormMessage, Textarea, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateAccountAction } from "@/lib/actions/settings";
import { accountSettingsSchema } from "@/lib/validations/settings";

export function AccountForm({ name, email, defaultSignature }: { name: string; email: string; defaultSignature: string | null }) {
  const t = useTranslations("settings.accountForm");
  const tc = useTranslations("common.actions");
  const { formRef, formAction, onSubmit, pending, state, errors, message, value, doneMessage } = useFormAction(accountSettingsSchema, updateAccountAction, {
    onSuccess: (result) => toast.success(result.message ?? t("saved")),
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={state.ok ? undefined : message} />
      {/* Saved by a POST the server answered with this page (no script ran to toast it). */}
      <FormMessage tone="success" message={doneMessage} />
      <TextField id="name" label={t("displayName")} autoComplete="name" defaultValue={value("name") ?? name} required errors={errors.name} />
      <div className="space-y-1.5 text-sm">
        <p className="font-medium text-stone-800 dark:text-stone-200">{t("email")}</p>
        <p className="text-stone-700 dark:text-stone-300">{email}</p>
      </div>
      <Field
        id="defaultSignature"
        label={t("signature")}
        hint={t("signatureHint")}
        errors={errors.defaultSignature}
      >
        <Textarea
          id="defaultSignature"
          name="defaultSignature"
          rows={3}
          defaultValue={value("defaultSignature") ?? defaultSignature ?? ""}
          aria-invalid={!!errors.defaultSignature?.length}
          aria-describedby={describedBy("defaultSignature", { hint: true, errors: errors.defaultSignature })}
        />
      </Field>
      <Button type="submit" pending={pending}>
        {tc("save")}
      </Button>
    </form>
  );
}
