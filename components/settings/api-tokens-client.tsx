"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiTokenNameSchema } from "@/lib/validations/api";
import { toast } from "sonner";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";
import { controlClass, FormMessage, TextField } from "@/components/ui/field";

/** A token as the list shows it: relative times ("3 minutes ago") in the reader's language, the exact ones for a tooltip. */
export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  created: string;
  createdExact: string;
  createdIso: string;
  lastUsed: string | null;
  lastUsedExact: string | null;
  lastUsedIso: string | null;
};

export function ApiTokensClient({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations("settings.tokens");
  const { formRef, formAction, onSubmit, pending, state, errors, message, value } = useFormAction(apiTokenNameSchema, createApiTokenAction, {
    onSuccess: (result) => toast.success(result.message ?? t("created")),
  });
  // The new token shows until "Done" puts it away.
  const [dismissed, setDismissed] = useState<object | null>(null);
  const created = state.ok && state.data && dismissed !== state ? state.data : null;
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [revokePending, startRevoke] = useTransition();
  const tokenInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (created) tokenInput.current?.select();
  }, [created]);

  function revoke() {
    const target = revoking;
    if (!target) return;
    startRevoke(async () => {
      const result = await revokeApiTokenAction({ id: target.id });
      setRevoking(null);
      if (result.ok) toast.success(result.message ?? t("revoked"));
      else toast.error(result.message);
    });
  }

  return (
    <div className="space-y-5">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          id="token-name"
          name="name"
          label={t("nameLabel")}
          hint={t("nameHint")}
          defaultValue={value("name")}
          errors={errors.name}
          maxLength={60}
          autoComplete="off"
          className="flex-1"
        />
        <Button type="submit" pending={pending} className="sm:mt-7">
          <KeyRound className="size-4" aria-hidden="true" />
          {t("create")}
        </Button>
      </form>
      <FormMessage message={state.ok || errors.name ? undefined : message} />

      {created ? (
        <div
          role="status"
          className="space-y-3 rounded-lg border border-brand-300 bg-brand-50 p-4 dark:border-brand-800 dark:bg-brand-950/50"
        >
          <p className="text-sm font-medium text-brand-900 dark:text-brand-100">{t("copyNow", { name: created.name })}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={tokenInput}
              readOnly
              value={created.token}
              aria-label={t("newTokenLabel")}
              className={cn(controlClass, "h-10 font-mono text-xs sm:text-sm")}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className="flex gap-2">
              <CopyButton text={created.token} label={t("copy")} className="h-10 whitespace-nowrap" />
              <Button type="button" variant="ghost" onClick={() => setDismissed(state)} className="h-10">
                {t("done")}
              </Button>
            </div>
          </div>
        </div>
      ) : null}

      <div>
        <h3 className="text-sm font-semibold">{t("listTitle")}</h3>
        {tokens.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t("empty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800" aria-label={t("listLabel")}>
            {tokens.map((tk) => (
              <li key={tk.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{tk.name}</p>
                  <p className="text-xs text-stone-600 dark:text-stone-400">
                    {t.rich(tk.lastUsed && tk.lastUsedIso ? "summaryUsed" : "summaryUnused", {
                      prefix: tk.prefix,
                      created: tk.created,
                      lastUsed: tk.lastUsed ?? "",
                      code: (chunks) => <code className="font-mono">{chunks}</code>,
                      createdTime: (chunks) => (
                        <time dateTime={tk.createdIso} title={tk.createdExact}>
                          {chunks}
                        </time>
                      ),
                      usedTime: (chunks) => (
                        <time dateTime={tk.lastUsedIso ?? undefined} title={tk.lastUsedExact ?? undefined}>
                          {chunks}
                        </time>
                      ),
                    })}
                  </p>
                </div>
                <Button type="button" variant="secondary" size="sm" onClick={() => setRevoking(tk)} aria-label={t("revokeLabel", { name: tk.name })}>
                  {t("revoke")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <ConfirmDialog
        open={revoking !== null}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        confirmLabel={t("revokeConfirm")}
        destructive
        pending={revokePending}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        {t("revokeBody")}
      </ConfirmDialog>
    </div>
  );
}
