"use client";

import { FileUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { previewImportAction, type PreviewImportState } from "@/lib/actions/imports";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, Field, FormMessage, Select } from "@/components/ui/field";
import { byteSize, EXPECTED_FILE_NAMES, IMPORT_LIMITS } from "@/lib/import/types";
import { ImportReview } from "./import-review";

export type ProfileOption = { id: string; name: string };

/** A file size in the reader's language ("8 MB", "8 Mo"). */
function useFormatSize() {
  const t = useTranslations("imports");
  return (bytes: number) => {
    const { unit, value } = byteSize(bytes);
    return unit === "mb" ? t("bytes.mb", { value }) : t("bytes.kb", { value });
  };
}

/** Upload a platform's data export, see a verdict for each incoming request, then save the ones you tick. */
export function ImportExport({ profiles, done }: { profiles: ProfileOption[]; /** The outcome of the import just confirmed. */ done?: string }) {
  const t = useTranslations("imports");
  const size = useFormatSize();
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
      setClientError(t("errors.chooseFile"));
    } else if (file.size > IMPORT_LIMITS.uploadBytes) {
      e.preventDefault();
      setClientError(t("errors.fileTooLarge", { file: file.name, sizeBytes: size(file.size), limitBytes: size(IMPORT_LIMITS.uploadBytes) }));
    } else setClientError(undefined);
  }

  return (
    <div className="space-y-6">
      {done && !state.ok && !pending ? (
        <Card>
          <FormMessage tone="success" message={done} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <ButtonLink href="/history">{t("upload.openHistory")}</ButtonLink>
            <span className="text-sm text-stone-700 dark:text-stone-300">{t("upload.importAnother")}</span>
          </div>
        </Card>
      ) : null}
      {/* break-words: an error may quote a long run without spaces (a CSV header, a file name) that must wrap on a phone. */}
      <Card className="break-words">
        {/* Outside the form's spacing, so an empty message takes no room. */}
        <FormMessage message={!pending && !state.ok && !state.errors?.file ? state.message : undefined} />
        <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
          <Field id="import-file" label={t("upload.fileLabel")} hint={t("upload.limitsHint", { size: size(IMPORT_LIMITS.uploadBytes), rows: IMPORT_LIMITS.rows })} errors={fileErrors}>
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
          <Field id="import-profile" label={t("upload.profileLabel")} errors={pending ? undefined : state.errors?.profileId}>
            <Select
              id="import-profile"
              name="profileId"
              value={profileChoice}
              onChange={(e) => setProfileChoice(e.target.value)}
              aria-invalid={!!state.errors?.profileId?.length}
              aria-describedby="import-profile-error"
            >
              <option value="default">{t("upload.profileDefault")}</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={pending}>
            <FileUp className="size-4" aria-hidden="true" /> {t("upload.submit")}
          </Button>
          <HowToExport />
        </form>
      </Card>

      <div role="status" aria-live="polite">
        {pending ? (
          <div className="space-y-1">
            <p className="text-sm">{chosen ? t("upload.readingFile", { file: chosen.name, size: size(chosen.size) }) : t("upload.reading")}</p>
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
  const t = useTranslations("imports.howTo");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <details className="rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-800">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-stone-700 dark:text-stone-300">
        {(["linkedin", "facebook", "instagram"] as const).map((platform) => (
          <li key={platform}>{t.rich(platform, { strong, file: EXPECTED_FILE_NAMES[platform] })}</li>
        ))}
      </ul>
    </details>
  );
}
