// Spawns the command line of the contract, as ../shared/eval/run-eval.mjs does.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function run(input: string, env: Record<string, string> = {}) {
  const r = spawnSync("npm", ["run", "--silent", "triage"], { cwd: root, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 1 << 28 });
  const lines = r.stdout.split("\n").filter((l) => l.trim() !== "");
  return { status: r.status, stderr: r.stderr, results: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const good = (id: string, text: string, extra: object = {}) => JSON.stringify({ id, text, ...extra });

describe("npm run --silent triage", () => {
  it("answers every non-blank line, in order, one JSON object each, and exits 0", () => {
    const input = [
      good("a", "Priya Raman\nSenior Product Manager at Globex\n14 mutual connections", { platform: "linkedin", profile: { competitors: ["Globex"], signature: "Jenn" } }),
      "",
      "   ",
      "{not json",
      JSON.stringify({ id: "e1", text: "" }),
      JSON.stringify({ id: "e2", text: "Jo Park", profile: { competitors: "Globex" } }),
      JSON.stringify({ id: "e3", text: "Jo", platform: "myspace" }),
      JSON.stringify({ id: "e4", text: "Jo", profile: { minMutualConnections: -1 } }),
      JSON.stringify({ id: "e5", text: "x".repeat(20_001) }),
      JSON.stringify({ id: "e6", text: "Jo", knownInRealLife: "yes" }),
      JSON.stringify({ id: "e7" }),
      JSON.stringify([1, 2]),
      '{"id": "broken", "text": "unterminated',
      good("b", "@crypto_wealth_8841\nBitcoin mentor | 10x your money\nHi! I help people earn $5,000 weekly trading crypto. DM me START", { platform: "x" }),
    ].join("\n");
    const { status, results } = run(`${input}\n`);
    expect(status).toBe(0);
    expect(results).toHaveLength(12);
    expect(results[0]).toMatchObject({ id: "a", verdict: "decline", reasons: ["competitor"] });
    expect(results[1]).toMatchObject({ id: null });
    expect(results[1]!.error).toMatch(/^line 4: not valid JSON/);
    expect(results.slice(2, 10).map((r) => [r.id, r.error])).toEqual([
      ["e1", "text: must not be blank"],
      ["e2", "profile.competitors: expected an array of strings, got a string"],
      ["e3", "platform: must be one of linkedin, facebook, x, instagram, other"],
      ["e4", "profile.minMutualConnections: must be 0 or more"],
      ["e5", "text: must be at most 20,000 characters"],
      ["e6", "knownInRealLife: expected true or false, got a string"],
      ["e7", "text: is required"],
      [null, "request: expected a JSON object, got an array"],
    ]);
    expect(results[10]).toMatchObject({ id: "broken" });
    expect(results[10]!.error).toMatch(/not valid JSON/);
    expect(results[11]).toMatchObject({ id: "b", verdict: "ignore", draft: null });
  });

  it("answers a last line without a newline, and empty input with nothing", () => {
    expect(run(good("z", "Tom Becker\n25 mutual friends")).results).toHaveLength(1);
    const empty = run("");
    expect(empty.status).toBe(0);
    expect(empty.results).toEqual([]);
  });

  it("keeps the order over thousands of lines, with and without the worker thread", () => {
    const n = 3_000;
    const input = Array.from({ length: n }, (_, i) => (i % 7 === 3 ? `{"id": "bad${i}"` : good(`r${i}`, i % 2 ? "Brian Walsh\n2 mutual friends" : "Hi, we met at the conference!"))).join("\n");
    for (const env of [{ TRIAGE_THREADS: "2" }, { TRIAGE_THREADS: "1" }] as Record<string, string>[]) {
      const { status, results } = run(input, env);
      expect(status).toBe(0);
      expect(results).toHaveLength(n);
      results.forEach((r, i) => expect(r.id).toBe(i % 7 === 3 ? `bad${i}` : `r${i}`));
    }
  });

  it("gives the same answers from the TypeScript sources as from the bundle", () => {
    const input = [good("a", "Nadia Rahman\n0 mutual friends\nHi! We're both in the Sourdough Bakers group here."), good("b", "Brian Walsh\n2 mutual friends", { profile: { onlyKnownInRealLife: true } })].join("\n");
    expect(run(input, { TRIAGE_NO_BUNDLE: "1" }).results).toEqual(run(input).results);
  });
});
