"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changePasswordAction } from "@/lib/actions/settings";
import { PASSWORD_MIN } from "@/lib/validations/auth";
import { passwordChangeSchema } from "@/lib/validations/settings";

/** Passwords are never echoed back: after a change the fields are emptied. */
export function PasswordForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const t = useTranslations("settings.passwordForm");
  // React empties the form after the action, so no password stays on the page.
  const { formRef, formAction, onSubmit, pending, state, errors, message, doneMessage } = useFormAction(passwordChangeSchema, changePasswordAction, {
    onSuccess: (result) => toast.success(result.message ?? t("changed")),
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={state.ok || (state.errors && !state.message) ? undefined : message} />
      {/* Saved by a POST the server answered with this page (no script ran to toast it). */}
      <FormMessage tone="success" message={doneMessage} />
      {/* Lets password managers tie the new password to this account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly value={email} />
      {hasPassword ? (
        <TextField id="currentPassword" label={t("current")} type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      ) : (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {t("noPassword")}
        </p>
      )}
      <TextField
        id="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("newHint", { min: PASSWORD_MIN })}
        errors={errors.newPassword}
      />
      <TextField id="confirmPassword" label={t("again")} type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <Button type="submit" pending={pending}>
        {hasPassword ? t("change") : t("set")}
      </Button>
    </form>
  );
}
