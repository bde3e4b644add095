// History's data layer: search, filters, keyset pagination, status changes, delete with
// undo, revisit dates; and that none of it reaches another user's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as decisions from "@/lib/data/decisions";
import { decisionRow } from "@/lib/data/decision-row";
import { deleteProfile, listProfiles } from "@/lib/data/profiles";
import { listTemplates } from "@/lib/data/templates";
import type { DecisionFilter } from "@/lib/validations/decision";
import { sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

const DAY = 86_400_000;
type NewDecision = decisions.NewDecision;

function decision(over: Partial<NewDecision> & { name?: string; company?: string | null; headline?: string | null } = {}): NewDecision {
  const base = sampleDecision(0);
  const { name, company, headline, ...rest } = over;
  return {
    ...base,
    profileId: null,
    parsed: {
      ...base.parsed,
      ...(name !== undefined ? { name, firstName: name.split(" ")[0]! } : {}),
      ...(company !== undefined ? { company } : {}),
      ...(headline !== undefined ? { headline } : {}),
    },
    text: over.text ?? `${name ?? base.parsed.name}\n${headline ?? base.parsed.headline}`,
    ...rest,
  };
}

async function insertMany(userId: string, rows: NewDecision[]) {
  const client = await db();
  await client.decision.createMany({ data: rows.map((r) => decisionRow(userId, null, r)) });
}

async function all(userId: string, filter: DecisionFilter = {}) {
  const out: decisions.Decision[] = [];
  for await (const batch of decisions.decisionBatches(userId, filter, 7)) out.push(...batch);
  return out;
}

const names = (rows: { parsedName: string | null }[]) => rows.map((r) => r.parsedName);

describe("search", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    user = await makeUser("Search Owner");
    const t0 = Date.now() - 10 * DAY;
    await insertMany(user.id, [
      decision({ name: "José Álvarez", company: "Café Société", headline: "Chef at Café Société", createdAt: new Date(t0) }),
      decision({ name: "Zoë MÜLLER", company: "Globex", headline: "Recruiter at Globex", createdAt: new Date(t0 + 1000) }),
      decision({ name: "Priya Raman", company: "Initech", headline: "Engineer", text: "Priya Raman\nWe met at the 100% remote meetup", createdAt: new Date(t0 + 2000) }),
      decision({ name: "Sam Lee", company: "Hooli", headline: "Designer", text: "Sam Lee\n1000 followers", createdAt: new Date(t0 + 3000) }),
      decision({ name: "Kim Ode", company: null, headline: "snake_case fan", text: "Kim Ode\nFiles in C:\\temp", createdAt: new Date(t0 + 4000) }),
    ]);
  });

  it("ignores case and accents, in the query and in the data", async () => {
    for (const q of ["jose", "JOSÉ", "álvarez", "ALVAREZ", "cafe societe"]) {
      expect(names((await decisions.listDecisions(user.id, { q })).items), q).toEqual(["José Álvarez"]);
    }
    expect(names((await decisions.listDecisions(user.id, { q: "zoe muller" })).items)).toEqual(["Zoë MÜLLER"]);
  });

  it("searches the name, the company, the headline and the pasted text", async () => {
    expect(names((await decisions.listDecisions(user.id, { q: "globex" })).items)).toEqual(["Zoë MÜLLER"]);
    expect(names((await decisions.listDecisions(user.id, { q: "recruiter" })).items)).toEqual(["Zoë MÜLLER"]);
    expect(names((await decisions.listDecisions(user.id, { q: "meetup" })).items)).toEqual(["Priya Raman"]);
    expect((await decisions.listDecisions(user.id, { q: "nobody by that name" })).items).toEqual([]);
  });

  it("treats % and _ in a search as text, not as wildcards", async () => {
    expect(names((await decisions.listDecisions(user.id, { q: "100%" })).items)).toEqual(["Priya Raman"]);
    expect((await decisions.listDecisions(user.id, { q: "sam_lee" })).items).toEqual([]);
    expect(names((await decisions.listDecisions(user.id, { q: "snake_case" })).items)).toEqual(["Kim Ode"]);
    expect(names((await decisions.listDecisions(user.id, { q: "c:\\temp" })).items)).toEqual(["Kim Ode"]);
    expect(names((await decisions.listDecisions(user.id, { q: "%" })).items)).toEqual(["Priya Raman"]);
  });
});

describe("filters", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    user = await makeUser("Filter Owner");
    await insertMany(user.id, [
      decision({ name: "A", platform: "linkedin", verdict: "decline", status: "sent", reasons: ["competitor"], createdAt: new Date("2026-03-01T00:00:00Z") }),
      decision({ name: "B", platform: "facebook", verdict: "decline", status: "drafted", reasons: ["blocked_role", "no_personal_note"], createdAt: new Date("2026-03-15T23:59:59Z") }),
      decision({ name: "C", platform: "x", verdict: "accept", status: "accepted", reasons: [], createdAt: new Date("2026-03-16T00:00:00Z") }),
      decision({ name: "D", platform: "linkedin", verdict: "observe", status: "held", reasons: [], createdAt: new Date("2026-04-02T12:00:00Z") }),
      decision({ name: "E", platform: "instagram", verdict: "ignore", status: "ignored", reasons: [], createdAt: new Date("2026-02-28T23:59:59Z") }),
    ]);
  });

  it.each<[DecisionFilter, string[]]>([
    [{}, ["D", "C", "B", "A", "E"]],
    [{ platform: "linkedin" }, ["D", "A"]],
    [{ verdict: "decline" }, ["B", "A"]],
    [{ status: "held" }, ["D"]],
    [{ reason: "no_personal_note" }, ["B"]],
    [{ reason: "competitor" }, ["A"]],
    [{ from: "2026-03-01" }, ["D", "C", "B", "A"]],
    [{ to: "2026-03-15" }, ["B", "A", "E"]],
    [{ from: "2026-03-01", to: "2026-03-15" }, ["B", "A"]],
    [{ platform: "linkedin", verdict: "decline", from: "2026-03-01", to: "2026-03-31" }, ["A"]],
    [{ platform: "facebook", status: "sent" }, []],
  ])("%j", async (filter, expected) => {
    expect(names((await decisions.listDecisions(user.id, filter)).items)).toEqual(expected);
  });
});

describe("keyset pagination", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  let expected: string[];
  beforeAll(async () => {
    user = await makeUser("Pager Owner");
    // 23 decisions; eleven of them share one timestamp to the millisecond, so only the id orders them.
    const tie = new Date("2026-05-05T05:05:05.005Z");
    const rows = Array.from({ length: 23 }, (_, i) =>
      decision({ name: `Person ${i}`, createdAt: i >= 6 && i < 17 ? tie : new Date(tie.getTime() + (i - 11) * 60_000) }),
    );
    await insertMany(user.id, rows);
    const client = await db();
    const sorted = await client.decision.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expected = sorted.map((r) => r.id);
  });

  it("walks every row once, in order, across pages that split a run of equal timestamps", async () => {
    const seen: string[] = [];
    const cursors: (string | undefined)[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await decisions.listDecisions(user.id, {}, { cursor, limit: 4 });
      cursors.push(page.prevCursor);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(cursors[0]).toBeUndefined(); // the first page has nothing newer
    expect(cursors.slice(1).every(Boolean)).toBe(true);
  });

  it("steps back with `before` to exactly the previous page", async () => {
    const p1 = await decisions.listDecisions(user.id, {}, { limit: 4 });
    const p2 = await decisions.listDecisions(user.id, {}, { cursor: p1.nextCursor, limit: 4 });
    const p3 = await decisions.listDecisions(user.id, {}, { cursor: p2.nextCursor, limit: 4 });
    const back2 = await decisions.listDecisions(user.id, {}, { before: p3.prevCursor, limit: 4 });
    expect(back2.items.map((r) => r.id)).toEqual(p2.items.map((r) => r.id));
    expect(back2.nextCursor).toBe(p2.nextCursor);
    const back1 = await decisions.listDecisions(user.id, {}, { before: back2.prevCursor, limit: 4 });
    expect(back1.items.map((r) => r.id)).toEqual(p1.items.map((r) => r.id));
    expect(back1.prevCursor).toBeUndefined();
  });

  it("keeps the filter across pages", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: decisions.DecisionPage = await decisions.listDecisions(user.id, { q: "person 1" }, { cursor, limit: 3 });
      ids.push(...page.items.map((r) => r.parsedName!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.sort()).toEqual(["Person 1", ...Array.from({ length: 10 }, (_, i) => `Person 1${i}`)].sort());
  });

  it("starts over on a cursor it did not make", async () => {
    const first = await decisions.listDecisions(user.id, {}, { limit: 4 });
    for (const bad of ["garbage", Buffer.from("not-a-date|x").toString("base64url"), Buffer.from("a|b|c").toString("base64url")]) {
      expect((await decisions.listDecisions(user.id, {}, { cursor: bad, limit: 4 })).items).toEqual(first.items);
    }
  });

  it("caps the page size", async () => {
    expect((await decisions.listDecisions(user.id, {}, { limit: 10_000 })).items).toHaveLength(23);
    expect((await decisions.listDecisions(user.id, {}, { limit: 0 })).items).toHaveLength(1);
  });
});

describe("status changes", () => {
  it("holds with a revisit date, clears it otherwise, and counts template use once when sent", async () => {
    const user = await makeUser("Status Owner");
    const [tpl] = await listTemplates(user.id);
    const d = await decisions.createDecision(user.id, decision({ status: "drafted", templateIds: [tpl!.id] }));
    const revisitAt = new Date(Date.now() + 7 * DAY);

    const held = await decisions.changeDecisionStatus(user.id, d.id, { status: "held", revisitAt });
    expect(held).toMatchObject({ status: "held", revisitAt });
    // A date only goes with a hold: sent with one is refused, and nothing changes.
    await expect(decisions.changeDecisionStatus(user.id, d.id, { status: "sent", revisitAt, sentText: "x" })).rejects.toThrow(
      decisions.RevisitWithoutHoldError,
    );
    expect(await decisions.getDecision(user.id, d.id)).toMatchObject({ status: "held", revisitAt });
    const sent = await decisions.changeDecisionStatus(user.id, d.id, { status: "sent", sentText: "Thank you, but no." });
    expect(sent).toMatchObject({ status: "sent", revisitAt: null, sentText: "Thank you, but no." });
    await decisions.changeDecisionStatus(user.id, d.id, { status: "sent", sentText: "Edited again." });
    expect((await listTemplates(user.id)).find((t) => t.id === tpl!.id)!.timesUsed).toBe(1);

    const accepted = await decisions.changeDecisionStatus(user.id, d.id, { status: "accepted" });
    expect(accepted).toMatchObject({ status: "accepted", revisitAt: null, sentText: "Edited again." });
  });
});

describe("delete with undo", () => {
  it("deletes, then restores the very same row from the snapshot, once", async () => {
    const user = await makeUser("Undo Owner");
    const [profile] = await listProfiles(user.id);
    const d = await decisions.createDecision(
      user.id,
      decision({ profileId: profile!.id, status: "held", revisitAt: new Date(Date.now() + DAY), createdAt: new Date("2026-01-02T03:04:05.678Z") }),
    );
    const snapshot = await decisions.removeDecision(user.id, d.id);
    expect(snapshot).toEqual(d);
    expect(await decisions.getDecision(user.id, d.id)).toBeNull();
    expect(await decisions.removeDecision(user.id, d.id)).toBeNull();

    // A snapshot survives a trip through JSON (the sealed undo token) once dates are revived.
    const roundTrip = JSON.parse(JSON.stringify(snapshot));
    for (const k of ["createdAt", "updatedAt", "revisitAt"]) roundTrip[k] = new Date(roundTrip[k]);
    const restored = await decisions.restoreDecision(user.id, roundTrip);
    expect(restored).toEqual(d);
    expect(await decisions.getDecision(user.id, d.id)).toEqual(d);
    expect(await decisions.restoreDecision(user.id, roundTrip)).toBeNull(); // twice is once
  });

  it("restores without the profile when that profile was deleted meanwhile", async () => {
    const user = await makeUser("Profile Gone");
    const client = await db();
    const profile = await client.criteriaProfile.create({ data: { userId: user.id, name: "Temporary", defaultFor: [], knownPeople: [], competitors: [], blockedRoles: [] } });
    const d = await decisions.createDecision(user.id, decision({ profileId: profile.id }));
    expect(d.profileId).toBe(profile.id);
    const snapshot = (await decisions.removeDecision(user.id, d.id))!;
    expect(await deleteProfile(user.id, profile.id)).toBe(true);
    expect((await decisions.restoreDecision(user.id, snapshot))!.profileId).toBeNull();
  });
});

describe("revisit dates", () => {
  it("counts and lists held requests whose day has come, longest overdue first", async () => {
    const user = await makeUser("Revisit Owner");
    const now = new Date("2026-06-10T12:00:00Z");
    await insertMany(user.id, [
      decision({ name: "Overdue", status: "held", revisitAt: new Date("2026-06-01T00:00:00Z") }),
      decision({ name: "Due now", status: "held", revisitAt: now }),
      decision({ name: "Due today", status: "held", revisitAt: new Date("2026-06-10T00:00:00Z") }),
      decision({ name: "Tomorrow", status: "held", revisitAt: new Date("2026-06-11T00:00:00Z") }),
      decision({ name: "Next week", status: "held", revisitAt: new Date("2026-06-17T00:00:00Z") }),
      decision({ name: "Sent long ago", status: "sent", revisitAt: new Date("2026-01-01T00:00:00Z") }),
      decision({ name: "Held, no date", status: "held", revisitAt: null }),
    ]);
    expect(await decisions.countDueRevisits(user.id, now)).toBe(3);
    expect(names(await decisions.listDueRevisits(user.id, now))).toEqual(["Overdue", "Due today", "Due now"]);
    expect((await decisions.nextRevisit(user.id, now))!.revisitAt).toEqual(new Date("2026-06-11T00:00:00Z"));
    expect(await decisions.countDueRevisits(user.id, new Date("2026-06-17T00:00:00Z"))).toBe(5);
  });
});

describe("two users: nothing here reaches the other's rows", () => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  let aliceRow: decisions.Decision;
  let before: decisions.Decision[];

  beforeAll(async () => {
    alice = await makeUser("Alice History");
    bob = await makeUser("Bob History");
    aliceRow = await decisions.createDecision(alice.id, decision({ name: "Alice's contact", status: "held", revisitAt: new Date(Date.now() - DAY) }));
    await decisions.createDecision(alice.id, decision({ name: "Another", verdict: "decline", reasons: ["competitor"] }));
    before = await all(alice.id);
  });

  it("lists, pages, counts and aggregates only the caller's rows", async () => {
    expect((await decisions.listDecisions(bob.id, {})).items).toEqual([]);
    expect((await decisions.listDecisions(bob.id, { q: "alice" })).items).toEqual([]);
    const cursor = decisions.encodeCursor(aliceRow);
    expect((await decisions.listDecisions(bob.id, {}, { cursor })).items).toEqual([]);
    expect((await decisions.listDecisions(bob.id, {}, { before: cursor })).items).toEqual([]);
    expect(await all(bob.id)).toEqual([]);
    expect(await decisions.listDueRevisits(bob.id)).toEqual([]);
    expect(await decisions.nextRevisit(bob.id, new Date(0))).toBeNull();
    const stats = await decisions.decisionStats(bob.id);
    expect(stats.total).toBe(0);
    expect(stats.declinesByPlatform).toEqual([]);
    expect((await decisions.decisionStats(alice.id)).total).toBe(2);
  });

  it("cannot change, delete or restore the other's rows", async () => {
    expect(await decisions.changeDecisionStatus(bob.id, aliceRow.id, { status: "accepted" })).toBeNull();
    expect(await decisions.removeDecision(bob.id, aliceRow.id)).toBeNull();
    expect(await decisions.deleteDecision(bob.id, aliceRow.id)).toBe(false);
    // Bob replaying Alice's snapshot: refused (it names Alice), and a re-labelled copy collides with her id.
    expect(await decisions.restoreDecision(bob.id, aliceRow)).toBeNull();
    expect(await decisions.restoreDecision(bob.id, { ...aliceRow, userId: bob.id })).toBeNull();
    expect(await all(alice.id)).toEqual(before);
    expect(await all(bob.id)).toEqual([]);
  });
});
