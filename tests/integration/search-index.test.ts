// History's search through its text index (FTS5 on SQLite, pg_trgm on PostgreSQL): the
// same answers as a scan, for rare and common words, for the caller's rows alone, and in
// step with inserts, edits, deletes and restores.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import * as decisions from "@/lib/data/decisions";
import { decisionRow, type NewDecision } from "@/lib/data/decision-row";
import { makeUser } from "../support/factory";

const row = (name: string, i: number, over: Partial<NewDecision> = {}): NewDecision => ({
  profileId: null,
  platform: "linkedin",
  text: `${name}\nEngineer at Company ${i}`,
  parsed: { name, firstName: name.split(" ")[0]!, headline: `Engineer at Company ${i}`, company: `Company ${i}`, mutualConnections: 1, note: null },
  verdict: "accept",
  confidence: 0.9,
  reasons: [],
  signals: [],
  draftText: null,
  draftShort: null,
  status: "accepted",
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
  ...over,
});

async function insert(userId: string, rows: NewDecision[]) {
  const client = await db();
  await client.decision.createMany({ data: rows.map((r) => decisionRow(userId, null, r)) });
}

describe("search through the text index", () => {
  it("finds a rare word among many rows, and only the caller's", async () => {
    const [a, b] = [await makeUser("Search A"), await makeUser("Search B")];
    await insert(a.id, [...Array.from({ length: 40 }, (_, i) => row(`Common Person ${i}`, i)), row("Zyxwvut Rarename", 100)]);
    await insert(b.id, [row("Zyxwvut Rarename", 1), row("Zyxwvut Other", 2)]);
    const page = await decisions.listDecisions(a.id, { q: "zyxwvut" });
    expect(page.items.map((d) => d.parsedName)).toEqual(["Zyxwvut Rarename"]);
    expect(page.items.every((d) => d.userId === a.id)).toBe(true);
    // Accents and case as the stored text has them: none.
    expect((await decisions.listDecisions(a.id, { q: "ZYXWVÜT" })).items).toHaveLength(1);
    expect((await decisions.listDecisions(a.id, { q: "no such name at all" })).items).toEqual([]);
  });

  it("pages through a common word (more matches than the index hands over) exactly as through a rare one", async () => {
    const user = await makeUser("Search Many");
    const n = decisions.SEARCH_ID_LIMIT + 30;
    await insert(user.id, Array.from({ length: n }, (_, i) => row(`Globexian ${i}`, i)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: decisions.DecisionPage = await decisions.listDecisions(user.id, { q: "globexian" }, { cursor, limit: 100 });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(n);
    // History's list reads the same page with only the fields it shows.
    const [full, summary] = [await decisions.listDecisions(user.id, { q: "globexian" }), await decisions.listDecisionSummaries(user.id, { q: "globexian" })];
    expect(summary.items.map((d) => d.id)).toEqual(full.items.map((d) => d.id));
    expect(summary.nextCursor).toBe(full.nextCursor);
    expect(Object.keys(summary.items[0]!).sort()).toEqual(Object.keys(decisions.DECISION_SUMMARY_FIELDS).sort());
    // A few matches (under the limit) with a filter and the cursor: still exact.
    const few = await decisions.listDecisions(user.id, { q: "globexian 12", verdict: "accept" }, { limit: 5 });
    expect(few.items.map((d) => d.parsedName)).toEqual(["Globexian 129", "Globexian 128", "Globexian 127", "Globexian 126", "Globexian 125"]);
  });

  it("stays in step with deletes and restores", async () => {
    const user = await makeUser("Search Step");
    await insert(user.id, [row("Quuxley Stepwise", 1), row("Someone Else", 2)]);
    const [found] = (await decisions.listDecisions(user.id, { q: "quuxley" })).items;
    expect(found?.parsedName).toBe("Quuxley Stepwise");
    const removed = await decisions.removeDecision(user.id, found!.id);
    expect((await decisions.listDecisions(user.id, { q: "quuxley" })).items).toEqual([]);
    await decisions.restoreDecision(user.id, removed!);
    expect((await decisions.listDecisions(user.id, { q: "quuxley" })).items.map((d) => d.id)).toEqual([found!.id]);
  });

  it("indexes rows saved since the last search at the next one, and a row changed or deleted before then leaves the index sound", async () => {
    const user = await makeUser("Search Queue");
    const client = await db();
    // saved through the API's own path (one plain INSERT), then changed and deleted before any search
    const { id: kept } = await decisions.createDecisionId(user.id, row("Plughmore Queued", 1));
    const { id: changed } = await decisions.createDecisionId(user.id, row("Frobozz Before", 2));
    const { id: gone } = await decisions.createDecisionId(user.id, row("Gnusto Deleted", 3));
    await client.decision.update({ where: { id: changed }, data: { searchText: "frobozz after" } });
    expect(await decisions.deleteDecision(user.id, gone)).toBe(true);
    expect((await decisions.listDecisions(user.id, { q: "plughmore" })).items.map((d) => d.id)).toEqual([kept]);
    expect((await decisions.listDecisions(user.id, { q: "frobozz after" })).items.map((d) => d.id)).toEqual([changed]);
    expect((await decisions.listDecisions(user.id, { q: "frobozz before" })).items).toEqual([]);
    expect((await decisions.listDecisions(user.id, { q: "gnusto" })).items).toEqual([]);
    // once indexed, a change and a delete go through the index itself
    await client.decision.update({ where: { id: changed }, data: { searchText: "frobozz later" } });
    expect(await decisions.deleteDecision(user.id, kept)).toBe(true);
    expect((await decisions.listDecisions(user.id, { q: "frobozz later" })).items.map((d) => d.id)).toEqual([changed]);
    expect((await decisions.listDecisions(user.id, { q: "plughmore" })).items).toEqual([]);
    if (inject("provider") === "sqlite") {
      // FTS5's own check of an external-content index against its content: throws when they differ
      await client.$executeRawUnsafe(`INSERT INTO "DecisionSearch"("DecisionSearch", rank) VALUES ('integrity-check', 1)`);
      expect(await client.$queryRawUnsafe(`SELECT count(*) AS n FROM "DecisionSearchPending"`)).toEqual([{ n: 0 }]);
    }
  });

  it("answers searches of one or two characters exactly as a scan would, rare or common, at any position", async () => {
    const user = await makeUser("Search Short");
    const other = await makeUser("Search Short Other");
    // More rows than a short search reads before asking the index, so that a rare pair is not among them, with text ending in the pair
    // (the last characters of a text), a text of one character, and a pair found only in an older row.
    const rows = Array.from({ length: 400 }, (_, i) => row(`Common Person ${i}`, i));
    rows.push(row("Old Qz", -10, { text: "qz" }), row("Tail", -9, { text: "ends with jq" }), row("One", -8, { text: "k" }), row("Mid", -7, { text: "a#9b" }));
    await insert(user.id, rows);
    await insert(other.id, [row("Other Qz", 1, { text: "qz xw" })]);
    const all = await (await db()).decision.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, searchText: true } });
    const scan = (q: string) => all.filter((d) => d.searchText.includes(q)).map((d) => d.id);
    for (const q of ["qz", "jq", "q", "k", "#9", "9b", "zq", "xw", "co", "n", "ö", "é"]) {
      const expected = scan(q.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase());
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: decisions.DecisionPage = await decisions.listDecisions(user.id, { q }, { cursor, limit: 200 });
        seen.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, `search "${q}"`).toEqual(expected);
      const first = await decisions.listDecisionSummaries(user.id, { q, verdict: "accept" });
      expect(first.items.map((d) => d.id), `search "${q}" + verdict`).toEqual(expected.slice(0, 25));
    }
  });
});
