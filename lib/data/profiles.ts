// Criteria profiles. Every function takes the owner's id first and never reads another's rows.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { englishTranslator } from "@/lib/i18n/server";
import { LANGUAGES, REASON_KEYS, type Language, type Platform, type ReasonKey } from "@/lib/domain";
import { PROFILE_NAME_MAX, type ProfileInput } from "@/lib/validations/profile";
import { isNotFound, isUniqueViolation, ownerId, stringList } from "./scope";
import { cachedSettings, settingsChanged } from "./settings-cache";
import { templateLanguages, type DefaultTemplate } from "./templates";

/** The message is English (logs, the HTTP API); the app says it in the user's language (lib/actions/profiles.ts). */
export class ProfileNameTakenError extends Error {
  constructor(readonly profileName: string) {
    super(englishTranslator("profiles")("messages.nameTaken", { name: profileName }));
  }
}

/** Triage needs a profile to decide with, so a user's last one stays. */
export class LastProfileError extends Error {
  constructor() {
    super(englishTranslator("profiles")("messages.lastProfile"));
  }
}

type Row = Awaited<ReturnType<Awaited<ReturnType<typeof db>>["criteriaProfile"]["findFirstOrThrow"]>>;

export type CriteriaProfile = Omit<Row, "defaultFor" | "knownPeople" | "competitors" | "blockedRoles" | "tone" | "language"> & {
  defaultFor: Platform[];
  knownPeople: string[];
  competitors: string[];
  blockedRoles: string[];
  tone: ProfileInput["tone"];
  /** The language of this profile's drafts; null: each request's own. */
  language: Language | null;
};

/** A saved language, or null for anything else. */
export function languageOf(value: unknown): Language | null {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : null;
}

function toProfile(row: Row): CriteriaProfile {
  return {
    ...row,
    defaultFor: stringList(row.defaultFor) as Platform[],
    knownPeople: stringList(row.knownPeople),
    competitors: stringList(row.competitors),
    blockedRoles: stringList(row.blockedRoles),
    tone: (["warm", "formal", "brief"].includes(row.tone) ? row.tone : "warm") as ProfileInput["tone"],
    language: languageOf(row.language),
  };
}

export async function listProfiles(userId: string): Promise<CriteriaProfile[]> {
  const client = await db();
  const rows = await client.criteriaProfile.findMany({ where: { userId: ownerId(userId) }, orderBy: [{ name: "asc" }] });
  return rows.map(toProfile);
}

export async function getProfile(userId: string, id: string): Promise<CriteriaProfile | null> {
  const client = await db();
  const row = await client.criteriaProfile.findFirst({ where: { id, userId: ownerId(userId) } });
  return row ? toProfile(row) : null;
}

/** The profile marked default for a platform, else the user's first profile. */
export async function defaultProfileFor(userId: string, platform: Platform): Promise<CriteriaProfile | null> {
  return pickDefaultProfile(await listProfiles(userId), platform);
}

/** What triage reads of a user: their profiles, the default template per reason key, their signature and language. */
export type TriageSettings = {
  /** Ordered by name, as listProfiles gives them. */
  profiles: CriteriaProfile[];
  /** The default template of each reason key, as defaultTemplates gives them. */
  templates: Partial<Record<ReasonKey, DefaultTemplate>>;
  defaultSignature: string | null;
  /** The interface language the user chose in Settings; null follows the browser. */
  locale: Language | null;
};

/**
 * A user's triage settings in one query (the user with their profiles and templates),
 * reused by this instance for a few seconds (lib/data/settings-cache.ts); null when the
 * user does not exist.
 */
export async function triageSettings(userId: string, now = Date.now()): Promise<TriageSettings | null> {
  const uid = ownerId(userId);
  return cachedSettings(uid, async () => {
    const client = await db();
    const user = await client.user.findUnique({
      where: { id: uid },
      select: {
        defaultSignature: true,
        locale: true,
        profiles: { orderBy: [{ name: "asc" }] },
        templates: {
          orderBy: [{ reasonKey: "asc" }, { isDefault: "desc" }, { title: "asc" }, { id: "asc" }],
          select: { id: true, reasonKey: true, isDefault: true, body: true, language: true, wordings: true },
        },
      },
    });
    return user
      ? { profiles: user.profiles.map(toProfile), templates: pickDefaultTemplates(user.templates), defaultSignature: user.defaultSignature, locale: languageOf(user.locale) }
      : null;
  }, now);
}

/** defaultTemplates' choice from rows in listTemplates' order: the default of each key, else its first. */
function pickDefaultTemplates(rows: { id: string; reasonKey: string; isDefault: boolean; body: string; language: string | null; wordings: unknown }[]) {
  const out: Partial<Record<ReasonKey, DefaultTemplate>> = {};
  for (const key of REASON_KEYS) {
    const row = rows.find((r) => r.reasonKey === key && r.isDefault) ?? rows.find((r) => r.reasonKey === key);
    if (row) out[key] = { id: row.id, body: row.body, ...templateLanguages(row) };
  }
  return out;
}

/** defaultProfileFor's choice among profiles ordered by name. */
export function pickDefaultProfile(profiles: CriteriaProfile[], platform: Platform): CriteriaProfile | null {
  return profiles.find((p) => p.defaultFor.includes(platform)) ?? profiles[0] ?? null;
}

/** A platform has one default profile: claiming it here releases it elsewhere. */
async function releaseDefaults(client: Prisma.TransactionClient, userId: string, keepId: string, platforms: Platform[]) {
  if (platforms.length === 0) return;
  const others = await client.criteriaProfile.findMany({ where: { userId, NOT: { id: keepId } }, select: { id: true, defaultFor: true } });
  for (const o of others) {
    const current = stringList(o.defaultFor);
    const next = current.filter((p) => !platforms.includes(p as Platform));
    if (next.length !== current.length) await client.criteriaProfile.update({ where: { id: o.id }, data: { defaultFor: next } });
  }
}

export async function createProfile(userId: string, input: ProfileInput): Promise<CriteriaProfile> {
  const client = await db();
  const uid = ownerId(userId);
  try {
    const row = await client.$transaction(async (tx) => {
      const created = await tx.criteriaProfile.create({ data: { ...input, userId: uid } });
      await releaseDefaults(tx, uid, created.id, input.defaultFor);
      return created;
    });
    await settingsChanged(uid);
    return toProfile(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw new ProfileNameTakenError(input.name);
    throw e;
  }
}

/** Returns null when the id is not one of the user's profiles. */
export async function updateProfile(userId: string, id: string, input: ProfileInput): Promise<CriteriaProfile | null> {
  const client = await db();
  const uid = ownerId(userId);
  try {
    const row = await client.$transaction(async (tx) => {
      const updated = await tx.criteriaProfile.update({ where: { id, userId: uid }, data: input });
      await releaseDefaults(tx, uid, id, input.defaultFor);
      return updated;
    });
    await settingsChanged(uid);
    return toProfile(row);
  } catch (e) {
    if (isNotFound(e)) return null;
    if (isUniqueViolation(e)) throw new ProfileNameTakenError(input.name);
    throw e;
  }
}

/** The n-th copy's suffix, "(copy)", "(copy 2)" …, in a language (the user's: lib/actions/profiles.ts). */
export type CopySuffix = (n: number) => string;
const englishCopySuffix: CopySuffix = (n) => englishTranslator("profiles")("messages.copySuffix", { n });

/** "Name (copy)", then "Name (copy 2)" …, shortening the name so the suffix always fits. */
export function copyName(name: string, taken: ReadonlySet<string>, copySuffix: CopySuffix = englishCopySuffix): string {
  for (let n = 1; ; n++) {
    const suffix = ` ${copySuffix(n)}`;
    const candidate = `${name.slice(0, PROFILE_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function duplicateProfile(userId: string, id: string, copySuffix?: CopySuffix): Promise<CriteriaProfile | null> {
  const source = await getProfile(userId, id);
  if (!source) return null;
  const name = copyName(source.name, new Set((await listProfiles(userId)).map((p) => p.name)), copySuffix);
  const { id: _id, userId: _u, createdAt: _c, updatedAt: _up, ...rest } = source;
  // The copy is never the default for anything: the original keeps those.
  return createProfile(userId, { ...rest, name, defaultFor: [] });
}

/**
 * Returns false when the id is not one of the user's profiles; throws LastProfileError
 * rather than delete the user's only profile. Platforms it was the default for fall
 * back to defaultProfileFor's choice.
 */
export async function deleteProfile(userId: string, id: string): Promise<boolean> {
  const client = await db();
  const uid = ownerId(userId);
  const deleted = await client.$transaction(async (tx) => {
    const { count } = await tx.criteriaProfile.deleteMany({ where: { id, userId: uid } });
    if (count === 0) return false;
    // Throwing rolls the delete back.
    if ((await tx.criteriaProfile.count({ where: { userId: uid } })) === 0) throw new LastProfileError();
    return true;
  });
  if (deleted) await settingsChanged(uid);
  return deleted;
}
