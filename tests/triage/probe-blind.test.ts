// Requests written by people who had read the contract and nothing of the engine: LinkedIn's
// invitation and reminder e-mails as Gmail and Outlook show them in five languages (their date lines, "You
// have an invitation", localised footers and places), Facebook's, Instagram's and X's screens
// (a heading with its count, "Message request", X's "Joined …" and follower counts, Instagram's
// "quer seguir você" and "e mais 5", a display name with a role after a bar, a nickname in
// quotes) and scams in the other languages (paid followers, brand "ambassadors"). Each of the
// engine's fixes for them is pinned here by the case that found it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { triage, type TriageRequest } from "@/lib/triage";

interface Case extends TriageRequest {
  id: string;
  expect: { verdict: string; reasons: string[]; firstName?: string };
}

const cases = readFileSync(resolve(import.meta.dirname, "fixtures", "probe-blind.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

describe("blind probes: verdicts, reasons and the name greeted", () => {
  it("has every verdict, platform and language of the set", () => {
    expect(cases.length).toBeGreaterThanOrEqual(90);
    expect(new Set(cases.map((c) => c.expect.verdict))).toEqual(new Set(["ignore", "decline", "observe", "accept"]));
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const { expect: e, ...request } = c;
    const r = triage(request);
    expect(r.verdict).toBe(e.verdict);
    expect(r.reasons).toEqual(e.reasons);
    if (e.firstName) {
      // a double given name is greeted whole: "María José" where the writer expected "María"
      expect([e.firstName, ...(r.parsed.firstName?.startsWith(`${e.firstName} `) ? [r.parsed.firstName] : [])]).toContain(r.parsed.firstName);
      // the eval's check: the draft greets the person by first name
      if (r.draft) expect(r.draft.text).toContain(e.firstName);
    }
  });
});
