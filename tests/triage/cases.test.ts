// Labelled cases written for this project in the style of ../shared/eval/public.jsonl
// (none copied from it), checked the way ../shared/eval/run-eval.mjs checks a case.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate, triage, TriageInputError, type TriageRequest } from "@/lib/triage";

interface Case extends TriageRequest {
  id: string;
  expect: { verdict?: string; reasons?: string[]; firstName?: string; name?: string; company?: string; error?: boolean };
}

const cases = readFileSync(resolve(import.meta.dirname, "fixtures/extra-cases.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const RUDE = /\b(spam|spammer|fake|creep|creepy|annoying|weird|stupid|desperate|scam|scammer|stalker|go away|leave me alone)\b/i;
const THANKS = /\b(thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red)\b/i;
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

describe("labelled cases", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const { expect: e, ...request } = c;
    if (e.error) {
      expect(() => triage(request)).toThrow(TriageInputError);
      return;
    }
    const r = triage(request);
    expect(r.verdict).toBe(e.verdict);
    expect(r.reasons).toEqual(e.reasons);
    if (r.verdict !== "decline") {
      expect(r.draft).toBeNull();
      return;
    }
    const d = r.draft!;
    const [s1 = "", s2 = ""] = d.text.split(/(?<=[.!?])\s/);
    expect(THANKS.test(`${s1} ${s2}`)).toBe(true);
    expect(RUDE.test(d.text) || RUDE.test(d.short)).toBe(false);
    if (e.firstName) expect(d.text).toContain(e.firstName);
    const profile = c.profile ?? {};
    if (profile.signature) expect(d.text).toContain(profile.signature);
    for (const key of e.reasons ?? []) {
      const own = profile.reasons?.[key as keyof typeof profile.reasons];
      if (typeof own === "string") expect(norm(d.text)).toContain(norm(fillTemplate(own, { firstName: e.firstName, name: e.name, company: e.company, platform: r.parsed.platform })));
    }
    expect(d.short.length).toBeLessThanOrEqual(300);
    expect(THANKS.test(d.short)).toBe(true);
    expect(d.text.length).toBeLessThanOrEqual(d.platformLimit);
  });
});
