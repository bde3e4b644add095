// The engine (lib/triage) speaks English: its contract, the command line and the HTTP API
// keep the English `label` of each signal and the English advice. The app shows them in
// the interface language from the `signals` messages, keyed by the signal's key, with the
// parts that vary (a company, a role, a count) read back out of the English label. A key
// the app does not know, or a label that no longer reads as expected, shows the engine's
// English as it is: never a wrong sentence. tests/unit/signal-messages.test.ts fails when
// the engine can emit a key that has no message here.
import enSignals from "@/lib/i18n/messages/en/signals.json";
import type { ObserveAdvice, Signal } from "@/lib/triage/schema";

type Values = Record<string, string | number>;

/** The `signals` message each signal key is shown with, and how its English label gives the message's values. */
export type SignalSpec = {
  message: SignalMessageKey;
  /** the engine's English label, whole; its groups become the message's values */
  label: RegExp;
  values?: (groups: Record<string, string>) => Values;
};

export type SignalMessageKey =
  | `criteria.${keyof (typeof enSignals)["criteria"]}`
  | `spam.${keyof (typeof enSignals)["spam"]}`;

const same = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

export const SIGNAL_MESSAGES: Record<string, SignalSpec> = {
  // criteria (lib/triage/engine.ts)
  "criteria.known_in_real_life": { message: "criteria.knownInRealLife", label: same("You said you know them in real life.") },
  "criteria.known_person": { message: "criteria.knownPerson", label: same("On your list of people you know.") },
  "criteria.competitor": {
    message: "criteria.competitor",
    label: /^Works at (?<company>.+), on your list of competitors\.$/s,
    values: (g) => ({ company: g.company! }),
  },
  "criteria.blocked_role": {
    message: "criteria.blockedRole",
    label: /^Works as a (?<role>.+), a kind of role you don't connect with\.$/s,
    values: (g) => ({ role: g.role! }),
  },
  "criteria.not_known_in_real_life": {
    message: "criteria.notKnownInRealLife",
    label: same("You only connect with people you know in real life, and they are not among them."),
  },
  "criteria.no_personal_note": {
    message: "criteria.noPersonalNote",
    label: /^(?:(?<stock>The note is a stock phrase, not a personal note\.)|The request carries no personal note\.)$/,
    values: (g) => ({ kind: g.stock ? "stock" : "none" }),
  },
  "criteria.met_online": { message: "criteria.metOnline", label: same("Says you met online, and you don't know them in real life.") },
  "criteria.few_mutual_connections": {
    message: "criteria.fewMutualConnections",
    label: /^(?<count>\d+) mutual connections?, fewer than the (?<minimum>\d+) you ask for\.$/,
    values: (g) => ({ count: Number(g.count), minimum: Number(g.minimum) }),
  },
  "criteria.met_in_person": { message: "criteria.metInPerson", label: same("Says you met in person.") },
  // spam (lib/triage/spam.ts; the cues of other languages, lib/triage/lang, carry the same keys)
  "spam.model": {
    message: "spam.model",
    label: /^Reads like the spam the text model learned from \((?<percent>\d+)% by the model alone\)\.$/,
    values: (g) => ({ share: Number(g.percent) / 100 }),
  },
  "spam.off_platform": { message: "spam.offPlatform", label: same("Asks to move the conversation to WhatsApp, Telegram or another app, away from the platform.") },
  "spam.money_pitch": { message: "spam.moneyPitch", label: same("Pitches easy money, guaranteed returns or an investment.") },
  "spam.crypto": { message: "spam.crypto", label: same("Mentions crypto, forex or trading signals, the most common pitch from scam accounts.") },
  "spam.job_scam": { message: "spam.jobScam", label: same("Offers a job that needs no experience, pays a lot for little, or asks for a fee.") },
  "spam.romance": { message: "spam.romance", label: same("Opens like a romance scam: pet names, loneliness, private photos.") },
  "spam.advance_fee": {
    message: "spam.advanceFee",
    label: same("Offers a share of a large sum, an inheritance or a confidential deal, the classic advance-fee fraud."),
  },
  "spam.phishing": { message: "spam.phishing", label: same("Warns of a suspended account or offers verification, the way phishing messages do.") },
  "spam.adult": { message: "spam.adult", label: same("Points to adult content or hook-ups.") },
  "spam.ambassador_pitch": { message: "spam.ambassadorPitch", label: same('Recruits "brand ambassadors" or collaborators by mass message.') },
  "spam.fake_persona": {
    message: "spam.fakePersona",
    label: same("Describes a persona common in scam profiles (a soldier on a mission, an offshore engineer, a UN doctor)."),
  },
  "spam.link_bait": { message: "spam.linkBait", label: same("Baits a click: a shortened or prize link, a giveaway, a flash sale.") },
  "spam.follower_selling": { message: "spam.followerSelling", label: same("Trades or sells follows and likes.") },
  "spam.self_promotion": { message: "spam.selfPromotion", label: same("Promotes their own channel, page or product instead of writing to you.") },
  "spam.engagement_farming": { message: "spam.engagementFarming", label: same("Farms likes, views, votes or subscribers.") },
  "spam.donation_appeal": { message: "spam.donationAppeal", label: same("Asks a stranger for money for a cause, a common scam on social platforms.") },
  "spam.digit_handle": { message: "spam.digitHandle", label: same("The handle is stuffed with digits, as mass-made accounts' handles are.") },
};

/** A `signals` translator (useTranslations("signals"), getTranslations, createTranslator). */
export type SignalsTranslator = (key: SignalMessageKey, values?: Values) => string;

/** The message key and values a signal is shown with, or null when only the engine's English will do. */
export function signalMessage(signal: Pick<Signal, "key" | "label">): { key: SignalMessageKey; values: Values } | null {
  const spec = Object.hasOwn(SIGNAL_MESSAGES, signal.key) ? SIGNAL_MESSAGES[signal.key] : undefined;
  if (!spec) return null;
  const m = spec.label.exec(signal.label);
  if (!m) return null;
  return { key: spec.message, values: spec.values ? spec.values(m.groups ?? {}) : {} };
}

/** The signal's sentence in the translator's language (the engine's English label for an unknown key). */
export function signalText(t: SignalsTranslator, signal: Pick<Signal, "key" | "label">): string {
  const found = signalMessage(signal);
  return found ? t(found.key, found.values) : signal.label;
}

// ---------------------------------------------------------------------------
// Observe advice (lib/triage/engine.ts OBSERVE_ADVICE): known by its English wording

export type AdviceKind = keyof (typeof enSignals)["advice"];
type AdviceMessages = { summary: string; watch: Record<string, string> };

/** Which of the engine's pieces of advice this is, when its English is exactly one the messages know. */
export function adviceKind(advice: Pick<ObserveAdvice, "summary" | "watch">): AdviceKind | null {
  for (const [kind, messages] of Object.entries(enSignals.advice) as [AdviceKind, AdviceMessages][]) {
    const watch = Object.values(messages.watch);
    if (messages.summary === advice.summary && watch.length === advice.watch.length && watch.every((w, i) => w === advice.watch[i])) return kind;
  }
  return null;
}

/** The advice's message keys, in the engine's order: `summary` and each `watch` item. */
export function adviceMessageKeys(kind: AdviceKind): { summary: `advice.${AdviceKind}.summary`; watch: `advice.${AdviceKind}.watch.${string}`[] } {
  return {
    summary: `advice.${kind}.summary`,
    watch: Object.keys((enSignals.advice as Record<AdviceKind, AdviceMessages>)[kind].watch).map((w) => `advice.${kind}.watch.${w}` as const),
  };
}
