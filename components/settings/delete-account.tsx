"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteAccountAction } from "@/lib/actions/settings";
import { deleteAccountSchema } from "@/lib/validations/settings";

/** Deleting the account: a dialog where the person types their email address to confirm. */
export function DeleteAccount({ email }: { email: string }) {
  const t = useTranslations("settings.deleteAccount");
  const [open, setOpen] = useState(false);
  // On success the action ends the session and redirects to the home page.
  const { formRef, formAction, onSubmit, pending, state, errors, message } = useFormAction(deleteAccountSchema(email), deleteAccountAction);
  return (
    <div className="max-w-xl space-y-3 text-sm">
      <p className="text-stone-700 dark:text-stone-300">{t("body")}</p>
      <Button type="button" variant="danger" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("title")} description={t("description")}>
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
          <FormMessage message={state.ok || (state.errors && !state.message) ? undefined : message} />
          <TextField
            id="confirmation"
            label={t.rich("confirmLabel", { email, mono: (chunks) => <span className="font-mono">{chunks}</span> })}
            autoComplete="off"
            spellCheck={false}
            required
            errors={errors.confirmation}
          />
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              {t("keep")}
            </Button>
            <Button type="submit" variant="danger" pending={pending || state.ok}>
              {t("confirm")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
