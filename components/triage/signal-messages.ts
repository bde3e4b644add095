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
  /** the engine's English label, whole, where parts of it vary; its groups become the message's values. Absent: the label is the English message itself. */
  label?: RegExp;
  values?: (groups: Record<string, string>) => Values;
};

export type SignalMessageKey =
  | `criteria.${keyof (typeof enSignals)["criteria"]}`
  | `spam.${keyof (typeof enSignals)["spam"]}`;

/** The English message of a key ("criteria.metOnline"): the engine's own label for a signal without variables. */
export function englishMessage(key: string): string | undefined {
  let at: unknown = enSignals;
  for (const part of key.split(".")) at = at && typeof at === "object" ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === "string" ? at : undefined;
}

export const SIGNAL_MESSAGES: Record<string, SignalSpec> = {
  // criteria (lib/triage/engine.ts)
  "criteria.known_in_real_life": { message: "criteria.knownInRealLife" },
  "criteria.known_person": { message: "criteria.knownPerson" },
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
  "criteria.not_known_in_real_life": { message: "criteria.notKnownInRealLife" },
  "criteria.no_personal_note": {
    message: "criteria.noPersonalNote",
    label: /^(?:(?<stock>The note is a stock phrase, not a personal note\.)|The request carries no personal note\.)$/,
    values: (g) => ({ kind: g.stock ? "stock" : "none" }),
  },
  "criteria.met_online": { message: "criteria.metOnline" },
  "criteria.few_mutual_connections": {
    message: "criteria.fewMutualConnections",
    label: /^(?<count>\d+) mutual connections?, fewer than the (?<minimum>\d+) you ask for\.$/,
    values: (g) => ({ count: Number(g.count), minimum: Number(g.minimum) }),
  },
  "criteria.met_in_person": { message: "criteria.metInPerson" },
  // spam (lib/triage/spam.ts; the cues of other languages, lib/triage/lang, carry the same keys)
  "spam.model": {
    message: "spam.model",
    label: /^Reads like the spam the text model learned from \((?<percent>\d+)% by the model alone\)\.$/,
    values: (g) => ({ share: Number(g.percent) / 100 }),
  },
  "spam.off_platform": { message: "spam.offPlatform" },
  "spam.money_pitch": { message: "spam.moneyPitch" },
  "spam.crypto": { message: "spam.crypto" },
  "spam.job_scam": { message: "spam.jobScam" },
  "spam.romance": { message: "spam.romance" },
  "spam.advance_fee": { message: "spam.advanceFee" },
  "spam.phishing": { message: "spam.phishing" },
  "spam.impersonation": { message: "spam.impersonation" },
  "spam.payment_request": { message: "spam.paymentRequest" },
  "spam.wrong_number": { message: "spam.wrongNumber" },
  "spam.boss_fraud": { message: "spam.bossFraud" },
  "spam.adult": { message: "spam.adult" },
  "spam.ambassador_pitch": { message: "spam.ambassadorPitch" },
  "spam.fake_persona": { message: "spam.fakePersona" },
  "spam.link_bait": { message: "spam.linkBait" },
  "spam.follower_selling": { message: "spam.followerSelling" },
  "spam.self_promotion": { message: "spam.selfPromotion" },
  "spam.engagement_farming": { message: "spam.engagementFarming" },
  "spam.donation_appeal": { message: "spam.donationAppeal" },
  "spam.digit_handle": { message: "spam.digitHandle" },
};

/** A `signals` translator (useTranslations("signals"), getTranslations, createTranslator). */
export type SignalsTranslator = (key: SignalMessageKey, values?: Values) => string;

/** The message key and values a signal is shown with, or null when only the engine's English will do. */
export function signalMessage(signal: Pick<Signal, "key" | "label">): { key: SignalMessageKey; values: Values } | null {
  const spec = Object.hasOwn(SIGNAL_MESSAGES, signal.key) ? SIGNAL_MESSAGES[signal.key] : undefined;
  if (!spec) return null;
  if (!spec.label) return signal.label === englishMessage(spec.message) ? { key: spec.message, values: {} } : null;
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

type AdviceWatchKey = { [K in AdviceKind]: `advice.${K}.watch.${keyof (typeof enSignals)["advice"][K]["watch"] & string}` }[AdviceKind];

/** The advice's message keys, in the engine's order: `summary` and each `watch` item. */
export function adviceMessageKeys(kind: AdviceKind): { summary: `advice.${AdviceKind}.summary`; watch: AdviceWatchKey[] } {
  return {
    summary: `advice.${kind}.summary`,
    watch: Object.keys((enSignals.advice as Record<AdviceKind, AdviceMessages>)[kind].watch).map((w) => `advice.${kind}.watch.${w}` as AdviceWatchKey),
  };
}
