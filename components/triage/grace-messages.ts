// The grace check (lib/triage/grace.ts) words its issues in English, the engine's language.
// The draft editor shows them in the interface language from the `triage` messages
// (`grace.*`), keyed by the issue's key, with the parts that vary (the word at fault, a
// count, a limit) read back out of the English. An issue the app does not know, or whose
// English no longer reads as expected, is shown as the engine wrote it.
import enTriage from "@/lib/i18n/messages/en/triage.json";
import type { GraceIssue } from "@/lib/triage/grace";
import { REASON_KEYS, type Platform, type ReasonKey } from "@/lib/triage/schema";

type Values = Record<string, string | number>;

export type GraceMessageKey =
  | "empty"
  | "hurtfulWord"
  | "sarcasm"
  | "overApologising"
  | "falsePromise"
  | "missingThanks"
  | "lateThanks"
  | "preachy"
  | "shouting"
  | "overLength"
  | "long";

type Grace = (typeof enTriage)["grace"];
/** Every `triage` message of the grace check: `grace.<issue>.<message | permanent | maybe | suggestion>`. */
export type GraceKey = { [K in keyof Grace]: `grace.${K}.${keyof Grace[K] & string}` }[keyof Grace];

/** A `triage` translator (useTranslations("triage"), createTranslator). */
export type GraceTranslator = (key: GraceKey, values?: Values) => string;

type Read = { variant?: "message" | "permanent" | "maybe"; values: Values } | null;

type Spec = {
  message: GraceMessageKey;
  /** the English message, whole; a match gives the message's values */
  read: (message: string, issue: GraceIssue, context: GraceMessageContext) => Read;
};

export type GraceMessageContext = {
  platform: Platform;
  /** the reason words in the interface language, as a list ("competitor, blocked role") */
  reasonList: (reasons: ReasonKey[]) => string;
};

/** An issue worded without variables: its English is the `message` of its `grace.*` entry. */
const exactly = (key: "empty" | "overApologising" | "missingThanks" | "lateThanks" | "shouting") => (message: string): Read =>
  message === enTriage.grace[key].message ? { values: {} } : null;
const word = (re: RegExp) => (message: string): Read => {
  const m = re.exec(message);
  return m?.groups?.word ? { values: { word: m.groups.word } } : null;
};

export const GRACE_MESSAGES: Record<GraceIssue["key"], Spec> = {
  empty: { message: "empty", read: exactly("empty") },
  hurtful_word: { message: "hurtfulWord", read: word(/^“(?<word>.+)” describes the person, and it stings; a decline only needs your rule\.$/s) },
  sarcasm: { message: "sarcasm", read: word(/^“(?<word>.+)” can read as sarcasm in writing, where no tone of voice softens it\.$/s) },
  over_apologising: { message: "overApologising", read: exactly("overApologising") },
  false_promise: {
    message: "falsePromise",
    read: (message, _issue, context): Read => {
      const permanent = /^“(?<word>.+)” suggests this may change, but your reason \((?<reasons>[^)]*)\) will not\.$/s.exec(message)?.groups;
      if (permanent) {
        const reasons = permanent.reasons!.split(", ").map((r) => r.replace(/ /g, "_"));
        if (!reasons.every((r): r is ReasonKey => (REASON_KEYS as readonly string[]).includes(r))) return null;
        return { variant: "permanent", values: { word: permanent.word!, reasons: context.reasonList(reasons) } };
      }
      const maybe = /^“(?<word>.+)” suggests you may say yes later; only keep it if that is true\.$/s.exec(message)?.groups;
      return maybe ? { variant: "maybe", values: { word: maybe.word! } } : null;
    },
  },
  missing_thanks: { message: "missingThanks", read: exactly("missingThanks") },
  late_thanks: { message: "lateThanks", read: exactly("lateThanks") },
  preachy: { message: "preachy", read: word(/^“(?<word>.+)” tells them how to behave; a decline does not need a lesson\.$/s) },
  shouting: { message: "shouting", read: exactly("shouting") },
  over_length: {
    message: "overLength",
    read: (message, _issue, context) => {
      const m = /^(?<count>\d+) characters: (?:the safe limit|a message on .+) holds (?<limit>\d+)\.$/s.exec(message)?.groups;
      return m ? { values: { count: Number(m.count), limit: Number(m.limit), platform: context.platform } } : null;
    },
  },
  long: {
    message: "long",
    read: (message) => {
      const m = /^(?<count>\d+) characters is long for a decline and can read as a lecture\.$/.exec(message)?.groups;
      return m ? { values: { count: Number(m.count) } } : null;
    },
  },
};

/** The issue's message and suggestion in the translator's language (the engine's English for an unknown issue). */
export function graceText(t: GraceTranslator, issue: GraceIssue, context: GraceMessageContext): { message: string; suggestion: string } {
  const spec = Object.hasOwn(GRACE_MESSAGES, issue.key) ? GRACE_MESSAGES[issue.key] : undefined;
  const read = spec?.read(issue.message, issue, context);
  if (!spec || !read) return { message: issue.message, suggestion: issue.suggestion };
  const message = `grace.${spec.message}.${read.variant ?? "message"}` as GraceKey;
  return { message: t(message, read.values), suggestion: t(`grace.${spec.message}.suggestion` as GraceKey, read.values) };
}

/** The grace check's name for each reason (`grace.reasonWords.*`). */
export const REASON_WORD_KEYS: Record<ReasonKey, `grace.reasonWords.${"competitor" | "blockedRole" | "notKnownInRealLife" | "noPersonalNote"}`> = {
  competitor: "grace.reasonWords.competitor",
  blocked_role: "grace.reasonWords.blockedRole",
  not_known_in_real_life: "grace.reasonWords.notKnownInRealLife",
  no_personal_note: "grace.reasonWords.noPersonalNote",
};
