"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionWithUser, validatedActionWithUser, type ActionResult, type ActionState } from "@/lib/actions/safe-action";
import { createTemplate, deleteTemplate, restoreBuiltInTemplates, setDefaultTemplate, updateTemplate } from "@/lib/data/templates";
import { templateFormSchema, templateIdSchema, templateUpdateFormSchema } from "@/lib/validations/template";

type Saved = ActionResult<{ id: string; title: string }>;

const GONE = "This template no longer exists. It may have been deleted in another tab.";

/** Drafts on the triage page are worded with the templates, so it re-reads them too. */
function revalidateTemplates(id?: string) {
  revalidatePath("/templates");
  if (id) revalidatePath(`/templates/${id}`);
  revalidatePath("/triage");
}

type SavedForm = ActionState<{ id: string; title: string }>;
const savedMessage = (title: string) => `Template “${title}” saved`;

/** The template editor's form (create). */
export const createTemplateAction = validatedActionWithUser(templateFormSchema, async (data, user): Promise<SavedForm> => {
  const t = await createTemplate(user.id, data);
  revalidateTemplates(t.id);
  return { ok: true, data: { id: t.id, title: t.title }, message: savedMessage(t.title) };
});

/** The template editor's form (edit). */
export const updateTemplateAction = validatedActionWithUser(templateUpdateFormSchema, async ({ id, ...data }, user): Promise<SavedForm> => {
  const t = await updateTemplate(user.id, id, data);
  if (!t) return { ok: false, message: GONE };
  revalidateTemplates(id);
  return { ok: true, data: { id: t.id, title: t.title }, message: savedMessage(t.title) };
});

export const setDefaultTemplateAction = actionWithUser(templateIdSchema, async ({ id }, user): Promise<Saved> => {
  const t = await setDefaultTemplate(user.id, id);
  if (!t) return { ok: false, message: GONE };
  revalidateTemplates(id);
  return { ok: true, data: { id: t.id, title: t.title } };
});

export const deleteTemplateAction = actionWithUser(templateIdSchema, async ({ id }, user): Promise<ActionResult<{ id: string }>> => {
  if (!(await deleteTemplate(user.id, id))) return { ok: false, message: GONE };
  revalidateTemplates(id);
  return { ok: true, data: { id } };
});

export const restoreTemplatesAction = actionWithUser(z.object({}), async (_data, user): Promise<ActionResult<{ restored: number }>> => {
  const restored = await restoreBuiltInTemplates(user.id);
  revalidateTemplates();
  return { ok: true, data: { restored } };
});
