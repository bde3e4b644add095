"use server";
// Import from a platform export: the upload form's action (read and triage; saves
// nothing) and the review form's action (save the ticked requests once).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { formatSize, IMPORT_LIMITS, ImportError } from "@/lib/import";
import { requestLocale, translator } from "@/lib/i18n/server";
import { confirmImport, previewImport, UnknownProfileError } from "@/lib/import-service";
import { profileNamer } from "@/lib/profile-names";
import { fieldErrors, signedOutMessage, type FieldErrors } from "@/lib/actions/safe-action";
import { confirmImportFormSchema, importProfileIdSchema, type ImportPreview } from "@/lib/validations/import";

export type PreviewImportState = { ok?: boolean; message?: string; errors?: FieldErrors; preview?: ImportPreview; /** Tells one preview from the next, even of the same file. */ previewId?: string; profileChoice?: string };
export type ConfirmImportState = { ok?: boolean; message?: string; errors?: FieldErrors };

/** Reads the uploaded export and triages each incoming request; saves nothing. */
export async function previewImportAction(_prev: PreviewImportState, formData: FormData): Promise<PreviewImportState> {
  const user = await currentUser();
  if (!user) return { ok: false, message: await signedOutMessage() };
  const locale = await requestLocale();
  const t = await translator("imports", locale);
  const profileChoice = typeof formData.get("profileId") === "string" ? String(formData.get("profileId")) : "default";
  // Parsed as a field, so its error is keyed "profileId" (the form shows it there), not "_form".
  const profile = z.object({ profileId: importProfileIdSchema }).safeParse({ profileId: profileChoice });
  if (!profile.success) return { ok: false, errors: fieldErrors(profile.error, await translator("validation")), profileChoice };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0 || !file.name) {
    const message = file instanceof File && file.name ? t("errors.empty", { file: file.name }) : t("errors.chooseFile");
    return { ok: false, message, errors: { file: [message] }, profileChoice };
  }
  if (file.size > IMPORT_LIMITS.uploadBytes) {
    const message = t("errors.fileTooLarge", { file: file.name, sizeBytes: formatSize(file.size, t), limitBytes: formatSize(IMPORT_LIMITS.uploadBytes, t) });
    return { ok: false, message, errors: { file: [message] }, profileChoice };
  }
  try {
    const read = await previewImport(user.id, { source: file.stream(), name: file.name }, profile.data.profileId);
    // The built-in profile name the user never changed, in the interface language.
    const profileName = read.profileName && (await profileNamer(locale))(read.profileName);
    const preview = { ...read, profileName };
    return { ok: true, preview, previewId: crypto.randomUUID(), profileChoice };
  } catch (e) {
    if (e instanceof ImportError) {
      // The file and the line, in the user's language (e.message is the API's English).
      const message = e.messageIn(t, locale);
      return { ok: false, message, errors: { file: [message] }, profileChoice };
    }
    if (e instanceof UnknownProfileError) return { ok: false, message: t("errors.unknownProfile"), errors: { profileId: [t("errors.unknownProfile")] }, profileChoice };
    throw e;
  }
}

/** Saves the ticked requests of the reviewed table; people already in History are skipped. */
export async function confirmImportAction(_prev: ConfirmImportState, formData: FormData): Promise<ConfirmImportState> {
  const user = await currentUser();
  if (!user) return { ok: false, message: await signedOutMessage() };
  const t = await translator("imports");
  const parsed = confirmImportFormSchema.safeParse({
    profileId: formData.get("profileId") ?? undefined,
    rows: formData.get("rows") ?? undefined,
    keep: formData.getAll("keep").map(String),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, await translator("validation"));
    const first = Object.entries(errors)[0];
    return { ok: false, errors, message: first ? (first[0].startsWith("rows") ? t("errors.listDamaged") : first[1][0]) : t("errors.invalidInput") };
  }
  const rows = parsed.data.rows.filter((_, i) => parsed.data.keep.has(i));
  if (rows.length === 0) return { ok: false, message: t("errors.tickOne"), errors: { keep: [t("errors.tickOne")] } };
  let outcome: { saved: number; duplicates: number };
  try {
    outcome = await confirmImport(user.id, rows, parsed.data.profileId);
  } catch (e) {
    if (e instanceof UnknownProfileError) return { ok: false, message: t("errors.unknownProfile"), errors: { profileId: [t("errors.unknownProfile")] } };
    throw e;
  }
  revalidatePath("/history");
  // A fresh page with the outcome (counts only), with or without JavaScript; `t` makes each one new.
  redirect(`/triage/import?saved=${outcome.saved}&skipped=${outcome.duplicates}&t=${Date.now()}`);
}

