"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionWithUser, validatedActionWithUser, type ActionResult, type ActionState } from "@/lib/actions/safe-action";
import { createTemplate, deleteTemplate, restoreBuiltInTemplates, setDefaultTemplate, updateTemplate } from "@/lib/data/templates";
import { translator } from "@/lib/i18n/server";
import { REASON_KEYS } from "@/lib/domain";
import { templateFormSchema, templateIdSchema, templateUpdateFormSchema } from "@/lib/validations/template";

type Saved = ActionResult<{ id: string; title: string }>;

const gone = async () => (await translator("templates"))("messages.gone");

/** Drafts on the triage page are worded with the templates, so it re-reads them too. */
function revalidateTemplates(id?: string) {
  revalidatePath("/templates");
  if (id) revalidatePath(`/templates/${id}`);
  revalidatePath("/triage");
}

type SavedForm = ActionState<{ id: string; title: string }>;
const savedMessage = async (title: string) => (await translator("templates"))("messages.saved", { title });

/** The template editor's form (create). */
export const createTemplateAction = validatedActionWithUser(templateFormSchema, async (data, user): Promise<SavedForm> => {
  const t = await createTemplate(user.id, data);
  revalidateTemplates(t.id);
  return { ok: true, data: { id: t.id, title: t.title }, message: await savedMessage(t.title) };
});

/** The template editor's form (edit). */
export const updateTemplateAction = validatedActionWithUser(templateUpdateFormSchema, async ({ id, ...data }, user): Promise<SavedForm> => {
  const t = await updateTemplate(user.id, id, data);
  if (!t) return { ok: false, message: await gone() };
  revalidateTemplates(id);
  return { ok: true, data: { id: t.id, title: t.title }, message: await savedMessage(t.title) };
});

export const setDefaultTemplateAction = actionWithUser(templateIdSchema, async ({ id }, user): Promise<Saved> => {
  const t = await setDefaultTemplate(user.id, id);
  if (!t) return { ok: false, message: await gone() };
  revalidateTemplates(id);
  return { ok: true, data: { id: t.id, title: t.title } };
});

export const deleteTemplateAction = actionWithUser(templateIdSchema, async ({ id }, user): Promise<ActionResult<{ id: string }>> => {
  if (!(await deleteTemplate(user.id, id))) return { ok: false, message: await gone() };
  revalidateTemplates(id);
  return { ok: true, data: { id } };
});

export const restoreTemplatesAction = actionWithUser(z.object({}), async (_data, user): Promise<ActionResult<{ restored: number }>> => {
  // Restored templates are titled in the user's language (their wordings cover all five).
  const t = await translator("templates");
  const restored = await restoreBuiltInTemplates(user.id, Object.fromEntries(REASON_KEYS.map((k) => [k, t(`builtInTitles.${k}`)])));
  revalidateTemplates();
  return { ok: true, data: { restored } };
});
