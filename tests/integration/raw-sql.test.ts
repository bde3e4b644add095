// lib/db/raw.ts sends the hot paths' plain SQL straight to the Prisma client's driver
// adapter. Its rows must read exactly as `$queryRaw`'s (dates, integers, JSON text, nulls),
// on both databases; it must keep the adapter's lock (SQLite); and its failures must still
// say what went wrong.
import { describe, expect, it } from "vitest";
import { createDb, db, rawSql } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/config";
import { driverErrorKind } from "@/lib/db/raw";
import { Prisma } from "@/lib/generated/sqlite/client";
import { createApiToken } from "@/lib/data/api-tokens";
import { createDecisionId } from "@/lib/data/decisions";
import { sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

const sqlite = () => databaseProvider(databaseUrl()) === "sqlite";

describe("rawSql", () => {
  it("reads every kind of column exactly as $queryRaw does", async () => {
    const user = await makeUser("Raw Reader");
    await createApiToken(user.id, "raw");
    for (const i of [0, 1, 2, 3]) {
      const sent = i === 3 ? { status: "sent" as const, sentText: "Thanks, Priya — all the best." } : {};
      await createDecisionId(user.id, { ...sampleDecision(i), revisitAt: i % 2 ? new Date("2026-02-03T09:00:00.123Z") : null, ...sent });
    }
    const client = await db();
    const queries = [
      Prisma.sql`SELECT * FROM "User" WHERE "id" = ${user.id}`,
      Prisma.sql`SELECT * FROM "ApiToken" WHERE "userId" = ${user.id}`,
      Prisma.sql`SELECT * FROM "Decision" WHERE "userId" = ${user.id} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${10}`,
      Prisma.sql`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Decision" WHERE "userId" = ${user.id} AND "createdAt" <= ${new Date()}`,
      Prisma.sql`SELECT "id" FROM "Decision" WHERE "userId" = ${"nobody"}`,
    ];
    for (const q of queries) {
      const viaPrisma = await client.$queryRaw<Record<string, unknown>[]>(q);
      const viaDriver = await rawSql(client).query<Record<string, unknown>>(q);
      expect(viaDriver).toEqual(viaPrisma);
    }
    const [decision] = await rawSql(client).query<Record<string, unknown>>(queries[2]!);
    expect(decision!.createdAt).toBeInstanceOf(Date);
    expect(Array.isArray(decision!.signals)).toBe(true);
  });

  it("tells how many rows a statement changed", async () => {
    const user = await makeUser("Raw Writer");
    const client = await db();
    const changed = await rawSql(client).execute(Prisma.sql`UPDATE "User" SET "name" = ${"Renamed"} WHERE "id" = ${user.id}`);
    expect(changed).toBe(1);
    expect(await rawSql(client).execute(Prisma.sql`UPDATE "User" SET "name" = ${"x"} WHERE "id" = ${"nobody"}`)).toBe(0);
    expect((await client.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed");
  });

  it("reports a foreign-key failure as the adapter's kind", async () => {
    const client = await db();
    const e = await rawSql(client)
      .execute(Prisma.sql`INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix", "createdAt") VALUES (${"craw"}, ${"nobody"}, ${"n"}, ${"h-raw"}, ${"p"}, ${new Date()})`)
      .catch((err: unknown) => err);
    expect(driverErrorKind(e)).toBe("ForeignKeyConstraintViolation");
  });

  it("waits for an open interactive transaction, as the client's own queries do (SQLite)", async () => {
    if (!sqlite()) return;
    const user = await makeUser("Raw Waiter");
    const client = await db();
    let read: Promise<unknown> | null = null;
    await client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Inside" } });
      // Asked while the transaction holds the adapter: answered after it commits.
      read = rawSql(client).query<{ name: string }>(Prisma.sql`SELECT "name" FROM "User" WHERE "id" = ${user.id}`);
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await read).toEqual([{ name: "Inside" }]);
  });

  it("connects a client that has not connected yet, and again after it disconnects", async () => {
    const client = await createDb(databaseUrl());
    try {
      expect(await rawSql(client).query(Prisma.sql`SELECT 1 AS "one"`)).toHaveLength(1);
      await client.$disconnect();
      expect(await rawSql(client).query(Prisma.sql`SELECT 2 AS "two"`)).toHaveLength(1);
    } finally {
      await client.$disconnect();
    }
  });
});
