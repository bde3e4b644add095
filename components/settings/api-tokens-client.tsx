"use client";

import { KeyRound } from "lucide-react";
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

export type TokenRow = { id: string; name: string; prefix: string; created: string; createdIso: string; lastUsed: string | null; lastUsedIso: string | null };

export function ApiTokensClient({ tokens }: { tokens: TokenRow[] }) {
  const { formRef, formAction, onSubmit, pending, state, errors, message, value } = useFormAction(apiTokenNameSchema, createApiTokenAction, {
    onSuccess: (result) => toast.success(result.message ?? "Token created."),
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
      if (result.ok) toast.success(result.message ?? "Token revoked.");
      else toast.error(result.message);
    });
  }

  return (
    <div className="space-y-5">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          id="token-name"
          name="name"
          label="Token name"
          hint="What will use it, such as “Zapier” or “my laptop”."
          defaultValue={value("name")}
          errors={errors.name}
          maxLength={60}
          autoComplete="off"
          className="flex-1"
        />
        <Button type="submit" pending={pending} className="sm:mt-7">
          <KeyRound className="size-4" aria-hidden="true" />
          Create token
        </Button>
      </form>
      <FormMessage message={state.ok || errors.name ? undefined : message} />

      {created ? (
        <div
          role="status"
          className="space-y-3 rounded-lg border border-brand-300 bg-brand-50 p-4 dark:border-brand-800 dark:bg-brand-950/50"
        >
          <p className="text-sm font-medium text-brand-900 dark:text-brand-100">
            Copy the token “{created.name}” now: it is shown only this once. We keep only a fingerprint of it.
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={tokenInput}
              readOnly
              value={created.token}
              aria-label="Your new API token"
              className={cn(controlClass, "h-10 font-mono text-xs sm:text-sm")}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className="flex gap-2">
              <CopyButton text={created.token} label="Copy token" className="h-10 whitespace-nowrap" />
              <Button type="button" variant="ghost" onClick={() => setDismissed(state)} className="h-10">
                Done
              </Button>
            </div>
          </div>
        </div>
      ) : null}

      <div>
        <h3 className="text-sm font-semibold">Your tokens</h3>
        {tokens.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">No tokens yet. Create one above to use the API from your own scripts.</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800" aria-label="Your API tokens">
            {tokens.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{t.name}</p>
                  <p className="text-xs text-stone-600 dark:text-stone-400">
                    <code className="font-mono">{t.prefix}…</code> · Created <time dateTime={t.createdIso}>{t.created}</time> ·{" "}
                    {t.lastUsed && t.lastUsedIso ? (
                      <>
                        Last used <time dateTime={t.lastUsedIso}>{t.lastUsed}</time>
                      </>
                    ) : (
                      "Never used"
                    )}
                  </p>
                </div>
                <Button type="button" variant="secondary" size="sm" onClick={() => setRevoking(t)} aria-label={`Revoke token ${t.name}`}>
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        destructive
        pending={revokePending}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        Scripts that use this token stop working at once. This cannot be undone; you can create a new token any time.
      </ConfirmDialog>
    </div>
  );
}
