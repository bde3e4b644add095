// The Stats view's numbers: totals, verdicts per week or month, declines by reason and
// platform within the charted period, templates used most.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { decisionStats, statBuckets, type NewDecision } from "@/lib/data/decisions";
import { decisionRow } from "@/lib/data/decision-row";
import { listTemplates } from "@/lib/data/templates";
import { sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

function d(over: Partial<NewDecision>): NewDecision {
  return { ...sampleDecision(0), reasons: [], ...over };
}

async function insert(userId: string, rows: NewDecision[]) {
  const client = await db();
  await client.decision.createMany({ data: rows.map((r) => decisionRow(userId, null, r)) });
}

describe("stat buckets", () => {
  it("ends with the current week (from Monday, UTC) or month", () => {
    const now = at("2026-06-10T15:00:00Z"); // a Wednesday
    const weeks = statBuckets(now, "week");
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual(at("2026-06-08T00:00:00Z"));
    expect(weeks[0]).toEqual(at("2026-03-23T00:00:00Z"));
    const months = statBuckets(now, "month");
    expect(months.at(-1)).toEqual(at("2026-06-01T00:00:00Z"));
    expect(months[0]).toEqual(at("2025-07-01T00:00:00Z"));
    expect(statBuckets(at("2026-06-08T00:00:00Z"), "week").at(-1)).toEqual(at("2026-06-08T00:00:00Z")); // Monday itself
    expect(statBuckets(at("2026-06-14T23:59:59Z"), "week").at(-1)).toEqual(at("2026-06-08T00:00:00Z")); // Sunday
  });
});

describe("decision stats", () => {
  it("counts a young history by week", async () => {
    const user = await makeUser("Weekly Stats");
    const now = at("2026-06-10T15:00:00Z");
    await insert(user.id, [
      d({ verdict: "accept", createdAt: at("2026-06-08T00:00:00Z") }),
      d({ verdict: "decline", reasons: ["competitor", "no_personal_note"], platform: "linkedin", createdAt: at("2026-06-09T10:00:00Z") }),
      d({ verdict: "decline", reasons: ["competitor"], platform: "x", createdAt: at("2026-06-07T23:59:59Z") }),
      d({ verdict: "ignore", createdAt: at("2026-04-01T00:00:00Z") }),
      d({ verdict: "observe", createdAt: at("2026-04-01T00:00:01Z") }),
    ]);
    const s = await decisionStats(user.id, now);
    expect(s.granularity).toBe("week");
    expect(s.total).toBe(5);
    expect(s.byVerdict).toEqual({ accept: 1, decline: 2, observe: 1, ignore: 1 });
    const last = s.overTime.at(-1)!;
    expect(last).toEqual({ start: at("2026-06-08T00:00:00Z"), accept: 1, decline: 1, observe: 0, ignore: 0 });
    expect(s.overTime.at(-2)).toMatchObject({ start: at("2026-06-01T00:00:00Z"), decline: 1 });
    expect(s.overTime.find((b) => b.start.getTime() === at("2026-03-30T00:00:00Z").getTime())).toMatchObject({ ignore: 1, observe: 1 });
    expect(s.overTime.reduce((n, b) => n + b.accept + b.decline + b.observe + b.ignore, 0)).toBe(5);
    expect(s.declinesByReason).toEqual([
      { reason: "competitor", count: 2 },
      { reason: "no_personal_note", count: 1 },
      { reason: "blocked_role", count: 0 },
      { reason: "not_known_in_real_life", count: 0 },
    ]);
    expect(s.declinesByPlatform).toEqual([
      { platform: "linkedin", count: 1 },
      { platform: "x", count: 1 },
    ]);
  });

  it("switches to months for an older history and keeps the declines to the charted year", async () => {
    const user = await makeUser("Monthly Stats");
    const now = at("2026-06-10T15:00:00Z");
    await insert(user.id, [
      d({ verdict: "decline", reasons: ["blocked_role"], platform: "facebook", createdAt: at("2025-01-15T00:00:00Z") }), // before the 12 months
      d({ verdict: "decline", reasons: ["blocked_role"], platform: "facebook", createdAt: at("2025-07-01T00:00:00Z") }),
      d({ verdict: "accept", createdAt: at("2026-06-10T14:00:00Z") }),
      d({ verdict: "accept", createdAt: new Date(now.getTime() + DAY) }), // dated after `now`: counted in the current month
    ]);
    const s = await decisionStats(user.id, now);
    expect(s.granularity).toBe("month");
    expect(s.total).toBe(4);
    expect(s.overTime[0]).toMatchObject({ start: at("2025-07-01T00:00:00Z"), decline: 1 });
    expect(s.overTime.at(-1)).toMatchObject({ start: at("2026-06-01T00:00:00Z"), accept: 2 });
    expect(s.declinesByReason.find((r) => r.reason === "blocked_role")!.count).toBe(1);
    expect(s.declinesByPlatform).toEqual([{ platform: "facebook", count: 1 }]);
  });

  it("ranks the templates used most, leaving out unused ones, and sees only the caller's", async () => {
    const user = await makeUser("Template Stats");
    const other = await makeUser("Other Stats");
    const client = await db();
    const [a, b, c] = await listTemplates(user.id);
    await client.reasonTemplate.update({ where: { id: a!.id }, data: { timesUsed: 3 } });
    await client.reasonTemplate.update({ where: { id: b!.id }, data: { timesUsed: 9 } });
    const [x] = await listTemplates(other.id);
    await client.reasonTemplate.update({ where: { id: x!.id }, data: { timesUsed: 50 } });
    const s = await decisionStats(user.id);
    expect(s.total).toBe(0);
    expect(s.overTime.every((bucket) => bucket.accept + bucket.decline + bucket.observe + bucket.ignore === 0)).toBe(true);
    expect(s.topTemplates.map((t) => [t.id, t.timesUsed])).toEqual([
      [b!.id, 9],
      [a!.id, 3],
    ]);
    expect(s.topTemplates.some((t) => t.id === c!.id || t.id === x!.id)).toBe(false);
  });
});
