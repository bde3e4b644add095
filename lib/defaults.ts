// What a new user starts with: one criteria profile and one reason template per
// reason key, worded as the engine's own default sentences. All of it is editable later.
import { LANGUAGES, type Language, type ReasonKey } from "./domain";
import { en, type Messages } from "./i18n/en";
import { DEFAULT_REASON_SENTENCES, defaultReasonSentences } from "./triage/draft";

export const DEFAULT_PROFILE = {
  /** English; a new account's is in its sign-up language (profiles.defaultName). */
  name: en.profiles.defaultName,
  defaultFor: ["linkedin", "facebook", "x", "instagram", "other"],
  onlyKnownInRealLife: false,
  knownPeople: [] as string[],
  competitors: [] as string[],
  /** English; a new account's are in its sign-up language (profiles.defaultBlockedRoles), which the engine reads as the same role families. */
  blockedRoles: [en.profiles.defaultBlockedRoles.recruiter, en.profiles.defaultBlockedRoles.sales],
  requirePersonalNote: false,
  minMutualConnections: 0,
  observeStrangersMetOnline: true,
  tone: "warm",
  signature: null as string | null,
};

/** English titles; sign-up and restoring title them in the user's language (templates.builtInTitles). */
const TITLES: Record<ReasonKey, string> = en.templates.builtInTitles;

export type BuiltInTemplate = {
  reasonKey: ReasonKey;
  title: string;
  /** The English sentence: what a built-in template is recognised by. */
  body: string;
  language: Language;
  /** The same reason in the other four languages, with the same variables. */
  wordings: Partial<Record<Language, string>>;
};

/**
 * The built-in templates: the engine's default sentence per reason, in English as the body
 * and in each other language as a wording (lib/triage/lang/<code>.ts writes them, so a
 * template and the engine's own fallback say the same thing).
 */
export const DEFAULT_TEMPLATES: BuiltInTemplate[] = (Object.keys(TITLES) as ReasonKey[]).map((reasonKey) => ({
  reasonKey,
  title: TITLES[reasonKey],
  body: DEFAULT_REASON_SENTENCES[reasonKey],
  language: "en",
  wordings: Object.fromEntries(LANGUAGES.filter((l) => l !== "en").map((l) => [l, defaultReasonSentences(l)[reasonKey]])),
}));

/** The built-in template a reason's English body is, if any (templates saved before they carried languages). */
export function builtInTemplate(reasonKey: string, body: string): BuiltInTemplate | undefined {
  return DEFAULT_TEMPLATES.find((t) => t.reasonKey === reasonKey && t.body === body);
}

/** What a new account starts with, named in `messages`' language (its sign-up language). */
export function accountDefaults(messages: Pick<Messages, "profiles" | "templates">) {
  return {
    profile: {
      ...DEFAULT_PROFILE,
      name: messages.profiles.defaultName,
      blockedRoles: [messages.profiles.defaultBlockedRoles.recruiter, messages.profiles.defaultBlockedRoles.sales],
    },
    templates: DEFAULT_TEMPLATES.map((t) => ({ ...t, title: messages.templates.builtInTitles[t.reasonKey] })),
  };
}

/**
 * A template's title as the interface shows it. A built-in template whose title the user
 * never changed (still its reason's default, still the English built-in title: accounts
 * made before sign-up spoke the user's language, or made in English) is titled in the
 * interface language; any other title is the user's own words, shown as written.
 */
export function shownTemplateTitle(tpl: { reasonKey: string; title: string; isDefault: boolean }, builtInTitle: (key: ReasonKey) => string): string {
  const key = tpl.reasonKey as ReasonKey;
  return tpl.isDefault && Object.hasOwn(TITLES, key) && tpl.title === TITLES[key] ? builtInTitle(key) : tpl.title;
}

/** A profile's name as the interface shows it: the English default name (never changed) in the interface language. */
export function shownProfileName(name: string, defaultName: string): string {
  return name === DEFAULT_PROFILE.name ? defaultName : name;
}
