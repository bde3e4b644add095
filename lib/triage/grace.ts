// A second pair of eyes on a decline the user has edited: hurtful words, sarcasm,
// over-apologising, promises a policy will not keep, missing thanks, lecturing, and
// length. Every issue comes with the words that raised it and a kinder alternative.
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
}

/** Words that insult the person rather than explain the user's rule. */
const HURTFUL_RE =
  /\b(?:spam|spammy|spammer|spamming|fake|phony|phoney|creep|creepy|annoying|annoyed|weird|weirdo|stupid|dumb|idiot|idiotic|moron|loser|pathetic|desperate|scam|scammer|scammy|stalker|stalking|stalk|bot|shady|sketchy|sleazy|pushy|clueless|lame|cringe|cringy|gross|disgusting|ridiculous|waste of (?:my )?time|go away|leave me alone|get lost|back off|people like you|your kind|who are you|don'?t bother|never contact me|stop contacting me)\b/gi;
const SARCASM_RE =
  /(?:^|\s)\/s\b|\byeah,? right\b|\bas if\b|\bnice try\b|\bgood luck with that\b|\bbless your heart\b|\bno offen[cs]e\b|\bwith all due respect\b|\bobviously\b|\bclearly you\b|\bsure,? because\b|\bcongrats(?:ulations)? on (?:trying|the attempt)\b|\bhow original\b|\bwow,? just wow\b|\blol\b|\blmao\b|\brofl\b|😂|🙄|🙃|😏|🤡|🤣|["“‘'](?:networking|opportunity|connect|friend|professional)["”’']/giu;
const APOLOGY_RE = /\b(?:sorry|apolog(?:y|ies|ise|ize|ising|izing)|forgive me|i feel (?:so |really )?(?:bad|terrible|awful)|regret)\b/gi;
const STRONG_APOLOGY_RE = /\b(?:so|very|really|terribly|deeply|truly|extremely|awfully) sorry\b|\b(?:sincerely|deeply|truly) apologi[sz]e\b|\bplease forgive me\b/i;
const FALSE_PROMISE_RE =
  /\bmaybe (?:later|another time|next time|in the future|some ?day|down the road)\b|\bsome ?day\b|\banother time\b|\bnot (?:right )?now\b|\bnot at (?:this|the moment|the present) (?:time|moment)?\b|\bnot at the moment\b|\bfor now\b|\bat (?:the|this) (?:moment|point|time)\b|\bright now\b|\bdown the (?:road|line)\b|\bcircle back\b|\breconsider\b|\brevisit\b|\bkeep you in mind\b|\bin (?:a|the) (?:while|future)\b|\bnext time\b|\bonce things (?:change|settle)\b|\bwhen things (?:change|settle|calm down)\b|\bperhaps later\b|\blater on\b/i;
const THANKS_RE = /\b(?:thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red)\b/i;
const PREACHY_RE =
  /\byou (?:should|need to|must|ought to|have to) (?:really |always |first |at least )?(?:learn|know|read|personali[sz]e|understand|consider|think|research|try|include|write|add)\b|\bnext time,? (?:please |try |you )|\bproper (?:etiquette|networking)\b|\bit(?:'s| is) (?:rude|impolite|bad form|poor form)\b|\bas a (?:friendly )?(?:tip|reminder|piece of advice)\b|\bit is customary\b|\bdid you even\b/i;

/** Policies that do not change: "maybe later" would be a false promise. */
const PERMANENT_REASONS: ReasonKey[] = ["competitor", "blocked_role", "not_known_in_real_life"];

function firstMatch(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m[0].trim() : null;
}

function firstTwoSentences(text: string): string {
  const parts = text.trim().split(/(?<=[.!?])\s/);
  return `${parts[0] ?? ""} ${parts[1] ?? ""}`;
}

export function graceCheck(text: string, context: GraceContext = {}): GraceIssue[] {
  const issues: GraceIssue[] = [];
  const t = text ?? "";
  if (!t.trim()) {
    return [{ key: "empty", severity: "error", message: "The message is empty.", evidence: "", suggestion: "Start with thanks, give your reason in one sentence, and sign." }];
  }

  const seenHurtful = new Set<string>();
  for (const m of t.matchAll(HURTFUL_RE)) {
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

  const sarcasm = firstMatch(SARCASM_RE, t);
  if (sarcasm) {
    issues.push({
      key: "sarcasm",
      severity: "warning",
      message: `“${sarcasm}” can read as sarcasm in writing, where no tone of voice softens it.`,
      evidence: sarcasm,
      suggestion: "Remove it and keep the sentence plain and kind.",
    });
  }

  const apologies = [...t.matchAll(APOLOGY_RE)].map((m) => m[0]);
  const strong = firstMatch(STRONG_APOLOGY_RE, t);
  if (apologies.length >= 2 || strong) {
    issues.push({
      key: "over_apologising",
      severity: "warning",
      message: "Apologising more than once makes a simple rule sound like a wrong you did.",
      evidence: strong ?? apologies.join(" … "),
      suggestion: "Keep at most one light apology, or none: thanks and a clear reason are gracious enough.",
    });
  }

  const promise = firstMatch(FALSE_PROMISE_RE, t);
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

  if (!THANKS_RE.test(t)) {
    issues.push({
      key: "missing_thanks",
      severity: "error",
      message: "The message never thanks them for reaching out.",
      evidence: t.trim().split(/(?<=[.!?])\s/)[0]?.slice(0, 120) ?? "",
      suggestion: "Open with thanks, e.g. “Thank you for the invitation to connect.”",
    });
  } else if (!THANKS_RE.test(firstTwoSentences(t))) {
    issues.push({
      key: "late_thanks",
      severity: "warning",
      message: "The thanks come late; the first sentence sets the tone.",
      evidence: firstMatch(THANKS_RE, t) ?? "",
      suggestion: "Move the thanks to the first sentence.",
    });
  }

  const preachy = firstMatch(PREACHY_RE, t);
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
