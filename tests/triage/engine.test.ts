import { describe, expect, it } from "vitest";
import { OBSERVE_ADVICE, triage, TriageInputError, type TriageRequest } from "@/lib/triage";

const JENN = { competitors: ["Globex", "Initech"], blockedRoles: ["recruiter"], knownPeople: ["Dana Whitfield", "Marcus Bell"], signature: "Jenn" };

describe("triage: the contract's decision order", () => {
  it("ignores an obvious scammer without a draft, with signals that carry sentences and evidence", () => {
    const text = "Sophia Lee\nHR Director\n0 mutual connections\nYou have been selected for a remote data entry job paying $900/week. No experience needed. Contact our hiring manager on Telegram @jobsdesk_hr.";
    const r = triage({ id: "s1", text, platform: "linkedin", profile: JENN });
    expect(r).toMatchObject({ id: "s1", verdict: "ignore", reasons: [], draft: null });
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.signals.length).toBeGreaterThan(1);
    for (const s of r.signals) {
      expect(s.label).toMatch(/\.$/);
      expect(text).toContain(s.evidence);
    }
  });

  it("declines a competitor even when the user knows them: company policy", () => {
    const r = triage({ text: "Marcus Bell\nDirector of Partnerships at Globex\n40 mutual connections\nGreat seeing you at Sam's wedding.", platform: "linkedin", knownInRealLife: true, profile: JENN });
    expect(r.verdict).toBe("decline");
    expect(r.reasons).toEqual(["competitor"]);
    expect(r.draft?.text).toContain("Marcus");
  });

  it("exempts people the user knows from blocked roles, notes, mutual counts and observation", () => {
    const profile = { ...JENN, requirePersonalNote: true, minMutualConnections: 50 };
    expect(triage({ text: "Laura Kim\nTechnical Recruiter at Hirewell\n2 mutual connections", knownInRealLife: true, profile }).verdict).toBe("accept");
    expect(triage({ text: "Dana Whitfield\nRecruiter at Hooli\n1 mutual connection\nsaw your post!", profile }).verdict).toBe("accept");
    expect(triage({ text: "Tom Becker\n2 mutual friends", profile: { onlyKnownInRealLife: true, knownPeople: ["tom becker"] } }).verdict).toBe("accept");
  });

  it("lists every broken criterion in the contract's order", () => {
    const r = triage({
      text: "Victor Alvarez\nSenior Recruiter at Globex\n9 mutual connections",
      profile: { ...JENN, onlyKnownInRealLife: true, requirePersonalNote: true },
    });
    expect(r.reasons).toEqual(["competitor", "blocked_role", "not_known_in_real_life", "no_personal_note"]);
    expect(r.signals.map((s) => s.key)).toEqual(["criteria.competitor", "criteria.blocked_role", "criteria.not_known_in_real_life", "criteria.no_personal_note"]);
  });

  it("treats the user's 'no' as not known even for a name on the list", () => {
    const r = triage({ text: "Tom Becker\n2 mutual friends", knownInRealLife: false, profile: { onlyKnownInRealLife: true, knownPeople: ["Tom Becker"] } });
    expect(r.reasons).toEqual(["not_known_in_real_life"]);
  });

  it("observes a stranger met online, with advice on what to watch", () => {
    const r = triage({ text: "Nadia Rahman\n0 mutual friends\nHi! We're both in the Sourdough Bakers group here, loved your focaccia photos.", platform: "facebook" });
    expect(r.verdict).toBe("observe");
    expect(r.draft).toBeNull();
    expect(r.advice).toEqual(OBSERVE_ADVICE.metOnline);
    expect(r.signals[0]).toMatchObject({ key: "criteria.met_online", evidence: "We're both in the Sourdough Bakers group here" });
  });

  it("does not observe when the user turned that off", () => {
    const text = "Ravi Patel\nData Scientist\n0 mutual connections\nI really liked your comment on the post about email deliverability.";
    expect(triage({ text, profile: { observeStrangersMetOnline: false } }).verdict).toBe("accept");
  });

  it("observes fewer mutual connections than asked for, only when the text shows the count", () => {
    expect(triage({ text: "Tomás Rivera\nUX Researcher\n1 mutual connection\nHello, I read your piece and would value your view.", profile: { minMutualConnections: 3 } }).verdict).toBe("observe");
    expect(triage({ text: "Tomás Rivera\nUX Researcher\nHello, I read your piece and would value your view.", profile: { minMutualConnections: 3 } }).verdict).toBe("accept");
  });

  it("accepts everything else", () => {
    const r = triage({ text: "Samuel Osei\nMarketing Manager at Adventure Works\n18 mutual connections\nHi Jenn, we worked together on the Q3 launch.", profile: JENN });
    expect(r).toMatchObject({ verdict: "accept", reasons: [], draft: null, advice: null });
  });

  it("detects the platform when it is not given, and says so", () => {
    const r = triage({ text: "Brian Walsh\n2 mutual friends\nConfirm\nDelete" });
    expect(r.parsed).toMatchObject({ platform: "facebook", platformDetected: true });
  });
});

describe("triage: the user's edits and other wordings", () => {
  const base: TriageRequest = { text: "Sam\nEngineer\n5 mutual connections", platform: "linkedin", profile: JENN };

  it("re-analyses with the user's corrections of the parsed fields", () => {
    expect(triage(base).verdict).toBe("accept");
    const r = triage({ ...base, overrides: { name: "Sam Porter", company: "Initech" } });
    expect(r.verdict).toBe("decline");
    expect(r.reasons).toEqual(["competitor"]);
    expect(r.parsed.firstName).toBe("Sam");
    expect(r.draft?.text).toContain("Sam");
    const observe = triage({ ...base, overrides: { note: "Loved your thread about pricing pages on here" } });
    expect(observe.verdict).toBe("observe");
  });

  it("gives another wording for another variant, the same for the same", () => {
    const req: TriageRequest = { ...base, text: "Priya Raman\nPM at Globex\n14 mutual connections" };
    const v0 = triage(req).draft?.text;
    expect(triage({ ...req, variant: 0 }).draft?.text).toBe(v0);
    const others = [1, 2, 3, 4].map((variant) => triage({ ...req, variant }).draft?.text);
    expect(others.some((t) => t !== v0)).toBe(true);
    expect(triage({ ...req, tone: "brief" }).draft?.tone).toBe("brief");
  });

  it("throws a TriageInputError that names the field for invalid input", () => {
    expect(() => triage({ text: "" })).toThrow(TriageInputError);
    expect(() => triage({ text: "" })).toThrow("text: must not be blank");
  });
});
