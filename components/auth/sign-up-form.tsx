"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { signUpAction } from "@/lib/actions/auth";
import { PASSWORD_MIN, signUpFormSchema } from "@/lib/validations/auth";

/** Creates the account and signs in on the server; the password is never echoed back. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.form");
  const { formRef, formAction, onSubmit, pending, errors, message, value } = useFormAction(signUpFormSchema, signUpAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={Object.keys(errors).length ? undefined : message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="name" label={t("name")} autoComplete="name" required defaultValue={value("name")} errors={errors.name} />
      <TextField id="email" label={t("email")} type="email" autoComplete="email" required defaultValue={value("email")} errors={errors.email} />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        errors={errors.password}
      />
      <Button type="submit" className="w-full" pending={pending}>
        {t("createAccount")}
      </Button>
    </form>
  );
}
