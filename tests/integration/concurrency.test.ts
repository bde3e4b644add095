// 200 decisions saved at once by 20 users: exactly 200 rows, none lost or doubled,
// and no "database is locked" error — in one process, and (SQLite) from four
// processes writing to the same file at once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecision, type NewDecision } from "@/lib/data/decisions";
import { makeUser } from "../support/factory";

const run = promisify(execFile);

const decision = (i: number): NewDecision => ({
  profileId: null,
  platform: "linkedin",
  text: `Person ${i}\nEngineer at Company ${i}\n${i} mutual connections`,
  parsed: { name: `Person ${i}`, firstName: "Person", headline: `Engineer at Company ${i}`, company: `Company ${i}`, mutualConnections: i, note: null },
  verdict: "accept",
  confidence: 0.9,
  reasons: [],
  signals: [],
  draftText: null,
  draftShort: null,
  status: "accepted",
});

describe("concurrent writes", () => {
  it("saves 200 decisions from 20 users at once, exactly once each", async () => {
    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(`Writer ${i}`)));
    const results = await Promise.allSettled(users.flatMap((u, ui) => Array.from({ length: 10 }, (_, k) => createDecision(u.id, decision(ui * 10 + k)))));
    const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    const client = await db();
    const ids = users.map((u) => u.id);
    expect(await client.decision.count({ where: { userId: { in: ids } } })).toBe(200);
    for (const u of users) expect(await client.decision.count({ where: { userId: u.id } })).toBe(10);
    const names = await client.decision.findMany({ where: { userId: { in: ids } }, select: { parsedName: true } });
    expect(new Set(names.map((n) => n.parsedName)).size).toBe(200);
  });

  it.runIf(inject("provider") === "sqlite")("four processes writing one SQLite file never see a locked database", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, (_, i) => makeUser(`Process ${i}`)));
    const script = "tests/support/write-decisions.ts";
    const outputs = await Promise.all(
      users.map((u) =>
        run(process.execPath, ["--conditions=react-server", "--import", "tsx", script, u.id, "50"], {
          env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
        }),
      ),
    );
    for (const o of outputs) expect(o.stdout.trim()).toBe("50");
    const client = await db();
    expect(await client.decision.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(200);
  });
});
