// Believable, deterministic decisions for development, scale checks and tests: names with
// accents, every platform, verdict, status and reason, and runs of equal timestamps
// (so keyset pagination's tie-break on id is exercised).
import type { NewDecision } from "@/lib/data/decision-row";
import type { DecisionStatus, Platform, ReasonKey, Verdict } from "@/lib/domain";

const FIRST = ["Priya", "José", "Zoë", "Björn", "Amélie", "Chen", "Fatima", "Łukasz", "Noor", "Mateo", "Siobhán", "Kwame", "Hana", "Øyvind", "Renée", "Tomás"];
const LAST = ["Raman", "Álvarez", "Müller", "Nakamura", "Okafor", "Dubois", "Kowalski", "Haddad", "Ó Briain", "Silva", "Larsen", "Novák"];
const COMPANIES = ["Globex", "Initech", "Umbrella Health", "Stark Industries", "Café Société", "Hooli", "Wayne Enterprises", "Vandelay Imports"];
const ROLES = ["Senior Product Manager", "Talent Acquisition Partner", "Account Executive", "Software Engineer", "Designer", "Head of Growth"];
const PLATFORMS: Platform[] = ["linkedin", "linkedin", "linkedin", "facebook", "x", "instagram", "other"];

const VERDICT_FOR: { verdict: Verdict; status: DecisionStatus; reasons: ReasonKey[] }[] = [
  { verdict: "decline", status: "sent", reasons: ["competitor"] },
  { verdict: "decline", status: "drafted", reasons: ["blocked_role"] },
  { verdict: "decline", status: "sent", reasons: ["not_known_in_real_life", "no_personal_note"] },
  { verdict: "accept", status: "accepted", reasons: [] },
  { verdict: "observe", status: "held", reasons: [] },
  { verdict: "ignore", status: "ignored", reasons: [] },
];

/** The i-th sample decision: the same i always gives the same decision. */
export function sampleDecision(i: number, opts: { createdAt?: Date; now?: Date } = {}): NewDecision {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const company = COMPANIES[(i * 7) % COMPANIES.length]!;
  const role = ROLES[(i * 5) % ROLES.length]!;
  const platform = PLATFORMS[(i * 3) % PLATFORMS.length]!;
  const v = VERDICT_FOR[(i * 11) % VERDICT_FOR.length]!;
  const name = `${first} ${last}`;
  const headline = `${role} at ${company}`;
  const mutual = (i * 13) % 40;
  const note = i % 4 === 0 ? `Hi! Loved your talk on accessible design, would be great to connect (#${i}).` : null;
  const text = [name, headline, `${mutual} mutual connections`, note].filter(Boolean).join("\n");
  const now = opts.now ?? new Date();
  // Held requests come due on a spread of days around now, some past, some ahead.
  const revisitAt = v.status === "held" ? new Date(now.getTime() + (((i * 17) % 21) - 10) * 86_400_000) : null;
  const draft = v.verdict === "decline" ? `Thank you for the invitation, ${first}. ${reasonSentence(v.reasons[0]!)} All the best.` : null;
  return {
    profileId: null,
    platform,
    text,
    parsed: { name, firstName: first, headline, company, mutualConnections: mutual, note },
    verdict: v.verdict,
    confidence: 0.55 + ((i * 7) % 45) / 100,
    reasons: v.reasons,
    signals: [
      { key: "mutual_connections", label: `${mutual} mutual connections`, evidence: `${mutual} mutual connections` },
      ...v.reasons.map((r) => ({ key: r, label: reasonSentence(r), evidence: r === "competitor" ? company : headline })),
    ],
    draftText: draft,
    draftShort: draft ? `Thank you, ${first}. ${reasonSentence(v.reasons[0]!)}` : null,
    sentText: v.status === "sent" ? draft : null,
    status: v.status,
    revisitAt,
    createdAt: opts.createdAt,
  };
}

function reasonSentence(r: ReasonKey): string {
  return {
    competitor: "My company policy prohibits me from connecting with competitors.",
    blocked_role: "I don't connect for recruiting or sales conversations.",
    not_known_in_real_life: "I only connect with people I know in real life.",
    no_personal_note: "I only accept invitations with a short note.",
  }[r];
}

/**
 * createdAt for the i-th of n decisions spread over `days` up to `now`, newest last.
 * Every fifth pair shares a timestamp to the millisecond, as a bulk import would.
 */
export function sampleCreatedAt(i: number, n: number, now = new Date(), days = 365): Date {
  const span = days * 86_400_000;
  const step = span / Math.max(n, 1);
  const k = i % 10 === 1 ? i - 1 : i;
  return new Date(now.getTime() - span + Math.floor(k * step));
}
