"use client";

import { FileUp } from "lucide-react";
import { useActionState, useState } from "react";
import { previewImportAction, type PreviewImportState } from "@/lib/actions/imports";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, Field, FormMessage, Select } from "@/components/ui/field";
import { formatBytes, IMPORT_LIMITS } from "@/lib/import/types";
import { ImportReview } from "./import-review";

export type ProfileOption = { id: string; name: string };

const LIMITS_HINT = `The platform's .zip, or the one file inside it: up to ${formatBytes(IMPORT_LIMITS.uploadBytes)} and ${IMPORT_LIMITS.rows.toLocaleString("en-US")} requests. Nothing is saved until you confirm.`;

/** Upload a platform's data export, see a verdict for each incoming request, then save the ones you tick. */
export function ImportExport({ profiles, done }: { profiles: ProfileOption[]; /** The outcome of the import just confirmed. */ done?: string }) {
  const [state, formAction, pending] = useActionState<PreviewImportState, FormData>(previewImportAction, {});
  const [profileChoice, setProfileChoice] = useState("default");
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [clientError, setClientError] = useState<string>();
  const fileErrors = clientError ? [clientError] : pending ? undefined : state.errors?.file;

  // An instant hint for a file that is too big; the server checks again.
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) {
      e.preventDefault();
      setClientError("Choose the export file to import.");
    } else if (file.size > IMPORT_LIMITS.uploadBytes) {
      e.preventDefault();
      setClientError(`${file.name} is ${formatBytes(file.size)}: the limit is ${formatBytes(IMPORT_LIMITS.uploadBytes)}. Upload only the file with your requests from inside the archive.`);
    } else setClientError(undefined);
  }

  return (
    <div className="space-y-6">
      {done && !state.ok && !pending ? (
        <Card>
          <FormMessage tone="success" message={done} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <ButtonLink href="/history">Open History</ButtonLink>
            <span className="text-sm text-stone-700 dark:text-stone-300">or import another export below.</span>
          </div>
        </Card>
      ) : null}
      <Card>
        {/* Outside the form's spacing, so an empty message takes no room. */}
        <FormMessage message={!pending && !state.ok && !state.errors?.file ? state.message : undefined} />
        <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
          <Field id="import-file" label="Export file" hint={LIMITS_HINT} errors={fileErrors}>
            <input
              id="import-file"
              name="file"
              type="file"
              required
              accept=".zip,.csv,.json,application/zip,text/csv,application/json"
              aria-invalid={!!fileErrors?.length}
              aria-describedby={describedBy("import-file", { hint: true, errors: fileErrors })}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                setChosen(f ? { name: f.name, size: f.size } : null);
                setClientError(undefined);
              }}
              className="block w-full max-w-full rounded-lg border border-stone-300 bg-white text-sm text-stone-900 file:mr-3 file:h-10 file:cursor-pointer file:border-0 file:border-r file:border-stone-300 file:bg-stone-100 file:px-3 file:text-sm file:font-medium file:text-stone-800 focus:outline-2 focus:outline-brand-500/40 aria-[invalid=true]:border-rose-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:file:border-stone-700 dark:file:bg-stone-800 dark:file:text-stone-100"
            />
          </Field>
          <Field id="import-profile" label="Criteria profile" errors={pending ? undefined : state.errors?.profileId}>
            <Select
              id="import-profile"
              name="profileId"
              value={profileChoice}
              onChange={(e) => setProfileChoice(e.target.value)}
              aria-invalid={!!state.errors?.profileId?.length}
              aria-describedby="import-profile-error"
            >
              <option value="default">Each platform&apos;s default</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={pending}>
            <FileUp className="size-4" aria-hidden="true" /> Read and triage
          </Button>
          <HowToExport />
        </form>
      </Card>

      <div role="status" aria-live="polite">
        {pending ? (
          <div className="space-y-1">
            <p className="text-sm">
              Reading {chosen ? `${chosen.name} (${formatBytes(chosen.size)})` : "the file"} and triaging each request…
            </p>
            <div className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800" aria-hidden="true">
              <div className="h-full w-full animate-pulse rounded-full bg-brand-600 motion-reduce:animate-none dark:bg-brand-400" />
            </div>
          </div>
        ) : null}
      </div>

      {!pending && state.ok && state.preview ? (
        <ImportReview key={state.previewId} preview={state.preview} profileChoice={state.profileChoice ?? "default"} />
      ) : null}
    </div>
  );
}

function HowToExport() {
  return (
    <details className="rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-800">
      <summary className="cursor-pointer font-medium">Where do I get my export?</summary>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-stone-700 dark:text-stone-300">
        <li>
          <strong>LinkedIn</strong>: Settings → Data privacy → Get a copy of your data → Invitations. Upload the .zip, or Invitations.csv from it.
        </li>
        <li>
          <strong>Facebook</strong>: Accounts Center → Your information and permissions → Download your information → Friends, format JSON. Upload the .zip, or
          received_friend_requests.json from it.
        </li>
        <li>
          <strong>Instagram</strong>: Accounts Center → Download your information → Followers and following, format JSON. Upload the .zip, or
          follow_requests_you&apos;ve_received.json from it.
        </li>
      </ul>
    </details>
  );
}
