// A second pair of eyes on a decline the user has edited: hurtful words, sarcasm,
// over-apologising, promises a policy will not keep, missing thanks, lecturing, and
// length. Every issue comes with the words that raised it and a kinder alternative.
// The words it looks for are each language's (./lang/<code>.ts, `grace`).
import { graceRegExps, LANGUAGES, type GraceRegExps, type Language } from "./lang";
import { PLATFORM_LABELS, PLATFORM_LIMITS } from "./platforms";
import type { Platform, ReasonKey } from "./schema";

export interface GraceIssue {
  key: "empty" | "hurtful_word" | "sarcasm" | "over_apologising" | "false_promise" | "missing_thanks" | "late_thanks" | "preachy" | "shouting" | "over_length" | "long";
  severity: "warning" | "error";
  message: string;
  evidence: string;
  suggestion: string;
}

export interface GraceContext {
  platform?: Platform;
  reasons?: ReasonKey[];
  /** the language the message is written in: its words and English's are checked; absent: every language's */
  language?: Language;
}

/** Policies that do not change: "maybe later" would be a false promise. */
const PERMANENT_REASONS: ReasonKey[] = ["competitor", "blocked_role", "not_known_in_real_life"];

function firstMatch(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m[0].trim() : null;
}

/** The first match of any language's expression, English first. */
function firstOf(sets: GraceRegExps[], kind: keyof GraceRegExps, text: string): string | null {
  for (const set of sets) {
    const m = firstMatch(set[kind], text);
    if (m) return m;
  }
  return null;
}

function firstTwoSentences(text: string): string {
  const parts = text.trim().split(/(?<=[.!?])\s/);
  return `${parts[0] ?? ""} ${parts[1] ?? ""}`;
}

export function graceCheck(text: string, context: GraceContext = {}): GraceIssue[] {
  const issues: GraceIssue[] = [];
  const t = text ?? "";
  const languages: readonly Language[] = context.language === "en" ? ["en"] : context.language ? ["en", context.language] : LANGUAGES;
  const sets = languages.map((l) => graceRegExps(l));
  if (!t.trim()) {
    return [{ key: "empty", severity: "error", message: "The message is empty.", evidence: "", suggestion: "Start with thanks, give your reason in one sentence, and sign." }];
  }

  const seenHurtful = new Set<string>();
  for (const m of sets.flatMap((set) => [...t.matchAll(set.hurtful)])) {
    const word = m[0];
    if (seenHurtful.has(word.toLowerCase())) continue;
    seenHurtful.add(word.toLowerCase());
    issues.push({
      key: "hurtful_word",
      severity: "error",
      message: `“${word}” describes the person, and it stings; a decline only needs your rule.`,
      evidence: word,
      suggestion: "Say what you do rather than what they are, e.g. “I only connect with people I know in real life.”",
    });
  }

  const sarcasm = firstOf(sets, "sarcasm", t);
  if (sarcasm) {
    issues.push({
      key: "sarcasm",
      severity: "warning",
      message: `“${sarcasm}” can read as sarcasm in writing, where no tone of voice softens it.`,
      evidence: sarcasm,
      suggestion: "Remove it and keep the sentence plain and kind.",
    });
  }

  const apologies = sets.flatMap((set) => [...t.matchAll(set.apology)].map((m) => m[0]));
  const strong = firstOf(sets, "strongApology", t);
  if (apologies.length >= 2 || strong) {
    issues.push({
      key: "over_apologising",
      severity: "warning",
      message: "Apologising more than once makes a simple rule sound like a wrong you did.",
      evidence: strong ?? apologies.join(" … "),
      suggestion: "Keep at most one light apology, or none: thanks and a clear reason are gracious enough.",
    });
  }

  const promise = firstOf(sets, "falsePromise", t);
  if (promise) {
    const permanent = context.reasons?.filter((r) => PERMANENT_REASONS.includes(r)) ?? [];
    const onlyNote = context.reasons && context.reasons.length > 0 && permanent.length === 0;
    if (!onlyNote) {
      issues.push({
        key: "false_promise",
        severity: permanent.length ? "error" : "warning",
        message: permanent.length
          ? `“${promise}” suggests this may change, but your reason (${permanent.join(", ").replace(/_/g, " ")}) will not.`
          : `“${promise}” suggests you may say yes later; only keep it if that is true.`,
        evidence: promise,
        suggestion: "State the rule as it is, and offer only what you will do (for example, following your public posts).",
      });
    }
  }

  const thanksIn = (s: string) => sets.some((set) => set.thanks.test(s));
  if (!thanksIn(t)) {
    issues.push({
      key: "missing_thanks",
      severity: "error",
      message: "The message never thanks them for reaching out.",
      evidence: t.trim().split(/(?<=[.!?])\s/)[0]?.slice(0, 120) ?? "",
      suggestion: "Open with thanks, e.g. “Thank you for the invitation to connect.”",
    });
  } else if (!thanksIn(firstTwoSentences(t))) {
    issues.push({
      key: "late_thanks",
      severity: "warning",
      message: "The thanks come late; the first sentence sets the tone.",
      evidence: firstOf(sets, "thanks", t) ?? "",
      suggestion: "Move the thanks to the first sentence.",
    });
  }

  const preachy = firstOf(sets, "preachy", t);
  if (preachy) {
    issues.push({
      key: "preachy",
      severity: "warning",
      message: `“${preachy}” tells them how to behave; a decline does not need a lesson.`,
      evidence: preachy,
      suggestion: "Explain your own rule instead of advising them.",
    });
  }

  const shouting = t.match(/\b[A-Z]{3,}(?:\s+[A-Z]{2,}){2,}\b|!{2,}/);
  if (shouting) {
    issues.push({
      key: "shouting",
      severity: "warning",
      message: "Capitals and repeated exclamation marks read as shouting.",
      evidence: shouting[0],
      suggestion: "Use ordinary capitals and one exclamation mark at most.",
    });
  }

  const platform = context.platform ?? "other";
  const { limit } = PLATFORM_LIMITS[platform];
  if (t.length > limit) {
    issues.push({
      key: "over_length",
      severity: "error",
      message: `${t.length} characters: ${platform === "other" ? "the safe limit" : `a message on ${PLATFORM_LABELS[platform]}`} holds ${limit}.`,
      evidence: t.slice(limit, limit + 40),
      suggestion: `Cut it to ${limit} characters or fewer; the short version (300 characters) fits everywhere.`,
    });
  } else if (t.length > 700) {
    issues.push({
      key: "long",
      severity: "warning",
      message: `${t.length} characters is long for a decline and can read as a lecture.`,
      evidence: t.slice(0, 60),
      suggestion: "Thanks, one sentence per reason and a sign-off are enough.",
    });
  }
  return issues;
}
