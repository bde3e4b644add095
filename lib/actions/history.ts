"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser, validatedActionWithUser } from "@/lib/actions/safe-action";
import { seal, unseal } from "@/lib/actions/sealed";
import { translator } from "@/lib/i18n/server";
import { changeDecisionStatus, removeDecision, restoreDecision, type Decision } from "@/lib/data/decisions";
import { decisionIdSchema, decisionStatusFormSchema, undoTokenSchema } from "@/lib/validations/decision";

const UNDO = "decision-undo";
// Long enough for any toast, short enough that an old token is worthless.
const UNDO_SECONDS = 15 * 60;

// The navigation badge (due revisits) lives in the app layout: refresh it with the pages.
const refresh = () => revalidatePath("/", "layout");

export const changeStatusAction = validatedActionWithUser(decisionStatusFormSchema, async (data, user) => {
  const [row, t] = await Promise.all([changeDecisionStatus(user.id, data.id, data), translator("history")]);
  if (!row) return { ok: false, message: t("actions.goneStatus") };
  refresh();
  return { ok: true, message: t(`actions.saved.${data.status}`) };
});

/**
 * Deletes at once and hands back a sealed snapshot: Undo re-creates the row from it.
 * (A soft delete would need a column and a filter in every query, the API's included.)
 */
export const deleteDecisionAction = actionWithUser<typeof decisionIdSchema, { undo: string }>(decisionIdSchema, async ({ id }, user) => {
  const row = await removeDecision(user.id, id);
  if (!row) return { ok: false, message: (await translator("history"))("actions.goneDelete") };
  refresh();
  return { ok: true, data: { undo: seal(UNDO, user.id, row, UNDO_SECONDS) } };
});

export const undoDeleteAction = actionWithUser<typeof undoTokenSchema, { id: string }>(undoTokenSchema, async ({ token }, user) => {
  const snapshot = unseal<Record<string, unknown>>(UNDO, user.id, token);
  if (!snapshot) return { ok: false, message: (await translator("history"))("actions.undoExpired") };
  const revived = { ...snapshot } as Record<string, unknown>;
  for (const k of ["createdAt", "updatedAt", "revisitAt"]) if (typeof revived[k] === "string") revived[k] = new Date(revived[k] as string);
  const row = await restoreDecision(user.id, revived as Decision);
  if (!row) return { ok: false, message: (await translator("history"))("actions.restoredAlready") };
  refresh();
  return { ok: true, data: { id: row.id } };
});
