// Every fixture paste (tests/triage/fixtures/pastes.ts) parses exactly and gets its verdict;
// every whole page splits into its cards, none merged, none invented.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { splitBulkRequests, triage } from "@/lib/triage";
import { FIXTURE_PROFILE, fixtureJsonl, pageFixtures, pasteFixtures } from "./fixtures/pastes";

const pastes = pasteFixtures();
const pages = pageFixtures();

describe("fixture library", () => {
  it("holds at least eight pastes for every platform and surface", () => {
    const counts = new Map<string, number>();
    for (const f of pastes) counts.set(`${f.platform}/${f.surface}`, (counts.get(`${f.platform}/${f.surface}`) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(14);
    for (const [surface, n] of counts) expect(n, surface).toBeGreaterThanOrEqual(8);
  });

  it.each(pastes.map((f) => [f.id, f] as const))("%s parses exactly and gets its verdict", (_id, f) => {
    const r = triage({ text: f.text, profile: FIXTURE_PROFILE });
    const { name, firstName, headline, company, mutualConnections, note, platform } = r.parsed;
    expect({ name, firstName, headline, company, mutualConnections, note, platform }).toEqual(f.expect);
    expect(r.verdict).toBe(f.verdict);
    if (f.verdict !== "ignore") expect(r.verdict).not.toBe("ignore");
  });
});

describe("whole pages", () => {
  it.each(pages.map((p) => [p.id, p] as const))("%s splits into every card, in order", (_id, p) => {
    const parts = splitBulkRequests(p.text);
    const results = parts.map((text) => triage({ text, profile: FIXTURE_PROFILE }));
    expect(results.map((r) => r.parsed.name)).toEqual(p.requests.map((q) => q.name));
    expect(results.map((r) => r.verdict)).toEqual(p.requests.map((q) => q.verdict));
  });
});

describe("whole pages, copied differently", () => {
  // browsers copy the same page with or without alt text, with blank lines between blocks or none, with CRLF
  const variants: Record<string, (t: string) => string> = {
    "without picture alt text": (t) => t.split("\n").filter((l) => !/profile picture/.test(l)).join("\n"),
    "with a blank line between every line": (t) => t.split("\n").join("\n\n"),
    "with CRLF line ends": (t) => t.replace(/\n/g, "\r\n"),
    "indented": (t) => t.split("\n").map((l) => `  ${l} `).join("\n"),
  };
  const cases = pages.flatMap((p) => Object.entries(variants).map(([k, f]) => [`${p.id} ${k}`, f(p.text), p] as const));
  it.each(cases)("%s: every card, in order", (_id, text, p) => {
    const names = splitBulkRequests(text).map((part) => triage({ text: part, profile: FIXTURE_PROFILE }).parsed.name);
    expect(names).toEqual(p.requests.map((q) => q.name));
  });
});

describe("the fixture files", () => {
  it("pastes.jsonl and pages.jsonl match the source (npx tsx scripts/triage-fixtures.ts)", () => {
    const { pastes: p, pages: g } = fixtureJsonl();
    expect(readFileSync(resolve(import.meta.dirname, "fixtures/pastes.jsonl"), "utf8")).toBe(p);
    expect(readFileSync(resolve(import.meta.dirname, "fixtures/pages.jsonl"), "utf8")).toBe(g);
  });
});
