// The decision, in the contract's order: ignore (bot or spammer), decline (a real person
// who breaks a criterion), observe (a stranger met only online, or too few mutual
// connections), accept. Pure and synchronous: the same request gives the same result.
import { describeMeeting, evaluateCriteria, findKnownPerson, introducesSelf, type CriteriaOutcome, type KnownPerson } from "./criteria";
import { draftDecline } from "./draft";
import { requestLanguage } from "./language";
import { applyOverrides, findMutualConnections, parseRequestDetailed, type DetailedParse, type ParseWarning } from "./parse";
import {
  criteriaProfileSchema,
  formatZodError,
  triageRequestSchema,
  type CriteriaProfile,
  type ObserveAdvice,
  type ParsedRequest,
  type ReasonKey,
  type Signal,
  type TriageRequest,
  type TriageResult,
  type ValidTriageRequest,
} from "./schema";
import { assessSpam } from "./spam";
import { severalRequests } from "./bulk";
import type { TriageOutcome } from "./honesty";

export { parseHonestyOf, type ParseHonesty, type TriageOutcome } from "./honesty";
import { clamp01, escapeRegExp } from "./text";

const DEFAULT_PROFILE: CriteriaProfile = criteriaProfileSchema.parse({});

/** What to watch while a request is held for observation. */
export const OBSERVE_ADVICE = {
  metOnline: {
    summary: "You have only met online. Hold the request and learn a little more before you decide.",
    watch: [
      "How they engage with others: thoughtful replies, or the same comment everywhere?",
      "What they post: their own work and ideas, or promotion and links?",
      "Whether the conversation you had continues in public, where you can see it.",
    ],
    revisitInDays: 30,
    followInstead: true,
  },
  fewMutual: {
    summary: "Fewer mutual connections than you ask for. Hold the request and see whether your circles overlap.",
    watch: [
      "Who you have in common, and whether they would vouch for this person.",
      "What they post and how others respond to it.",
      "Whether they reach out again with a reason to connect.",
    ],
    revisitInDays: 30,
    followInstead: true,
  },
} satisfies Record<string, ObserveAdvice>;

export class TriageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TriageInputError";
  }
}

/** Each warning takes this share off the confidence: a verdict on a shaky parse must not look sure. */
const WARNING_CONFIDENCE: Record<ParseWarning, number> = { no_name: 0.75, several_names: 0.7, interface_left: 0.85, several_requests: 0.5 };

/**
 * Validates with `triageRequestSchema`, then triages. Throws `TriageInputError` (naming the field) on invalid input.
 * `detail`: this request's text and platform as parseRequestDetailed read them, when the caller has it already (used once: the engine adds to its warnings).
 */
export function triage(request: TriageRequest, detail?: DetailedParse): TriageOutcome {
  const parsedRequest = triageRequestSchema.safeParse(request);
  if (!parsedRequest.success) throw new TriageInputError(formatZodError(parsedRequest.error));
  return triageValid(parsedRequest.data, detail);
}

/** The engine proper, for input that already passed `triageRequestSchema` (the CLI validates once, not twice). */
export function triageValid(request: ValidTriageRequest, detail: DetailedParse = parseRequestDetailed(request.text, request.platform)): TriageOutcome {
  const profile = request.profile ?? DEFAULT_PROFILE;
  const parsed = applyOverrides(detail.parsed, request.overrides);
  // the user's corrections settle what the parser was unsure of
  const parseWarnings = request.overrides && (request.overrides.name !== undefined || request.overrides.firstName !== undefined) ? detail.warnings.filter((w) => w !== "no_name" && w !== "several_names") : detail.warnings;
  if (detail.mayHoldSeveral && severalRequests(request.text)) parseWarnings.push("several_requests");
  let trust = 1;
  for (const w of parseWarnings) trust *= WARNING_CONFIDENCE[w];
  const known = findKnownPerson(parsed, profile, request.knownInRealLife, request.text);
  const language = requestLanguage(parsed, request.language, profile.language, detail.interfaceLanguage); // v2: detected, and the draft's
  // only the person's words are evidence: the platform's buttons, footers and links are not
  // with no sentence to tell the language by, the interface's language says which scam cues to read (every language's when unknown)
  const cueLanguage = language.source === "fallback" ? (detail.interfaceLanguage() ?? undefined) : language.detected;
  // where the note says they met, read once: the spam check asks first, the observe rule after
  let meetingRead: ReturnType<typeof describeMeeting> | undefined;
  const meetingOf = () => (meetingRead === undefined ? (meetingRead = describeMeeting(parsed.note, language.detected)) : meetingRead);
  const spam = assessSpam(detail.personText, parsed, { known: known !== null, personWords: true, language: cueLanguage, sharedContext: () => meetingOf() !== null, metInPerson: () => meetingOf()?.how === "in_person" && introducesSelf(parsed) });
  const spamScore = round(spam.probability);
  // built field by field (no spreads) on this hot path; an undefined id disappears in JSON
  const result = (r: Omit<TriageResult, "id" | "parsed" | "spamScore" | "language">): TriageOutcome => ({
    id: request.id,
    verdict: r.verdict,
    confidence: trust === 1 ? r.confidence : round(r.confidence * trust),
    reasons: r.reasons,
    signals: anchorEvidence(request.text, r.signals),
    parsed,
    draft: r.draft,
    advice: r.advice,
    spamScore,
    language: language.detected,
    parseWarnings,
    uncertain: parseWarnings.length > 0,
  });

  // 1. ignore
  if (spam.isSpam) {
    return result({ verdict: "ignore", confidence: round(clamp01(spam.probability)), reasons: [], signals: spam.signals, draft: null, advice: null });
  }

  // 2. decline
  const criteria = evaluateCriteria(parsed, profile, known, language.detected);
  const { reasons, signals } = brokenCriteria(parsed, profile, known, criteria);
  if (reasons.length) {
    const draft = draftDecline({
      parsed,
      reasons,
      profile,
      platform: parsed.platform,
      tone: request.tone ?? profile.tone,
      variant: request.variant ?? 0,
      blockedRole: criteria.blockedRole?.role ?? null,
      competitor: criteria.competitor?.competitor ?? null,
      language: language.draft,
    });
    // sure of a rule read from the headline or the user's own answer; less of one read from a note
    const evidenceStrength = reasons.includes("competitor") && criteria.competitor?.where !== "note" ? 0.95 : reasons.includes("blocked_role") && criteria.blockedRole?.where === "headline" ? 0.92 : 0.85;
    return result({ verdict: "decline", confidence: round(evidenceStrength * (1 - spam.probability / 2)), reasons, signals, draft, advice: null });
  }

  // 3. observe
  const meeting = meetingOf();
  if (!known) {
    const observeSignals: Signal[] = [];
    if (meeting?.how === "online" && profile.observeStrangersMetOnline) {
      observeSignals.push({ key: "criteria.met_online", label: "Says you met online, and you don't know them in real life.", evidence: meeting.evidence });
    }
    if (criteria.mutualBelowMinimum) {
      observeSignals.push({
        key: "criteria.few_mutual_connections",
        label: `${parsed.mutualConnections} mutual connection${parsed.mutualConnections === 1 ? "" : "s"}, fewer than the ${profile.minMutualConnections} you ask for.`,
        evidence: mutualEvidence(request.text, parsed),
      });
    }
    if (observeSignals.length) {
      const advice = meeting?.how === "online" && profile.observeStrangersMetOnline ? OBSERVE_ADVICE.metOnline : OBSERVE_ADVICE.fewMutual;
      return result({
        verdict: "observe",
        confidence: round(0.8 * (1 - spam.probability / 2)),
        reasons: [],
        signals: [...signals, ...observeSignals],
        draft: null,
        advice,
      });
    }
  }

  // 4. accept
  const acceptSignals = [...signals];
  if (meeting?.how === "in_person") {
    acceptSignals.push({ key: "criteria.met_in_person", label: "Says you met in person.", evidence: meeting.evidence });
  }
  return result({
    verdict: "accept",
    confidence: round(clamp01((known ? 0.95 : 0.8) * (1 - spam.probability))),
    reasons: [],
    signals: acceptSignals,
    draft: null,
    advice: null,
  });
}

/** Every broken criterion in the contract's order, with a signal each; a known person is exempt from all but the competitor policy. */
function brokenCriteria(parsed: ParsedRequest, profile: CriteriaProfile, known: KnownPerson | null, c: CriteriaOutcome): { reasons: ReasonKey[]; signals: Signal[] } {
  const signals: Signal[] = [];
  const reasons: ReasonKey[] = [];
  if (known) {
    signals.push(
      known.by === "answer"
        ? { key: "criteria.known_in_real_life", label: "You said you know them in real life.", evidence: known.evidence }
        : { key: "criteria.known_person", label: "On your list of people you know.", evidence: known.evidence },
    );
  }
  if (c.competitor) {
    reasons.push("competitor");
    signals.push({ key: "criteria.competitor", label: `Works at ${c.competitor.competitor}, on your list of competitors.`, evidence: c.competitor.evidence });
  }
  if (c.blockedRole) {
    reasons.push("blocked_role");
    signals.push({ key: "criteria.blocked_role", label: `Works as a ${c.blockedRole.role}, a kind of role you don't connect with.`, evidence: c.blockedRole.evidence });
  }
  if (!known && profile.onlyKnownInRealLife) {
    reasons.push("not_known_in_real_life");
    signals.push({ key: "criteria.not_known_in_real_life", label: "You only connect with people you know in real life, and they are not among them.", evidence: parsed.name ?? parsed.handles[0] ?? "" });
  }
  if (c.missingNote) {
    reasons.push("no_personal_note");
    signals.push({
      key: "criteria.no_personal_note",
      label: parsed.note ? "The note is a stock phrase, not a personal note." : "The request carries no personal note.",
      evidence: parsed.note ?? "",
    });
  }
  return { reasons, signals };
}

function mutualEvidence(text: string, parsed: ParsedRequest): string {
  // the mutual line as pasted, read by the same forms the parser counts with (surfaces/, every language)
  const line = text.split("\n").find((l) => findMutualConnections(l));
  return line ? line.trim() : String(parsed.mutualConnections ?? "");
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Evidence exactly as it stands in the pasted text, so the UI can highlight it: the parser
 * collapses spaces and decodes HTML, so "Umbrella Health" is looked up as
 * "Umbrella␣+Health", and the pasted words are returned. Evidence that cannot be found
 * (an absent note, say) is kept as it is.
 */
function anchorEvidence(text: string, signals: Signal[]): Signal[] {
  return signals.map((s) => {
    if (!s.evidence || text.includes(s.evidence)) return s;
    const words = s.evidence.trim().split(/\s+/).map(escapeRegExp);
    const m = words.length && words.length <= 60 ? text.match(new RegExp(words.join("\\s+"), "i")) : null;
    return m ? { ...s, evidence: m[0] } : s;
  });
}

