// Data access for imports of platform exports: who is already in the user's History,
// and saving an import's decisions once. Every function takes the owner's id first.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/config";
import { Prisma } from "@/lib/generated/sqlite/client";
import { PersonIndex, personKeyOf, type PersonKey } from "@/lib/import";
import type { Platform } from "@/lib/domain";
import { decisionRow, type NewDecision } from "./decision-row";
import { ownerId } from "./scope";

type Tx = Prisma.TransactionClient;
type Row = Prisma.DecisionUncheckedCreateInput;
const BATCH = 1_000;

/** An id in the shape of Prisma's cuid(): "c", the time, then randomness. */
const newId = () => `c${Date.now().toString(36)}${randomBytes(9).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0")}`;

const COLUMNS = [
  "id", "userId", "profileId", "platform", "text", "parsedName", "parsedFirstName", "parsedHeadline", "parsedCompany",
  "parsedMutualConnections", "parsedNote", "searchText", "verdict", "confidence", "reasons", "signals", "draftText",
  "draftShort", "sentText", "templateIds", "status", "revisitAt", "createdAt", "updatedAt",
] as const;

/**
 * SQLite: one multi-row INSERT per 200 rows. Prisma's createMany costs about four times as
 * much per row here (measured by npm run bench:import); dates go in as Date parameters,
 * so the adapter stores them exactly as Prisma's own writes do.
 */
async function insertSqlite(tx: Tx, rows: Row[]) {
  const now = new Date();
  const columns = Prisma.raw(COLUMNS.map((c) => `"${c}"`).join(", "));
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map(
      (r) =>
        Prisma.sql`(${newId()}, ${r.userId}, ${r.profileId ?? null}, ${r.platform}, ${r.text}, ${r.parsedName ?? null}, ${r.parsedFirstName ?? null}, ${r.parsedHeadline ?? null}, ${r.parsedCompany ?? null}, ${r.parsedMutualConnections ?? null}, ${r.parsedNote ?? null}, ${r.searchText ?? ""}, ${r.verdict}, ${r.confidence}, ${r.reasons ?? ""}, ${JSON.stringify(r.signals)}, ${r.draftText ?? null}, ${r.draftShort ?? null}, ${r.sentText ?? null}, ${JSON.stringify(r.templateIds)}, ${r.status}, ${(r.revisitAt as Date | null | undefined) ?? null}, ${now}, ${now})`,
    );
    await tx.$executeRaw`INSERT INTO "Decision" (${columns}) VALUES ${Prisma.join(values)}`;
  }
}

/**
 * The people of the user's History on these platforms, keyed by profile link (found in
 * the saved text) and by name. Read in keyset batches, two short columns at a time.
 */
async function historyIndex(client: Tx, uid: string, platforms: Platform[], index = new PersonIndex()): Promise<PersonIndex> {
  if (platforms.length === 0) return index;
  let after: string | undefined;
  for (;;) {
    const rows = await client.decision.findMany({
      where: { userId: uid, platform: { in: platforms }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, platform: true, parsedName: true, text: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const r of rows) index.add(personKeyOf(r.platform, r.parsedName, r.text));
    if (rows.length < BATCH) return index;
    after = rows.at(-1)!.id;
  }
}

/** Who is already in this user's History on these platforms. */
export async function knownPeople(userId: string, platforms: Platform[]): Promise<PersonIndex> {
  const client = await db();
  return historyIndex(client as unknown as Tx, ownerId(userId), platforms);
}

export type ImportedDecision = { key: PersonKey; decision: NewDecision };

/**
 * Saves the decisions of people not yet in History (nor earlier in the same list), in
 * one transaction, so an import confirmed twice, or twice at once, saves each person once.
 * `profileId` must be the user's own (read with a query scoped by them).
 */
export async function saveImportedDecisions(userId: string, items: ImportedDecision[]): Promise<{ saved: number; duplicates: number }> {
  const uid = ownerId(userId);
  const client = await db();
  const platforms = [...new Set(items.map((i) => i.decision.platform))];
  const postgres = databaseProvider(databaseUrl()) === "postgresql";
  const run = (keepProfile: boolean) =>
    client.$transaction(
      async (tx) => {
        // PostgreSQL: a second import of this user waits here until the first commits.
        // SQLite: the adapter runs one interactive transaction at a time already.
        if (postgres) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`dwg-import:${uid}`}))::text`;
        const seen = await historyIndex(tx, uid, platforms);
        const rows: Row[] = [];
        for (const { key, decision } of items) {
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push(decisionRow(uid, keepProfile ? decision.profileId : null, decision));
        }
        if (postgres) for (let i = 0; i < rows.length; i += 500) await tx.decision.createMany({ data: rows.slice(i, i + 500) });
        else await insertSqlite(tx, rows);
        return { saved: rows.length, duplicates: items.length - rows.length };
      },
      { maxWait: 15_000, timeout: 120_000 },
    );
  try {
    return await run(true);
  } catch (e) {
    // The profile was deleted meanwhile: save unlinked, as its deletion would have left them.
    const err = e as { code?: string; message?: string };
    if (err.code === "P2003" || /FOREIGN KEY constraint failed/i.test(err.message ?? "")) return run(false);
    throw e;
  }
}
