// createDecisionId (every saving triage) writes one plain INSERT instead of Prisma's create:
// the row it stores must read back exactly as Prisma's own create stores the same decision,
// and a profile id is linked only when it is the caller's own.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/config";
import { createDecision, createDecisionId } from "@/lib/data/decisions";
import { createProfile } from "@/lib/data/profiles";
import { profileSchema } from "@/lib/validations/profile";
import { sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

const SKIP = new Set(["id", "createdAt", "updatedAt"]);
const comparable = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !SKIP.has(k)));

describe("createDecisionId", () => {
  it("stores the row exactly as Prisma's create does, dates and JSON included", async () => {
    const user = await makeUser();
    const client = await db();
    for (const i of [0, 1, 2, 3, 4, 5]) {
      const input = { ...sampleDecision(i), createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678 + i)), revisitAt: i % 2 ? new Date("2026-02-03T09:00:00.123Z") : null };
      const viaPrisma = await createDecision(user.id, input);
      const { id } = await createDecisionId(user.id, input);
      expect(id).toMatch(/^c[a-z0-9]{24}$/);
      const raw = await client.decision.findUniqueOrThrow({ where: { id } });
      expect(comparable(raw)).toEqual(comparable(viaPrisma));
      expect(raw.createdAt.toISOString()).toBe(input.createdAt.toISOString());
      expect(raw.updatedAt).toBeInstanceOf(Date);
      if (databaseProvider(databaseUrl()) === "sqlite") {
        // Stored alike too (SQLite compares the text): the same type and format of each column.
        const stored = await client.$queryRawUnsafe<Record<string, unknown>[]>(
          `SELECT typeof("createdAt") AS t1, "createdAt" AS c, typeof("revisitAt") AS t2, "revisitAt" AS r, typeof("signals") AS t3, typeof("confidence") AS t4 FROM "Decision" WHERE "id" IN (?, ?) ORDER BY "id" = ?`,
          viaPrisma.id, id, id,
        );
        expect(stored[1]).toEqual(stored[0]);
      }
    }
    // Without a createdAt it is now, and History lists it first.
    const before = Date.now();
    const { id } = await createDecisionId(user.id, sampleDecision(9));
    const row = await client.decision.findUniqueOrThrow({ where: { id } });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
  });

  it("links the caller's own profile and drops anyone else's", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const mine = await createProfile(alice.id, profileSchema.parse({ name: "Mine" }));
    const theirs = await createProfile(bob.id, profileSchema.parse({ name: "Theirs" }));
    const client = await db();
    const own = await createDecisionId(alice.id, { ...sampleDecision(1), profileId: mine.id });
    const foreign = await createDecisionId(alice.id, { ...sampleDecision(2), profileId: theirs.id });
    const missing = await createDecisionId(alice.id, { ...sampleDecision(3), profileId: "cnosuchprofile0000000000" });
    expect((await client.decision.findUniqueOrThrow({ where: { id: own.id } })).profileId).toBe(mine.id);
    expect((await client.decision.findUniqueOrThrow({ where: { id: foreign.id } })).profileId).toBeNull();
    expect((await client.decision.findUniqueOrThrow({ where: { id: missing.id } })).profileId).toBeNull();
    expect((await client.decision.findUniqueOrThrow({ where: { id: own.id } })).userId).toBe(alice.id);
  });
});
