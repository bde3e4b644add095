// The registry of languages, and the matchers the engine builds from them. Adding a
// language: write `<code>.ts` satisfying `LanguagePack`, add it to LANGUAGES (types.ts)
// and to PACKS below; the engine reads everything else from here.
import { foldWithMap, memoize } from "../text";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { pt } from "./pt";
import { READING_LANGUAGES, READING_PACKS, roleTermForms } from "./read-only";
import { LANGUAGES, type Language, type LanguagePack, type ScamKey } from "./types";

export { LANGUAGES, type Address, type Language, type LanguagePack, type DraftVoice, type ScamKey, type OfferKey } from "./types";

export const PACKS: Record<Language, LanguagePack> = { en, es, de, fr, pt };

export function isLanguage(x: unknown): x is Language {
  return typeof x === "string" && (LANGUAGES as readonly string[]).includes(x);
}

/**
 * The languages whose cues are read for a text: English and the detected language, or
 * every language when none was detected. English text is read exactly as before. Every
 * language's also brings the read-only languages' meeting and scam cues (./read-only.ts).
 */
export function cueLanguages(detected: string | null | undefined): readonly Language[] {
  if (detected === "en") return ONLY_EN;
  if (isLanguage(detected)) return [...ONLY_EN, detected];
  return LANGUAGES;
}
const ONLY_EN: readonly Language[] = ["en"];
const key = (langs: readonly Language[]) => langs.join(",");
/**
 * The key of every language (`cueLanguages` of a text in none of the five): the only one
 * that also reads the read-only languages' cues (./read-only.ts: Italian, Dutch, Polish,
 * Swedish, Turkish, Catalan).
 */
const ALL_KEY = key(LANGUAGES);

// ---------------------------------------------------------------------------
// Roles

/**
 * family → every language's terms for it; English first, so English matching finds what it found before,
 * then the five languages', then the read-only languages' (./read-only.ts), which headlines may show whatever
 * the request's language
 */
export const ALL_ROLE_FAMILIES: Record<string, string[]> = (() => {
  const out: Record<string, string[]> = {};
  for (const lang of LANGUAGES) {
    for (const [family, terms] of Object.entries(PACKS[lang].roles)) (out[family] ??= []).push(...terms);
  }
  for (const lang of READING_LANGUAGES) {
    for (const [family, terms] of Object.entries(READING_PACKS[lang].roles)) (out[family] ??= []).push(...terms.flatMap(roleTermForms));
  }
  for (const family of Object.keys(out)) out[family] = [...new Set(out[family])];
  return out;
})();

/** The blocked kind of role in a language's plain words ("recruiter" → "profesionales del reclutamiento"), or null. */
export function roleWords(lang: Language, family: string | null | undefined): string | null {
  return family ? (PACKS[lang].draft.roleWords[family.toLowerCase()] ?? null) : null;
}

// ---------------------------------------------------------------------------
// Notes: meeting cues, stock phrases, self-description

export interface MeetingRegExps {
  online: RegExp;
  inPerson: RegExp;
  onlineEvent: RegExp;
}

/** Places online that every language names alike: "on r/france", "sur Discord", "im Slack", "no Twitch". */
// (and online games, whose names need no translation: "in derselben Fortnite-Squad")
const ONLINE_PLACES = String.raw`\b(?:reddit|subreddit|r\/[a-z0-9_]{2,}|discord|slack|twitch|mastodon|bluesky|youtube|stack ?overflow|github|clubhouse|fortnite|minecraft|roblox|league of legends|valorant|call of duty|warzone|overwatch|apex legends|counter-strike|world of warcraft|xbox live|playstation network|steam)\b`;

const meetingFor = memoize((k: string): MeetingRegExps => {
  const packs = k.split(",").map((l) => PACKS[l as Language]);
  // a text in none of the five languages: the read-only languages' cues too, after the five's
  const reading = k === ALL_KEY ? READING_LANGUAGES.map((l) => READING_PACKS[l].meeting) : [];
  const join = (part: "online" | "inPerson" | "onlineEvent") =>
    [...packs.flatMap((p) => p.meeting[part]), ...(part === "onlineEvent" ? [] : reading.flatMap((m) => m[part]))].join("|");
  return { online: new RegExp(`${join("online")}|${ONLINE_PLACES}`, "u"), inPerson: new RegExp(join("inPerson"), "u"), onlineEvent: new RegExp(join("onlineEvent"), "gu") };
}, 64);

export const meetingRegExps = (langs: readonly Language[]): MeetingRegExps => meetingFor(key(langs));

const stockFor = memoize((k: string): RegExp[] => k.split(",").flatMap((l) => [...PACKS[l as Language].stockPhrases]), 64);
export const stockPhrases = (langs: readonly Language[]): RegExp[] => stockFor(key(langs));

const selfFor = memoize((k: string): RegExp => new RegExp(k.split(",").map((l) => PACKS[l as Language].selfDescription).join("|"), "u"), 64);
const pitchFor = memoize((k: string): RegExp | null => {
  const src = k.split(",").map((l) => PACKS[l as Language].salesPitch).filter(Boolean);
  return src.length ? new RegExp(src.join("|"), "u") : null;
}, 64);
/** Phrases of a note that pitch a product or a service (folded text), in these languages: the person sells. */
export const salesPitch = (langs: readonly Language[]): RegExp | null => pitchFor(key(langs));

/** Words right before a role in a note that say the person does it ("i'm a", "soy", "ich bin"). */
export const selfDescription = (langs: readonly Language[]): RegExp => selfFor(key(langs));

/**
 * A line holding a sentence word of any language beyond English ("ich", "vous", "você"):
 * a note, not a headline. Case-sensitive, whole words in any script.
 */
export const SENTENCE_WORDS_RE: RegExp = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:${LANGUAGES.map((l) => PACKS[l].sentenceWords).filter(Boolean).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);

/** The other languages' words before a company in a note: the person works there, or left it (folded text). */
export const EMPLOYMENT_RE = {
  current: new RegExp(LANGUAGES.map((l) => PACKS[l].employment?.current).filter(Boolean).join("|"), "u"),
  past: new RegExp(LANGUAGES.map((l) => PACKS[l].employment?.past).filter(Boolean).join("|"), "u"),
};

// ---------------------------------------------------------------------------
// Scam and bot cues in languages other than English (English's live in spam.ts)

interface ScamCue {
  key: ScamKey;
  all: RegExp;
}
interface ScamCues {
  cues: ScamCue[];
  /** one scan that clears the many texts holding none of the cues */
  any: RegExp | null;
}
function compileScamCues(langs: readonly Language[], reading: readonly (keyof typeof READING_PACKS)[] = []): ScamCues {
  const sources = [...langs.map((lang) => PACKS[lang].scam), ...reading.map((lang) => READING_PACKS[lang].scam)];
  const cues = sources.flatMap((scam) => Object.entries(scam).map(([k, src]) => ({ key: k as ScamKey, all: new RegExp(src, "gu") })));
  return { cues, any: cues.length ? new RegExp(cues.map((c) => `(?:${c.all.source})`).join("|"), "u") : null };
}
/**
 * Compiled on first use: English text never reads the other languages' cues. A text in none of
 * the five ("*") reads every language's, the read-only languages' (./read-only.ts) included.
 */
const scamCuesOf = memoize((lang: string): ScamCues => (lang === "*" ? compileScamCues(LANGUAGES, READING_LANGUAGES) : compileScamCues([lang as Language])), 16);

export interface CueWeight {
  key: string;
  label: string;
  weight: number;
}

/**
 * The scam cues of the text's language (every language's when it is unknown or the text too
 * short to tell; none for English, whose cues are spam.ts's own), as platform signals with the weight and label of
 * the English signal of the same key. A cue of a key already found (in `found`) or found
 * twice counts for `extraFactor` of the weight, up to `maxHits` per key.
 */
/** Words right before a cue that say there is none of it (folded text). */
// (not "no": Portuguese's "in the", as in "clica no link da bio")
const NEGATED_RE = /(?:^|\s)(?:ohne|kein|keine|keinerlei|sin|sans|aucun|aucune|sem|nenhum|nenhuma|without|free of)\s+$/;

export function scamCueSignals(
  text: string,
  language: string | undefined,
  weights: readonly CueWeight[],
  found: readonly { signal: { key: string } }[],
  extraFactor = 0.5,
  maxHits = 3,
): { weight: number; signal: { key: string; label: string; evidence: string } }[] {
  if (language === "en") return [];
  const set = scamCuesOf(isLanguage(language) ? language : "*");
  if (!set.any) return [];
  const hay = foldWithMap(text.length > 5000 ? text.slice(0, 5000) : text);
  if (!set.any.test(hay.folded)) return [];
  const out: { weight: number; signal: { key: string; label: string; evidence: string } }[] = [];
  const count = new Map<string, number>();
  for (const f of found) count.set(f.signal.key, (count.get(f.signal.key) ?? 0) + 1);
  for (const cue of set.cues) {
    const w = weights.find((x) => x.key === cue.key);
    if (!w) continue;
    cue.all.lastIndex = 0;
    for (let m = cue.all.exec(hay.folded); m; m = cue.all.exec(hay.folded)) {
      if (m[0].length === 0) {
        cue.all.lastIndex++;
        continue;
      }
      const n = count.get(cue.key) ?? 0;
      if (n >= maxHits) break;
      // "ohne Teilnahmegebühr", "sin coste", "sans frais": a cue said to be absent is none
      if (NEGATED_RE.test(hay.folded.slice(Math.max(0, m.index - 14), m.index))) continue;
      const evidence = hay.slice(m.index, m.index + m[0].length).trim();
      if (out.some((o) => o.signal.key === cue.key && o.signal.evidence.toLowerCase() === evidence.toLowerCase())) continue;
      count.set(cue.key, n + 1);
      out.push({ weight: w.weight * (n === 0 ? 1 : extraFactor), signal: { key: cue.key, label: w.label, evidence } });
    }
  }
  return out;
}

/** The languages the spam model learned from (the SMS and YouTube corpora are English). */
const MODEL_LANGUAGES: readonly string[] = ["en"];
/** The most the model may add towards "spam" for a text in a language it never saw: below any threshold, so only a platform cue can make it spam. */
const FOREIGN_MODEL_CAP = -1;
/**
 * The most it may take away: its "not spam" for Spanish is as much noise as its "spam",
 * and at -3 (the floor for English) it cancelled two scam cues together. At -2 one cue of
 * weight 2 alone still does not make a request "ignore"; two cues do.
 */
const FOREIGN_MODEL_FLOOR = -2;

/**
 * The text model's vote for a text in `language`: unchanged for the languages it learned
 * (and for text of unknown language); held between FOREIGN_MODEL_FLOOR and
 * FOREIGN_MODEL_CAP for the others, whose words it reads as noise.
 */
export function modelVote(margin: number, language: string | undefined): number {
  return !language || language === "und" || MODEL_LANGUAGES.includes(language) ? margin : Math.max(FOREIGN_MODEL_FLOOR, Math.min(margin, FOREIGN_MODEL_CAP));
}

// ---------------------------------------------------------------------------
// Grace check

export interface GraceRegExps {
  hurtful: RegExp;
  sarcasm: RegExp;
  apology: RegExp;
  strongApology: RegExp;
  falsePromise: RegExp;
  thanks: RegExp;
  preachy: RegExp;
}

/** Whole words in any script: `\b` only knows ASCII letters. */
const word = (src: string) => `(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`;

/** A language's grace-check expressions (global, case-insensitive). English keeps its original flags. */
export const graceRegExps = memoize((lang: string): GraceRegExps => {
  const g = PACKS[lang as Language].grace;
  if (lang === "en") {
    return {
      hurtful: new RegExp(g.hurtful, "gi"),
      sarcasm: new RegExp(g.sarcasm, "giu"),
      apology: new RegExp(g.apology, "gi"),
      strongApology: new RegExp(g.strongApology, "i"),
      falsePromise: new RegExp(g.falsePromise, "i"),
      thanks: new RegExp(g.thanks, "i"),
      preachy: new RegExp(g.preachy, "i"),
    };
  }
  const re = (src: string, flags: string) => new RegExp(word(src), flags);
  return {
    hurtful: re(g.hurtful, "giu"),
    sarcasm: re(g.sarcasm, "giu"),
    apology: re(g.apology, "giu"),
    strongApology: re(g.strongApology, "iu"),
    falsePromise: re(g.falsePromise, "iu"),
    thanks: re(g.thanks, "iu"),
    preachy: re(g.preachy, "iu"),
  };
}, 16);
