// Exports of hostile text: in the CSV no cell a spreadsheet would run as a formula (= + - @,
// tab, carriage return) survives un-neutralised, in any text column, and every other cell
// reads back exactly; the JSON export gives back exactly what was stored.
import { hostileString, inRequest, MALICIOUS, sessionCookie } from "../support/hostile";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createDecision, type NewDecision } from "@/lib/data/decisions";
import { CSV_COLUMNS, decisionsCsv, decisionsJson, neutraliseCell } from "@/lib/export/decisions";
import { wellFormedText } from "@/lib/validations/text";
import { makeUser } from "../support/factory";

// Written out here, not imported: the test must not share a mistake with the code.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Text as it can reach the database (the entry points make it well-formed). */
const cellText = fc
  .oneof(
    fc.constantFrom(...MALICIOUS),
    fc.tuple(fc.constantFrom("=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r", "\r\n", '"', "'", ",", "\n"), fc.string({ unit: "binary", maxLength: 30 })).map(([a, b]) => a + b),
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
  let cookie: string;
  beforeAll(async () => {
    const user = await makeUser("Export Target", null);
    userId = user.id;
    cookie = await sessionCookie(user);
  });

  it("the export downloads answer hostile filters with a 400 naming the field, or the file, never a crash", async () => {
    // Loaded here: Next's modules need the globals ../support/hostile sets up first.
    const history = await import("@/app/(app)/history/export/route");
    const account = await import("@/app/(app)/settings/export/route");
    const keys = ["format", "q", "platform", "verdict", "status", "reason", "from", "to", "__proto__", "constructor"];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), fc.oneof(hostileString, fc.constantFrom("csv", "json", "2026-01-31")), { maxKeys: 4 }), async (q) => {
        const url = new URL("http://localhost/history/export");
        for (const [k, v] of Object.entries(q)) url.searchParams.append(k, v);
        const res = await inRequest(cookie, () => history.GET(new Request(url)));
        if (res.status === 400) {
          const { errors } = (await res.json()) as { errors: Record<string, string[]> };
          for (const k of Object.keys(errors)) expect(keys).toContain(k);
        } else {
          expect(res.status).toBe(200);
          await res.arrayBuffer(); // the stream runs to its end without an error
        }
      }),
      { numRuns: 60 },
    );
    const res = await inRequest(cookie, () => account.GET());
    expect(res.status).toBe(200);
    await res.json();
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
