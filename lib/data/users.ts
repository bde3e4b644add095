// Users: accounts, and the defaults every new account starts with.
import "server-only";
import { db, rawSql } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { accountDefaults } from "@/lib/defaults";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { isUniqueViolation, ownerId } from "./scope";
import { settingsChanged } from "./settings-cache";

export const userPublicFields = { id: true, email: true, name: true, defaultSignature: true, createdAt: true } as const;

export class EmailTakenError extends Error {
  constructor() {
    // i18n-ignore: for logs; the sign-up form says auth.errors.emailTaken in the page's language
    super("An account with this email already exists.");
  }
}

/**
 * Creates the account with its default profile and templates, all or nothing; they are
 * named in `locale`, the sign-up request's language (English when none is given).
 */
export async function createUserWithDefaults(input: { email: string; name: string; password: string | null; locale?: Locale }) {
  const client = await db();
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const defaults = accountDefaults(await loadMessages(input.locale ?? DEFAULT_LOCALE));
  try {
    return await client.user.create({
      data: {
        email: input.email.trim().toLowerCase(),
        name: input.name,
        passwordHash,
        profiles: { create: defaults.profile },
        templates: { create: defaults.templates.map((t) => ({ ...t, isDefault: true })) },
      },
      select: userPublicFields,
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new EmailTakenError();
    throw e;
  }
}

/** For sign-in only: the one lookup that is by email rather than by signed-in id. */
export async function findUserForSignIn(email: string) {
  const client = await db();
  return client.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
}

/** The interface language the account chose in Settings; null when it chose none (the browser's then). */
export async function savedLocale(userId: string): Promise<Locale | null> {
  const client = await db();
  const row = await client.user.findUnique({ where: { id: ownerId(userId) }, select: { locale: true } });
  return isLocale(row?.locale) ? row.locale : null;
}

/** The same columns as userPublicFields, for getUser's plain SQL. */
const USER_PUBLIC_COLUMNS = Prisma.raw(Object.keys(userPublicFields).map((c) => `"${c}"`).join(", "));

/**
 * The user's public fields, or null. Every signed-in page and every session API request
 * asks (lib/auth/session.ts), so it is one plain SQL query on the driver (lib/db/raw.ts): Prisma 6.19 compiles each
 * findUnique anew (about 1.1 ms against 0.4 ms, measured).
 */
export async function getUser(userId: string): Promise<Prisma.UserGetPayload<{ select: typeof userPublicFields }> | null> {
  const client = await db();
  const [row] = await rawSql(client).query<Prisma.UserGetPayload<{ select: typeof userPublicFields }>>(Prisma.sql`
    SELECT ${USER_PUBLIC_COLUMNS} FROM "User" WHERE "id" = ${ownerId(userId)}`);
  return row ?? null;
}

export async function updateUser(userId: string, data: { name?: string; defaultSignature?: string | null }) {
  const client = await db();
  const user = await client.user.update({ where: { id: ownerId(userId) }, data, select: userPublicFields });
  await settingsChanged(user.id);
  return user;
}

/** Keeps the interface language on the account (null: follow the browser), for every device it signs in on. */
export async function setUserLocale(userId: string, locale: Locale | null) {
  const client = await db();
  await client.user.update({ where: { id: ownerId(userId) }, data: { locale } });
  // Triage may fall back to the user's language: drop the cached settings.
  await settingsChanged(ownerId(userId));
}

export async function getPasswordHash(userId: string): Promise<string | null> {
  const client = await db();
  const u = await client.user.findUnique({ where: { id: ownerId(userId) }, select: { passwordHash: true } });
  return u?.passwordHash ?? null;
}

export async function setPassword(userId: string, password: string) {
  const client = await db();
  await client.user.update({ where: { id: ownerId(userId) }, data: { passwordHash: await hashPassword(password) } });
}

export type PasswordChange = "changed" | "current-required" | "current-wrong";

/**
 * Replaces the password after checking the current one. An account without a password
 * (made through an OAuth provider) sets its first one without.
 */
export async function changePassword(userId: string, current: string | undefined, next: string): Promise<PasswordChange> {
  const hash = await getPasswordHash(userId);
  if (hash) {
    if (!current) return "current-required";
    if (!(await verifyPassword(hash, current))) return "current-wrong";
  }
  await setPassword(userId, next);
  return "changed";
}

/**
 * Everything the account holds except decisions (streamed separately by the export, as
 * they can be many) and secrets: no password hash, no API token hashes.
 */
export async function exportAccount(userId: string) {
  const client = await db();
  const uid = ownerId(userId);
  const [account, profiles, templates, apiTokens] = await Promise.all([
    client.user.findUnique({ where: { id: uid }, select: { ...userPublicFields, locale: true, updatedAt: true, passwordHash: true } }),
    client.criteriaProfile.findMany({ where: { userId: uid }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    client.reasonTemplate.findMany({ where: { userId: uid }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    client.apiToken.findMany({
      where: { userId: uid },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
  ]);
  if (!account) return null;
  const { passwordHash, ...rest } = account;
  return { account: { ...rest, hasPassword: passwordHash !== null }, profiles, templates, apiTokens };
}

/** Deletes the account; profiles, templates, decisions and tokens go with it (cascade). */
export async function deleteUser(userId: string) {
  const client = await db();
  await client.user.delete({ where: { id: ownerId(userId) } });
  await settingsChanged(ownerId(userId));
}
