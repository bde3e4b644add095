// Graceful decline drafts: thanks first, the first name, one brief honest sentence per
// reason (the user's own wording verbatim when given), a way to stay in touch that fits
// the reason, the signature. Three tones; a short version of at most 300 characters;
// always within the platform's message limit. The same input gives the same draft; a
// different `variant` gives another wording. Every word of a draft comes from the draft
// language's module (./lang/<code>.ts): this file composes, in any language.
import { expandBlockedRole } from "./criteria";
import { PACKS, roleWords, type DraftVoice, type Language, type OfferKey } from "./lang";
import { plainName } from "./parse";
import { PLATFORM_LIMITS } from "./platforms";
import { REASON_KEYS, type DeclineDraft, type ParsedRequest, type Platform, type ReasonKey, type ReasonWording, type Tone } from "./schema";
import { stableHash, truncateWords } from "./text";

export const SHORT_LIMIT = 300;

export const TEMPLATE_VARIABLES = {
  firstName: "the person's first name, as parsed from the request (\"Priya\")",
  name: "the person's full name (\"Priya Raman\")",
  company: "the company on their headline (\"Globex\")",
  platform: "where the request came from (\"LinkedIn\", \"Facebook\", \"X\", \"Instagram\")",
} as const;

export type TemplateVariables = Partial<Record<keyof typeof TEMPLATE_VARIABLES, string | null>>;

/** The engine's own sentence per reason, in English; new users start from these as their editable templates. */
export const DEFAULT_REASON_SENTENCES: Record<ReasonKey, string> = PACKS.en.draft.defaultReasons;

/** The engine's own sentence per reason in a language. */
export function defaultReasonSentences(language: Language): Record<ReasonKey, string> {
  return PACKS[language].draft.defaultReasons;
}

/** "recruiter" → "recruiters", "Lawyer" → "lawyers", an already plural word stays. */
export function rolesInPlainWords(family: string | null | undefined): string {
  if (!family) return "people in your line of work";
  const known = PACKS.en.draft.roleWords[family.toLowerCase()];
  if (known) return known;
  const f = family.trim().toLowerCase();
  return /s$/.test(f) ? f : `${f}s`;
}

/** Whose offer speaks when there are several reasons: a follow suits a personal rule and a stranger; a note only a missing note. */
const OFFER_PREFERENCE: OfferKey[] = ["not_known_in_real_life", "blocked_role", "no_personal_note"];

/** What a missing variable becomes; English by default. */
export interface TemplateFallbacks {
  company: string;
  platform: string;
  roles: string;
}
const ENGLISH_FALLBACKS: TemplateFallbacks = { company: "your company", platform: "here", roles: "people in your line of work" };

/** Fills {firstName}, {name}, {company}, {platform}; a missing value is dropped and the punctuation around it tidied. */
/** Where a template's variable had no value: the spaces and commas around it go, and nothing else. */
const EMPTY = "\u0000";

export function fillTemplate(body: string, vars: TemplateVariables & { roles?: string | null }, fallbacks: TemplateFallbacks = ENGLISH_FALLBACKS): string {
  const filled = body.replace(/\{(\w+)\}/g, (m, key: string) => {
    if (!(key in vars) && !(key in TEMPLATE_VARIABLES) && key !== "roles") return m;
    const v = (vars as Record<string, string | null | undefined>)[key];
    if (v) return v;
    if (key === "company") return fallbacks.company;
    if (key === "platform") return fallbacks.platform;
    if (key === "roles") return fallbacks.roles;
    return EMPTY;
  });
  // only around a variable left empty: the user's own spacing stays as typed (French "ici ; pour")
  return filled
    .replace(/[ \t]*\u0000[ \t]*/g, EMPTY)
    .replace(/,?\u0000+(?=[,.!?;:])/g, "")
    .replace(/,\s*\u0000+\s*$/g, "")
    .replace(/\u0000+/g, " ")
    .replace(/([,;:])(?=[,;:])/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^\s*,\s*/, "")
    .trim();
}

function ensureSentence(s: string): string {
  const t = s.trim();
  // a sentence may end with an emoji: "Esta cuenta es solo para familia 🙂" takes no full stop after it
  return !t || /[.!?…]["”')»]*$|\p{Extended_Pictographic}\uFE0F?$/u.test(t) ? t : `${t}.`;
}

export interface DraftInput {
  parsed: ParsedRequest;
  reasons: ReasonKey[];
  /** the profile's wording (one string, or one per language), signature, tone and language (a validated CriteriaProfile fits, and so does a partial one) */
  profile: { reasons?: Partial<Record<ReasonKey, ReasonWording | null | undefined>>; signature?: string | null; tone?: Tone; language?: Language | null };
  platform?: Platform;
  tone?: Tone;
  variant?: number;
  /** the blocked kind of role that was matched ("recruiter"), for the engine's own wording */
  blockedRole?: string | null;
  /** the competitor that matched, used for {company} when the headline names no company */
  competitor?: string | null;
  /** the language to write in; English by default */
  language?: Language;
}

/**
 * The user's own wording for a reason in the draft's language: a plain string is used as
 * it is; of a wording per language, the draft's, else the profile's language's (flagged as
 * a fallback so the UI can say so); null when there is none.
 */
export function ownReasonWording(value: ReasonWording | null | undefined, language: Language, profileLanguage?: Language | null): { text: string; fallback: boolean } | null {
  if (!value) return null;
  if (typeof value === "string") return value.trim() ? { text: value, fallback: false } : null;
  const inLanguage = value[language];
  if (inLanguage && inLanguage.trim()) return { text: inLanguage, fallback: false };
  const inProfile = profileLanguage && profileLanguage !== language ? value[profileLanguage] : undefined;
  if (inProfile && inProfile.trim()) return { text: inProfile, fallback: true };
  return null;
}

/** Picks one of `options`, the same for the same seed, another for another variant. */
function pick<T>(options: readonly T[], seed: string, slot: string, variant: number): T {
  const i = (stableHash(`${slot}\u0000${seed}`) + Math.abs(Math.trunc(variant))) % options.length;
  return options[i]!;
}

const PERSONAL_PLATFORMS: ReadonlySet<Platform> = new Set(["facebook", "instagram", "x"]);
/** Reason sentences about a network of working relationships, in the five languages: LinkedIn's, not a personal network's. */
const WORK_NETWORK_RE = /work with directly|working relationships|trabajo directamente|relaciones de trabajo|direkt zusammenarbeite|Arbeitskontakte|travaille directement|relations de travail|trabalho diretamente|relações de trabalho/i;
/** Closings that wish success in one's work or projects. */
const WORK_WISH_RE = /\bwork\b|success|trabajo|proyectos|éxito|Arbeit|Erfolg|travail|projets|réussite|continuation|trabalho|projetos|sucesso/i;
const PRESUMES_A_NOTE_RE = /thought behind|escribirme|por escribir|d'avoir écrit|por ter escrito/i;

export function draftDecline(input: DraftInput): DeclineDraft {
  const { parsed, profile } = input;
  const platform = input.platform ?? parsed.platform;
  const tone: Tone = input.tone ?? profile.tone ?? "warm";
  const language: Language = input.language ?? "en";
  const words = PACKS[language].draft;
  // answer in the form of address the person chose ("vous" on X gets "vous")
  const address = parsed.note && words.addressOf ? words.addressOf(parsed.note) : null;
  // and in its regional form (European Portuguese to a note from Lisbon)
  const region = words.regionOf ? words.regionOf([parsed.headline, parsed.note].filter(Boolean).join("\n")) : null;
  const voice: DraftVoice = words.voice(tone, platform, address, region);
  const variant = Number.isFinite(input.variant) ? Math.trunc(input.variant ?? 0) : 0;
  const reasons = REASON_KEYS.filter((k) => input.reasons.includes(k));
  const limit = PLATFORM_LIMITS[platform].limit;
  const seed = `${parsed.name ?? parsed.handles[0] ?? parsed.note ?? ""}|${reasons.join(",")}|${tone}`;
  const roles =
    language === "en" ? rolesInPlainWords(input.blockedRole) : ((input.blockedRole ? roleWords(language, expandBlockedRole(input.blockedRole).family) : null) ?? voice.rolesFallback);
  const vars = {
    firstName: parsed.firstName,
    name: parsed.name,
    company: parsed.company ?? input.competitor ?? null,
    platform: words.platformName(platform),
    roles,
  };
  const fallbacks: TemplateFallbacks = language === "en" ? ENGLISH_FALLBACKS : { company: voice.companyFallback, platform: words.platformName("other"), roles: voice.rolesFallback };
  const firstName = parsed.firstName?.trim() || null;
  const signature = profile.signature?.trim() || null;
  const who = { tone, platform, firstName, name: plainName(parsed.name?.trim() || null), address };

  // Facebook, Instagram and X are personal networks: no "people I work with directly", no wishes for one's work
  const personal = PERSONAL_PLATFORMS.has(platform);
  const fitting = (options: readonly string[], unfit: RegExp): readonly string[] => {
    const kept = personal ? options.filter((o) => !unfit.test(o)) : options;
    return kept.length ? kept : options;
  };
  // an X follow with no message is thanked for the follow (the follow-request noun), not for "the message"
  const requestPlatform: Platform = platform === "x" && !parsed.note ? "instagram" : platform;

  const greeting = words.greeting(who);
  // With no note, no thanks "for writing" or for "the thought behind it": there was none to read.
  const thanksOptions = parsed.note ? voice.thanks : voice.thanks.filter((t) => !PRESUMES_A_NOTE_RE.test(t));
  const thanks = pick(thanksOptions.length ? thanksOptions : voice.thanks, seed, "thanks", variant).replace("{request}", words.requestNoun(requestPlatform, tone, address, region));
  let reasonLanguageFallback = false;
  const reasonSentences = reasons.map((key, i) => {
    const own = ownReasonWording(profile.reasons?.[key], language, profile.language);
    if (own) {
      if (own.fallback) reasonLanguageFallback = true;
      return ensureSentence(fillTemplate(own.text, vars, fallbacks));
    }
    // after another reason, "I only accept invitations with a note" would contradict its "I only…": the note is asked for as well
    if (key === "no_personal_note" && i > 0) return words.alsoNoNote;
    return ensureSentence(fillTemplate(pick(fitting(voice.reasons[key], WORK_NETWORK_RE), seed, `reason:${key}`, variant), vars, fallbacks));
  });
  // The offer must hold for every reason: none under a company policy, and "send a note" only when the note is all that is missing.
  const offerKey = reasons.includes("competitor") ? null : (OFFER_PREFERENCE.find((k) => reasons.includes(k)) ?? null);
  // an Instagram follow request comes to a private account: "follow my public posts instead" would contradict the refusal
  const offerFits = platform !== "other" && !(platform === "instagram" && offerKey !== "no_personal_note");
  const offer = offerKey && offerFits ? pick(voice.offers[offerKey], seed, "offer", variant) : "";
  const closings = personal ? voice.closings.filter((c) => !WORK_WISH_RE.test(c)) : voice.closings;
  const closing = closings.length ? pick(closings, seed, "closing", variant) : "";
  const signOff = signature ? `${pick(voice.signOffs, seed, "signoff", variant)}\n${signature}` : "";

  const compose = (parts: { offer: boolean; closing: boolean }): string => {
    if (tone === "brief") {
      const body = [words.opening(who, thanks, false), ...reasonSentences, parts.offer ? offer : ""].filter(Boolean).join(" ");
      return signature ? `${body}\n${signature}` : body;
    }
    let body = [thanks, ...reasonSentences, parts.offer ? offer : ""].filter(Boolean).join(" ");
    if (words.lowercaseAfterGreeting && greeting.endsWith(",")) body = body.charAt(0).toLowerCase() + body.slice(1);
    const paragraphs = [greeting, body, parts.closing ? closing : "", signOff];
    return paragraphs.filter(Boolean).join("\n\n");
  };

  let text = compose({ offer: true, closing: true });
  if (text.length > limit) text = compose({ offer: false, closing: true });
  if (text.length > limit) text = compose({ offer: false, closing: false });
  const shortTone = words.shortTone(tone);
  const shortThanks = pick(words.voice(shortTone, platform, address, region).thanks, seed, "short-thanks", variant).replace("{request}", words.requestNoun(requestPlatform, shortTone, address, region));
  const short = shortVersion({
    head: words.opening({ ...who, tone: shortTone }, shortThanks, true),
    reasonSentences,
    reasons,
    shortReasons: voice.shortReasons,
    vars,
    fallbacks,
    signature,
  });
  if (text.length > limit) text = short;

  const draft: DeclineDraft = { text, short, platformLimit: limit, tone, variant, language };
  if (reasonLanguageFallback) draft.reasonLanguageFallback = true;
  return draft;
}

/** At most 300 characters: greeting and thanks first, then each reason (the user's words when they fit), then the signature. */
function shortVersion(o: {
  head: string;
  reasonSentences: string[];
  reasons: ReasonKey[];
  shortReasons: Record<ReasonKey, string>;
  vars: Parameters<typeof fillTemplate>[1];
  fallbacks: TemplateFallbacks;
  signature: string | null;
}): string {
  const sign = o.signature ? ` – ${o.signature}` : "";
  const build = (sentences: string[], withSign: boolean) => [o.head, ...sentences].join(" ") + (withSign ? sign : "");
  let sentences = [...o.reasonSentences];
  let out = build(sentences, true);
  // swap the longest own sentences for the short defaults until it fits
  for (let i = 0; out.length > SHORT_LIMIT && i < sentences.length; i++) {
    const longest = sentences.reduce((best, s, j) => (s.length > (sentences[best] ?? "").length ? j : best), 0);
    const key = o.reasons[longest];
    if (!key) break;
    sentences = sentences.map((s, j) => (j === longest ? ensureSentence(fillTemplate(o.shortReasons[key], o.vars, o.fallbacks)) : s));
    out = build(sentences, true);
  }
  if (out.length > SHORT_LIMIT) out = build(sentences, false);
  return truncateWords(out, SHORT_LIMIT);
}
