"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { signInAction } from "@/lib/actions/auth";
import { signInFormSchema } from "@/lib/validations/auth";

/** Posts to a server action (never GET): the session cookie comes back with the redirect. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth.form");
  const { formRef, formAction, onSubmit, pending, errors, message, value } = useFormAction(signInFormSchema, signInAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message ?? initialError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="email" label={t("email")} type="email" autoComplete="email" required defaultValue={value("email")} errors={errors.email} />
      <TextField id="password" label={t("password")} type="password" autoComplete="current-password" required errors={errors.password} />
      <Button type="submit" className="w-full" pending={pending}>
        {t("signIn")}
      </Button>
    </form>
  );
}
