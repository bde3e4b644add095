// Exports: CSV and JSON content, formula neutralisation, batching through large
// histories, the filter applied, and only the caller's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecision, type NewDecision } from "@/lib/data/decisions";
import { decisionRow } from "@/lib/data/decision-row";
import { CSV_COLUMNS, decisionsCsv, decisionsJson, neutraliseCell } from "@/lib/export/decisions";
import { sampleCreatedAt, sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

/** The body as sent, byte order mark included (Response.text() would drop it). */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** RFC 4180: quoted fields, "" for a quote, newlines inside quotes. Enough to read our own output back. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const hostile = (name: string, over: Partial<NewDecision> = {}): NewDecision => ({
  ...sampleDecision(3),
  parsed: { name, firstName: "Eve", headline: "+1 555 0100 Head of =Growth", company: "@evil", mutualConnections: 2, note: "-2+3" },
  text: `${name}\n"quoted", commas and\nnew lines`,
  draftText: "\tTab first",
  sentText: "\rCarriage return first",
  ...over,
});

describe("exports", () => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    alice = await makeUser("Alice Export");
    bob = await makeUser("Bob Export");
    await createDecision(alice.id, hostile("=HYPERLINK(\"http://evil.example\",\"click\")", { createdAt: new Date("2026-01-01T10:00:00Z"), platform: "x" }));
    await createDecision(alice.id, { ...sampleDecision(7), parsed: { ...sampleDecision(7).parsed, name: "José Plain" }, createdAt: new Date("2026-01-02T10:00:00Z"), platform: "linkedin" });
    await createDecision(bob.id, hostile("Bob's Secret Contact"));
  });

  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const v of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠SUM(A1)"]) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ["Plain", "a=b", "1-2", "", "'already"]) expect(neutraliseCell(v)).toBe(v);
  });

  it("writes CSV with a header, newest first, every text cell safe and intact", async () => {
    const csv = await text(decisionsCsv(alice.id, {}));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(2);
    const col = (row: string[], key: (typeof CSV_COLUMNS)[number]["key"]) => row[CSV_COLUMNS.findIndex((c) => c.key === key)];
    expect(col(rows[0]!, "name")).toBe("José Plain");
    const evil = rows[1]!;
    expect(col(evil, "name")).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(col(evil, "headline")).toBe("'+1 555 0100 Head of =Growth");
    expect(col(evil, "company")).toBe("'@evil");
    expect(col(evil, "note")).toBe("'-2+3");
    expect(col(evil, "draft")).toBe("'\tTab first");
    expect(col(evil, "text")).toContain('"quoted", commas and\nnew lines');
    expect(col(evil, "createdAt")).toBe("2026-01-01T10:00:00.000Z");
    expect(col(evil, "platform")).toBe("x");
    // No cell of any row starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).not.toContain("Bob's Secret Contact");
  });

  it("applies the filter", async () => {
    const csv = await text(decisionsCsv(alice.id, { platform: "linkedin" }));
    expect(parseCsv(csv.slice(1))).toHaveLength(2);
    expect(csv).toContain("José Plain");
    const json = JSON.parse(await text(decisionsJson(alice.id, { q: "jose" }, { filter: { q: "jose" } })));
    expect(json.filter).toEqual({ q: "jose" });
    expect(json.decisions.map((d: { parsed: { name: string } }) => d.parsed.name)).toEqual(["José Plain"]);
  });

  it("writes JSON with lists as lists and nothing internal", async () => {
    const json = JSON.parse(await text(decisionsJson(alice.id, {}, { exportedAt: "now" })));
    expect(json.exportedAt).toBe("now");
    expect(json.decisions).toHaveLength(2);
    const evil = json.decisions[1];
    expect(evil.parsed.name).toBe('=HYPERLINK("http://evil.example","click")'); // JSON keeps text exactly
    expect(Array.isArray(evil.reasons)).toBe(true);
    expect(Array.isArray(evil.signals)).toBe(true);
    expect(evil).not.toHaveProperty("userId");
    expect(evil).not.toHaveProperty("searchText");
    expect(JSON.parse(await text(decisionsJson(alice.id, { q: "no such thing" })))).toEqual({ decisions: [] });
  });

  it("gives another user none of these rows", async () => {
    const csv = await text(decisionsCsv(bob.id, {}));
    expect(parseCsv(csv.slice(1))).toHaveLength(2); // header + Bob's one row
    expect(csv).toContain("Bob's Secret Contact");
    expect(csv).not.toContain("José Plain");
    const json = JSON.parse(await text(decisionsJson(bob.id, {})));
    expect(json.decisions).toHaveLength(1);
  });

  it("streams a large history in batches: every row once, in order", async () => {
    const user = await makeUser("Big Export");
    const client = await db();
    const n = 1234;
    const now = new Date();
    await client.decision.createMany({
      data: Array.from({ length: n }, (_, i) => decisionRow(user.id, null, sampleDecision(i, { now, createdAt: sampleCreatedAt(i, n, now) }))),
    });
    const rows = parseCsv((await text(decisionsCsv(user.id, {}))).slice(1)).slice(1);
    expect(rows).toHaveLength(n);
    const ids = rows.map((r) => r.at(-1));
    expect(new Set(ids).size).toBe(n);
    const times = rows.map((r) => r[0]!);
    expect([...times].sort().reverse()).toEqual(times);
    const json = JSON.parse(await text(decisionsJson(user.id, {})));
    expect(json.decisions.map((d: { id: string }) => d.id)).toEqual(ids);
  });
});
