// Exports of hostile text: in the CSV no cell a spreadsheet would run as a formula (= + - @,
// tab, carriage return) survives un-neutralised, in any text column, and every other cell
// reads back exactly; the JSON export gives back exactly what was stored.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createDecision, type NewDecision } from "@/lib/data/decisions";
import { CSV_COLUMNS, decisionsCsv, decisionsJson, neutraliseCell } from "@/lib/export/decisions";
import { wellFormedText } from "@/lib/validations/text";
import { MALICIOUS } from "../support/hostile";
import { makeUser } from "../support/factory";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it can reach the database (the entry points make it well-formed). */
const cellText = fc
  .oneof(
    fc.constantFrom(...MALICIOUS),
    fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\r\n", '"', "'", ",", "\n"), fc.string({ unit: "binary", maxLength: 30 })).map(([a, b]) => a + b),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom('=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", '"=1+1"', "=1\n=2"),
  )
  .map(wellFormedText);

const TEXT_COLUMNS = ["name", "headline", "company", "note", "draft", "sent", "text"] as const;
const index = (key: string) => CSV_COLUMNS.findIndex((c) => c.key === key);

/** RFC 4180 fields by a sticky regex: a quoted field ("" for a quote) or a bare one, then , or a line end. */
function readCsv(csv: string): string[][] {
  const field = /(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|\n|$)/y;
  const rows: string[][] = [[]];
  while (field.lastIndex < csv.length) {
    const m = field.exec(csv)!;
    rows.at(-1)!.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!);
    if (m[3] !== ",") rows.push([]);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

const read = async (stream: ReadableStream<Uint8Array>) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe("hostile text in exports", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await makeUser("Export Target", null)).id;
  });

  it("neutralises every formula cell in every text column, keeps every other cell exact, and JSON exact", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.record(Object.fromEntries(TEXT_COLUMNS.map((k) => [k, cellText])) as Record<(typeof TEXT_COLUMNS)[number], fc.Arbitrary<string>>), async (v) => {
        const input: NewDecision = {
          profileId: null,
          platform: "linkedin",
          text: v.text,
          parsed: { name: v.name, firstName: v.name, headline: v.headline, company: v.company, mutualConnections: 3, note: v.note },
          verdict: "decline",
          confidence: 0.5,
          reasons: ["competitor"],
          signals: [{ key: "k", label: v.name, evidence: v.note }],
          draftText: v.draft,
          draftShort: v.draft,
          sentText: v.sent,
          status: "sent",
        };
        const { id } = await createDecision(userId, input);
        const rows = readCsv((await read(decisionsCsv(userId, {}))).replace(/^\uFEFF/, ""));
        expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
        const row = rows.find((r) => r[index("id")] === id)!;
        expect(row).toHaveLength(CSV_COLUMNS.length);
        for (const key of TEXT_COLUMNS) {
          const cell = row[index(key)]!;
          expect(cell, key).not.toMatch(FORMULA_START);
          expect(cell, key).toBe(FORMULA_START.test(v[key]) ? `'${v[key]}` : v[key]);
          if (FORMULA_START.test(v[key])) seen.add(key);
        }
        // Every cell of the row, not just the text ones, is safe.
        for (const cell of row) expect(cell).not.toMatch(FORMULA_START);

        const json = JSON.parse(await read(decisionsJson(userId, {})));
        const d = json.decisions.find((x: { id: string }) => x.id === id);
        expect(d).toMatchObject({
          text: v.text,
          parsed: { name: v.name, headline: v.headline, company: v.company, note: v.note },
          draftText: v.draft,
          sentText: v.sent,
          signals: [{ key: "k", label: v.name, evidence: v.note }],
        });
      }),
      { numRuns: 60 },
    );
    // The property reached the neutralisation in every column.
    expect([...seen].sort()).toEqual([...TEXT_COLUMNS].sort());
    expect(neutraliseCell("=1")).toBe("'=1");
  });
});
