// The history of triaged requests. Every function takes the owner's id first.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { DecisionStatus, Platform, ReasonKey, Verdict } from "@/lib/domain";
import type { DecisionFilter } from "@/lib/validations/decision";
import { isNotFound, ownerId } from "./scope";

export type NewDecision = {
  profileId: string | null;
  platform: Platform;
  text: string;
  parsed: {
    name: string | null;
    firstName: string | null;
    headline: string | null;
    company: string | null;
    mutualConnections: number | null;
    note: string | null;
  };
  verdict: Verdict;
  confidence: number;
  reasons: ReasonKey[];
  signals: { key: string; label: string; evidence: string }[];
  draftText: string | null;
  draftShort: string | null;
  sentText?: string | null;
  templateIds?: string[];
  status: DecisionStatus;
  revisitAt?: Date | null;
};

/** Lower-case, accent-free text, so search behaves alike on SQLite and PostgreSQL. */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join("\n")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export async function createDecision(userId: string, input: NewDecision) {
  const client = await db();
  const uid = ownerId(userId);
  // A profile id that is not the caller's is dropped rather than linked.
  const profileId = input.profileId
    ? ((await client.criteriaProfile.findFirst({ where: { id: input.profileId, userId: uid }, select: { id: true } }))?.id ?? null)
    : null;
  const p = input.parsed;
  return client.decision.create({
    data: {
      userId: uid,
      profileId,
      platform: input.platform,
      text: input.text,
      parsedName: p.name,
      parsedFirstName: p.firstName,
      parsedHeadline: p.headline,
      parsedCompany: p.company,
      parsedMutualConnections: p.mutualConnections,
      parsedNote: p.note,
      searchText: searchable(p.name, p.headline, p.company, p.note, input.text),
      verdict: input.verdict,
      confidence: input.confidence,
      reasons: input.reasons.join(","),
      signals: input.signals,
      draftText: input.draftText,
      draftShort: input.draftShort,
      sentText: input.sentText ?? null,
      templateIds: input.templateIds ?? [],
      status: input.status,
      revisitAt: input.revisitAt ?? null,
    },
  });
}

export async function getDecision(userId: string, id: string) {
  const client = await db();
  return client.decision.findFirst({ where: { id, userId: ownerId(userId) } });
}

export function decisionWhere(userId: string, f: DecisionFilter): Prisma.DecisionWhereInput {
  const where: Prisma.DecisionWhereInput = { userId: ownerId(userId) };
  if (f.platform) where.platform = f.platform;
  if (f.verdict) where.verdict = f.verdict;
  if (f.status) where.status = f.status;
  // No reason key is a substring of another, so `contains` matches exactly one key.
  if (f.reason) where.reasons = { contains: f.reason };
  if (f.q) where.searchText = { contains: searchable(f.q) };
  if (f.from || f.to) {
    where.createdAt = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00.000Z`) } : {}),
      ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

/** Newest first, keyset-paginated on (createdAt, id) so deep pages stay fast. */
export async function listDecisions(userId: string, filter: DecisionFilter, page: { cursor?: string | null; limit?: number } = {}) {
  const client = await db();
  const limit = Math.min(Math.max(page.limit ?? 25, 1), 200);
  const where = decisionWhere(userId, filter);
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  if (after) {
    where.AND = [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }];
  }
  const rows = await client.decision.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1 });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** Returns null when the id is not one of the user's decisions. */
export async function updateDecision(
  userId: string,
  id: string,
  data: { status?: DecisionStatus; revisitAt?: Date | null; sentText?: string | null; draftText?: string | null },
) {
  const client = await db();
  try {
    return await client.decision.update({ where: { id, userId: ownerId(userId) }, data });
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export async function deleteDecision(userId: string, id: string): Promise<boolean> {
  const client = await db();
  const { count } = await client.decision.deleteMany({ where: { id, userId: ownerId(userId) } });
  return count === 1;
}

/** Held requests whose revisit date has come. */
export async function countDueRevisits(userId: string, now = new Date()): Promise<number> {
  const client = await db();
  return client.decision.count({ where: { userId: ownerId(userId), status: "held", revisitAt: { lte: now } } });
}
