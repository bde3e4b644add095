// Reason templates. Every function takes the owner's id first.
import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_TEMPLATES } from "@/lib/defaults";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";
import type { TemplateInput } from "@/lib/validations/template";
import { isNotFound, ownerId } from "./scope";

export async function listTemplates(userId: string) {
  const client = await db();
  return client.reasonTemplate.findMany({
    where: { userId: ownerId(userId) },
    orderBy: [{ reasonKey: "asc" }, { isDefault: "desc" }, { title: "asc" }],
  });
}

export async function getTemplate(userId: string, id: string) {
  const client = await db();
  return client.reasonTemplate.findFirst({ where: { id, userId: ownerId(userId) } });
}

/** The default template of each reason key (the one drafts use). */
export async function defaultTemplates(userId: string): Promise<Partial<Record<ReasonKey, { id: string; body: string }>>> {
  const rows = await listTemplates(userId);
  const out: Partial<Record<ReasonKey, { id: string; body: string }>> = {};
  for (const key of REASON_KEYS) {
    const row = rows.find((r) => r.reasonKey === key && r.isDefault) ?? rows.find((r) => r.reasonKey === key);
    if (row) out[key] = { id: row.id, body: row.body };
  }
  return out;
}

export async function createTemplate(userId: string, input: TemplateInput) {
  const client = await db();
  const uid = ownerId(userId);
  return client.$transaction(async (tx) => {
    // One default per reason key.
    if (input.isDefault) await tx.reasonTemplate.updateMany({ where: { userId: uid, reasonKey: input.reasonKey }, data: { isDefault: false } });
    return tx.reasonTemplate.create({ data: { ...input, userId: uid } });
  });
}

/** Returns null when the id is not one of the user's templates. */
export async function updateTemplate(userId: string, id: string, input: TemplateInput) {
  const client = await db();
  const uid = ownerId(userId);
  try {
    return await client.$transaction(async (tx) => {
      if (input.isDefault) {
        await tx.reasonTemplate.updateMany({ where: { userId: uid, reasonKey: input.reasonKey, NOT: { id } }, data: { isDefault: false } });
      }
      return tx.reasonTemplate.update({ where: { id, userId: uid }, data: input });
    });
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export async function setDefaultTemplate(userId: string, id: string) {
  const found = await getTemplate(userId, id);
  if (!found) return null;
  return updateTemplate(userId, id, { reasonKey: found.reasonKey as ReasonKey, title: found.title, body: found.body, isDefault: true });
}

export async function deleteTemplate(userId: string, id: string): Promise<boolean> {
  const client = await db();
  const { count } = await client.reasonTemplate.deleteMany({ where: { id, userId: ownerId(userId) } });
  return count === 1;
}

/** Adds back any built-in template the user no longer has (by wording); returns how many. */
export async function restoreBuiltInTemplates(userId: string): Promise<number> {
  const client = await db();
  const uid = ownerId(userId);
  const rows = await listTemplates(uid);
  const missing = DEFAULT_TEMPLATES.filter((t) => !rows.some((r) => r.reasonKey === t.reasonKey && r.body === t.body));
  for (const t of missing) {
    const hasDefault = rows.some((r) => r.reasonKey === t.reasonKey && r.isDefault);
    await client.reasonTemplate.create({ data: { ...t, userId: uid, isDefault: !hasDefault } });
  }
  return missing.length;
}

/** Counts a use of each template a sent draft was built from. */
export async function recordTemplateUse(userId: string, ids: string[]) {
  if (ids.length === 0) return;
  const client = await db();
  await client.reasonTemplate.updateMany({ where: { userId: ownerId(userId), id: { in: ids } }, data: { timesUsed: { increment: 1 } } });
}
