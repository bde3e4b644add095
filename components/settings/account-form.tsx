"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormMessage, Textarea, TextField } from "@/components/ui/field";
import { useValidatedForm } from "@/components/ui/use-validated-form";
import { updateAccountAction } from "@/app/(app)/settings/actions";
import { accountSettingsSchema } from "@/lib/validations/settings";

export function AccountForm({ name, email, defaultSignature }: { name: string; email: string; defaultSignature: string | null }) {
  const { formRef, onSubmit, pending, state, errors } = useValidatedForm(accountSettingsSchema, updateAccountAction, {
    onSuccess: (result) => toast.success(result.message ?? "Saved."),
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={state.ok ? undefined : state.message} />
      <TextField id="name" label="Display name" autoComplete="name" defaultValue={name} required errors={errors.name} />
      <div className="space-y-1.5 text-sm">
        <p className="font-medium text-stone-800 dark:text-stone-200">Email</p>
        <p className="text-stone-700 dark:text-stone-300">{email}</p>
      </div>
      <Field
        id="defaultSignature"
        label="Default signature"
        hint="Closes your decline drafts when a criteria profile has no signature of its own, e.g. “Best, Jenn”."
        errors={errors.defaultSignature}
      >
        <Textarea
          id="defaultSignature"
          name="defaultSignature"
          rows={3}
          defaultValue={defaultSignature ?? ""}
          aria-invalid={!!errors.defaultSignature?.length}
          aria-describedby={describedBy("defaultSignature", { hint: true, errors: errors.defaultSignature })}
        />
      </Field>
      <Button type="submit" pending={pending}>
        Save
      </Button>
    </form>
  );
}
