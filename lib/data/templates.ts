// Reason templates. Every function takes the owner's id first.
//
// Each reason key that has templates has exactly one default (the one drafts use):
// marking one releases the others, and creating, editing or deleting never leaves a
// key with templates but no default.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { builtInTemplate, DEFAULT_TEMPLATES } from "@/lib/defaults";
import { LANGUAGES, REASON_KEYS, type Language, type ReasonKey } from "@/lib/domain";
import type { TemplateInput } from "@/lib/validations/template";
import { isNotFound, ownerId } from "./scope";
import { settingsChanged } from "./settings-cache";

type Row = Awaited<ReturnType<Awaited<ReturnType<typeof db>>["reasonTemplate"]["findFirstOrThrow"]>>;

/** A wording's languages as saved: `body` in `language`, the others in `wordings`. */
export type TemplateLanguages = {
  /** The language `body` is written in; null: the profile's language, else the user's. */
  language: Language | null;
  /** The same reason in other languages (never `language`'s). */
  wordings: Partial<Record<Language, string>>;
};

export type ReasonTemplate = Omit<Row, "language" | "wordings"> & TemplateLanguages;

const isLanguage = (v: unknown): v is Language => typeof v === "string" && (LANGUAGES as readonly string[]).includes(v);

/**
 * A template's languages from its row, tolerating anything malformed. A built-in template
 * saved before templates carried languages (its English sentence, no language) is read as
 * the built-in one: English, with the other languages' wordings.
 */
export function templateLanguages(row: { reasonKey: string; body: string; language: string | null; wordings: unknown }): TemplateLanguages {
  const language = isLanguage(row.language) ? row.language : null;
  const wordings: Partial<Record<Language, string>> = {};
  if (row.wordings && typeof row.wordings === "object" && !Array.isArray(row.wordings)) {
    for (const [lang, text] of Object.entries(row.wordings)) {
      if (isLanguage(lang) && lang !== language && typeof text === "string" && text.trim()) wordings[lang] = text;
    }
  }
  if (language === null && row.wordings == null) {
    const builtIn = builtInTemplate(row.reasonKey, row.body);
    if (builtIn) return { language: builtIn.language, wordings: { ...builtIn.wordings } };
  }
  return { language, wordings };
}

function toTemplate(row: Row): ReasonTemplate {
  return { ...row, ...templateLanguages(row) };
}

/** What is saved of a form's languages: the body's language's own wording is the body, so it is not kept twice. */
function languageData(input: TemplateInput) {
  if (input.language === undefined && input.wordings === undefined) return {};
  const language = input.language ?? null;
  const wordings = Object.fromEntries(Object.entries(input.wordings ?? {}).filter(([lang, text]) => lang !== language && text));
  return { language, wordings };
}

export async function listTemplates(userId: string): Promise<ReasonTemplate[]> {
  const client = await db();
  const rows = await client.reasonTemplate.findMany({
    where: { userId: ownerId(userId) },
    orderBy: [{ reasonKey: "asc" }, { isDefault: "desc" }, { title: "asc" }, { id: "asc" }],
  });
  return rows.map(toTemplate);
}

export async function getTemplate(userId: string, id: string): Promise<ReasonTemplate | null> {
  const client = await db();
  const row = await client.reasonTemplate.findFirst({ where: { id, userId: ownerId(userId) } });
  return row ? toTemplate(row) : null;
}

/** A reason's default template as drafts use it. */
export type DefaultTemplate = { id: string; body: string } & TemplateLanguages;

/** The default template of each reason key (the one drafts use). */
export async function defaultTemplates(userId: string): Promise<Partial<Record<ReasonKey, DefaultTemplate>>> {
  const rows = await listTemplates(userId);
  const out: Partial<Record<ReasonKey, DefaultTemplate>> = {};
  for (const key of REASON_KEYS) {
    const row = rows.find((r) => r.reasonKey === key && r.isDefault) ?? rows.find((r) => r.reasonKey === key);
    if (row) out[key] = { id: row.id, body: row.body, language: row.language, wordings: row.wordings };
  }
  return out;
}

/** Gives a reason key that has templates but no default one: the most used, then the oldest. */
async function ensureDefault(tx: Prisma.TransactionClient, userId: string, reasonKey: string) {
  const where = { userId, reasonKey };
  if ((await tx.reasonTemplate.count({ where: { ...where, isDefault: true } })) > 0) return;
  const heir = await tx.reasonTemplate.findFirst({ where, orderBy: [{ timesUsed: "desc" }, { createdAt: "asc" }, { id: "asc" }] });
  if (heir) await tx.reasonTemplate.update({ where: { id: heir.id }, data: { isDefault: true } });
}

export async function createTemplate(userId: string, input: TemplateInput) {
  const client = await db();
  const uid = ownerId(userId);
  const created = await client.$transaction(async (tx) => {
    if (input.isDefault) await tx.reasonTemplate.updateMany({ where: { userId: uid, reasonKey: input.reasonKey }, data: { isDefault: false } });
    const created = await tx.reasonTemplate.create({ data: { ...input, ...languageData(input), userId: uid } });
    await ensureDefault(tx, uid, input.reasonKey);
    return tx.reasonTemplate.findUniqueOrThrow({ where: { id: created.id } });
  });
  await settingsChanged(uid);
  return toTemplate(created);
}

/**
 * Returns null when the id is not one of the user's templates. The default of a key is
 * changed by marking another template, so unticking the current default within its key
 * keeps it; moving it to another key hands the old key's default on.
 */
export async function updateTemplate(userId: string, id: string, input: TemplateInput): Promise<ReasonTemplate | null> {
  const client = await db();
  const uid = ownerId(userId);
  try {
    const updated = await client.$transaction(async (tx) => {
      const before = await tx.reasonTemplate.findFirst({ where: { id, userId: uid } });
      if (!before) return null;
      const isDefault = input.isDefault || (before.isDefault && before.reasonKey === input.reasonKey);
      if (isDefault) {
        await tx.reasonTemplate.updateMany({ where: { userId: uid, reasonKey: input.reasonKey, NOT: { id } }, data: { isDefault: false } });
      }
      await tx.reasonTemplate.update({ where: { id, userId: uid }, data: { ...input, ...languageData(input), isDefault } });
      await ensureDefault(tx, uid, input.reasonKey);
      if (before.reasonKey !== input.reasonKey) await ensureDefault(tx, uid, before.reasonKey);
      return tx.reasonTemplate.findUniqueOrThrow({ where: { id } });
    });
    if (updated) await settingsChanged(uid);
    return updated ? toTemplate(updated) : null;
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

/** Returns false when the id is not one of the user's templates. */
export async function deleteTemplate(userId: string, id: string): Promise<boolean> {
  const client = await db();
  const uid = ownerId(userId);
  const deleted = await client.$transaction(async (tx) => {
    const found = await tx.reasonTemplate.findFirst({ where: { id, userId: uid }, select: { reasonKey: true } });
    if (!found) return false;
    const { count } = await tx.reasonTemplate.deleteMany({ where: { id, userId: uid } });
    await ensureDefault(tx, uid, found.reasonKey);
    return count === 1;
  });
  if (deleted) await settingsChanged(uid);
  return deleted;
}

/**
 * Adds back any built-in template the user no longer has (by its English wording);
 * returns how many. `titles` names them in the user's language.
 */
export async function restoreBuiltInTemplates(userId: string, titles?: Partial<Record<ReasonKey, string>>): Promise<number> {
  const client = await db();
  const uid = ownerId(userId);
  const restored = await client.$transaction(async (tx) => {
    const rows = await tx.reasonTemplate.findMany({ where: { userId: uid }, select: { reasonKey: true, body: true } });
    const missing = DEFAULT_TEMPLATES.filter((t) => !rows.some((r) => r.reasonKey === t.reasonKey && r.body === t.body));
    for (const t of missing) {
      // A restored template becomes the default only where the key has none (no templates at all).
      await tx.reasonTemplate.create({ data: { ...t, title: titles?.[t.reasonKey] ?? t.title, userId: uid, isDefault: false } });
      await ensureDefault(tx, uid, t.reasonKey);
    }
    return missing.length;
  });
  if (restored) await settingsChanged(uid);
  return restored;
}

/** Counts a use of each template a sent draft was built from. */
export async function recordTemplateUse(userId: string, ids: string[]) {
  if (ids.length === 0) return;
  const client = await db();
  await client.reasonTemplate.updateMany({ where: { userId: ownerId(userId), id: { in: ids } }, data: { timesUsed: { increment: 1 } } });
}

/** The default template of each reason key with its languages, as drafts use it. */
export async function defaultWording(userId: string): Promise<Partial<Record<ReasonKey, TemplateLanguages & { body: string }>>> {
  const templates = await defaultTemplates(userId);
  return Object.fromEntries(Object.entries(templates).map(([k, t]) => [k, { body: t.body, language: t.language, wordings: t.wordings }]));
}
