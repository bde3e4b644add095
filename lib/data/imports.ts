// Data access for imports of platform exports: who is already in the user's History,
// and saving an import's decisions once. Every function takes the owner's id first.
import "server-only";
import { db } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/config";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { PersonIndex, personKeyOf, type PersonKey } from "@/lib/import";
import type { Platform } from "@/lib/domain";
import { decisionRow, type NewDecision } from "./decision-row";
import { ownerId } from "./scope";

type Tx = Prisma.TransactionClient;
const BATCH = 1_000;

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
        const rows: Prisma.DecisionUncheckedCreateInput[] = [];
        for (const { key, decision } of items) {
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push(decisionRow(uid, keepProfile ? decision.profileId : null, decision));
        }
        for (let i = 0; i < rows.length; i += 500) await tx.decision.createMany({ data: rows.slice(i, i + 500) });
        return { saved: rows.length, duplicates: items.length - rows.length };
      },
      { maxWait: 15_000, timeout: 120_000 },
    );
  try {
    return await run(true);
  } catch (e) {
    // The profile was deleted meanwhile: save unlinked, as its deletion would have left them.
    if ((e as { code?: string }).code === "P2003") return run(false);
    throw e;
  }
}
