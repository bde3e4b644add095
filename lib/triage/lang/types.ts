// What every language module must provide. The engine (criteria.ts, draft.ts, grace.ts,
// the spam signals) holds no words of its own: it reads them from these modules, so a new
// language is one file satisfying `LanguagePack`, registered in ./index.ts.
import type { Language, Platform, ReasonKey, Tone } from "../schema";

export { LANGUAGES, type Language } from "../schema";

/** Reason keys that offer a way to stay in touch (a company policy offers none). */
export type OfferKey = "blocked_role" | "not_known_in_real_life" | "no_personal_note";

/** The platform signals a language module may add cues to (keys of spam.ts). */
export type ScamKey =
  | "spam.off_platform"
  | "spam.money_pitch"
  | "spam.crypto"
  | "spam.job_scam"
  | "spam.romance"
  | "spam.advance_fee"
  | "spam.phishing"
  | "spam.link_bait"
  | "spam.self_promotion"
  | "spam.fake_persona"
  | "spam.donation_appeal"
  | "spam.ambassador_pitch"
  | "spam.follower_selling"
  | "spam.adult"
  | "spam.wrong_number"
  | "spam.boss_fraud";

/**
 * The wording of one voice: a tone in one form of address (German "du" or "Sie", French
 * "tu" or "vous"...). `{request}` is the platform's noun for the request, `{roles}` the
 * blocked kind of role in plain words, `{platform}` the platform's name, `{firstName}`,
 * `{name}` and `{company}` as in the user's templates.
 */
export interface DraftVoice {
  /** each sentence thanks the person (the first sentence of a draft) */
  thanks: readonly string[];
  reasons: Record<ReasonKey, readonly string[]>;
  /** used in the 300-character version when the full sentence does not fit */
  shortReasons: Record<ReasonKey, string>;
  /** ways to stay in touch that hold for the reason */
  offers: Record<OfferKey, readonly string[]>;
  /** "" for none */
  closings: readonly string[];
  /** with the language's own punctuation ("Kind regards," but German "Viele Grüße") */
  signOffs: readonly string[];
  /** `{roles}` when the blocked kind of role has no wording in this language */
  rolesFallback: string;
  /** `{company}` when no company is known */
  companyFallback: string;
}

export interface GreetingInput {
  tone: Tone;
  platform: Platform;
  firstName: string | null;
  name: string | null;
  /** the form of address the person used in their note, when it is clear (see `addressOf`) */
  address?: Address | null;
}

/** A language's polite or familiar "you" (German "Sie" or "du", French "vous" or "tu"). */
export type Address = "formal" | "familiar";

/** A regional form of a language that its drafts can write in: European Portuguese. */
export type Region = "pt-PT";

export interface DraftLanguage {
  /** the voice for a tone on a platform (the form of address follows the platform's habits) */
  voice(tone: Tone, platform: Platform, address?: Address | null, region?: Region | null): DraftVoice;
  /** `{request}`: "invitation to connect", "solicitud de amistad"... */
  requestNoun(platform: Platform, tone: Tone, address?: Address | null, region?: Region | null): string;
  /**
   * The regional form the request is written in (its note and headline), when it shows:
   * a note from Lisbon ("a nossa equipa", "estou a trabalhar") is answered in European
   * Portuguese, not Brazilian. Languages with one written form leave it out.
   */
  regionOf?(text: string): Region | null;
  /**
   * The form of address the person's note uses ("Sie"/"du", "vous"/"tu"), when only one
   * shows: the draft answers in kind, a "vous" on X is not answered with "tu". Languages
   * with one form of address per tone leave it out.
   */
  addressOf?(note: string): Address | null;
  /** `{platform}`: the platform's name, or this language's words for "this platform" */
  platformName(platform: Platform): string;
  /** the greeting line of a full draft ("Hi Priya,", "Guten Tag Anna Weber,") */
  greeting(o: GreetingInput): string;
  /** the one-line opening of a brief draft (`short` false) and of the 300-character version: greeting and thanks */
  opening(o: GreetingInput, thanks: string, short: boolean): string;
  /** the tone whose thanks open the 300-character version */
  shortTone(tone: Tone): Tone;
  /** whether the body after a greeting ending in a comma starts in lower case (German letters) */
  lowercaseAfterGreeting: boolean;
  /** the engine's default sentence per reason, the user's editable starting point */
  defaultReasons: Record<ReasonKey, string>;
  /** "no personal note" said after another reason: "I also ask for a short personal note with every request" (two "I only…" in a row contradict each other) */
  alsoNoNote: string;
  /** the blocked kind of role in plain words, by family ("recruiter" → "recruiters") */
  roleWords: Record<string, string>;
}

/** Regular-expression sources; matched case-insensitively on text with accents removed (see text.ts `fold`) unless said otherwise. */
export interface LanguagePack {
  code: Language;
  /** the language's name in English and in itself */
  name: string;
  nativeName: string;
  /** role families (keys shared by every language: "recruiter", "sales"...) → how headlines name them, every gender and common spelling */
  roles: Record<string, readonly string[]>;
  /** words before a role in a note that say the person does it ("i'm a", "soy") */
  selfDescription: string;
  /**
   * Phrases of a note that pitch a product or a service to the user ("I help companies like
   * yours…", "me gustaría presentarte nuestra plataforma"): the person is selling, which a
   * blocked "sales" role covers even when the headline does not say so (folded text).
   */
  salesPitch?: string;
  /**
   * Words only a sentence holds in this language: a writer's pronouns, greetings, thanks
   * ("ich", "vous", "você", "Coucou"). A line with one is a note, not a headline. Raw text,
   * case-sensitive (write "[Jj]e"), so that "EU Policy" or "TU München" stay headlines.
   * English's live in parse.ts.
   */
  sentenceWords?: string;
  /**
   * Words right before a company in a note (folded text, each alternative ending the
   * text it is tested on): `current` says the person works there ("trabajo en"), `past`
   * that they left ("antes en"). English's live in criteria.ts.
   */
  employment?: { current: string; past: string };
  meeting: {
    /** the note says they met online (a thread, a post, a group, a chat) */
    online: readonly string[];
    /** the note says they met in person (a conference, work, school, a wedding) */
    inPerson: readonly string[];
    /** an in-person word made online ("virtual conference", "congreso virtual"): masked before the in-person cues are read */
    onlineEvent: readonly string[];
  };
  /** greetings, sign-offs and stock phrases: a note of nothing else is not personal (folded text, applied in order) */
  stockPhrases: readonly RegExp[];
  /** scam and bot cues per platform signal (folded text) */
  scam: Partial<Record<ScamKey, string>>;
  /** grace-check words (raw text, case-insensitive, Unicode) */
  grace: {
    hurtful: string;
    sarcasm: string;
    apology: string;
    strongApology: string;
    falsePromise: string;
    thanks: string;
    preachy: string;
  };
  draft: DraftLanguage;
}
