// Which of the five languages a request is written in, from the person's own words (the
// headline and the note, never the platform's interface text), with `eld` (Nito-ELD,
// n-gram detector, extra-small database restricted to en/es/de/fr/pt). The detector is
// loaded on first use only, and clear English text never needs it: most requests are
// answered by a count of function words, which keeps the command line fast. Where eld
// cannot be loaded (the browser's live example), the count of function words decides.
import { isLanguage, LANGUAGES, type Language } from "./lang";
import type { ParsedRequest } from "./schema";

export type DetectedLanguage = Language | "und";

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
  setLanguageSubset(langs: string[] | false): unknown;
}

/**
 * Languages the detector also weighs, so that a text in one of them is not taken for the
 * nearest of the five (Catalan for Spanish, Dutch for German): read, never answered in,
 * reported as "und". eld's extra-small database knows all six.
 */
const READ_ONLY_LANGUAGES = ["it", "nl", "pl", "sv", "tr", "ca"] as const;

let detector: Eld | null | undefined;
function eld(): Eld | null {
  if (detector === undefined) {
    detector = loadEld();
    detector?.setLanguageSubset([...LANGUAGES, ...READ_ONLY_LANGUAGES]);
  }
  return detector;
}

/** Whether the detector has been loaded (plain English requests never load it). */
export function detectorLoaded(): boolean {
  return !!detector;
}

type NodeModules = {
  fs: { existsSync(p: string): boolean };
  path: { join(...p: string[]): string; dirname(p: string): string };
  module: { createRequire(from: string): (id: string) => unknown };
};

/**
 * eld takes about 0.3 s to load its n-grams, more than the command line's whole budget
 * for thousands of English requests, so it is required on first use, not imported. It
 * publishes ES modules under the "import" condition only, so its entry file is required
 * by path (Node ≥ 20.19 loads ES modules synchronously), from the nearest node_modules.
 * Node's modules are reached through `process.getBuiltinModule`, which bundlers leave
 * alone: in a browser there is none, and null is returned.
 */
function loadEld(): Eld | null {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; cwd?: () => string } }).process;
  if (!get?.getBuiltinModule || !get.cwd) return null;
  const node = { fs: get.getBuiltinModule("fs"), path: get.getBuiltinModule("path"), module: get.getBuiltinModule("module") } as NodeModules;
  const entry = node.path.join("node_modules", "eld", "src", "entries", "static.extrasmall.js");
  for (let dir = get.cwd(); ; dir = node.path.dirname(dir)) {
    const file = node.path.join(dir, entry);
    if (node.fs.existsSync(file)) return (node.module.createRequire(file)(file) as { eld: Eld }).eld;
    if (node.path.dirname(dir) === dir) return null;
  }
}

/** The best language must lead the second by this much (eld's scores are 0..1) to be reported. */
const MIN_MARGIN = 0.03;
/** A headline alone (no sentence) must be clearer still, else the request falls back. */
const MIN_HEADLINE_MARGIN = 0.08;

// Function words. A text with none of the other languages' and no letter foreign to English
// is read as English without the detector; so is one rich in English ones.
const EN_WORDS = new Set(
  "the and you your you're i'm i'd i've to of my with would for is at on we it this that be are have was our from about love like thanks thank hi hello great just really will can what how when been who which".split(" "),
);
const FUNCTION_WORDS: Record<Exclude<Language, "en">, string[]> = {
  es: "el los las que y una por con para muy gracias hola del pero como desde tambien también saludos encantado encantada gustaria gustaría quisiera estoy soy tu mi en más está".split(" "),
  de: "der das und ich sie mit zu von auf ist nicht ein eine dich mich mir dir wir uns gerne bei hallo danke ihr ihnen auch noch sehr oder aber bin bitte vielen für über schön".split(" "),
  fr: "le les des et je vous une pour avec est sur dans au du votre notre merci bonjour salut chez pas mais bien nous aussi j'ai c'est très été".split(" "),
  pt: "os um uma com seu sua meu minha oi obrigado obrigada muito gostaria abraço sou estou na você não olá também".split(" "),
};
/**
 * Words of the read-only languages (it/nl/pl/sv/tr/ca) that English never uses: a text holding
 * one is not plainly English, and the detector, which knows those languages, reads it
 * ("Hoi Thijs, lang geleden! … toen ik nog bij BAM zat" is Dutch, so "und"). They count
 * as another language's evidence, never towards one of the five.
 */
const READ_ONLY_WORDS =
  "sono ciao grazie delle molto anche questo questa vorrei piacere buongiorno essere stato cosa mio tuo gli sul sulla " +
  "ik het een niet naar ook maar wij jij jou jullie zijn hebben heb graag bedankt groeten hoi leuk bij voor zou kunnen samen " +
  "nie tak czy dla jestem bardzo dobry pozdrawiam witam prosze mnie moje " +
  "jag och att det inte hej kan har vara eller vill trevligt " +
  "merhaba bir ile selam olarak sizinle seninle icin cok tesekkurler " +
  "amb teu meu vaig fins doncs perque gracies tambe aquest aquesta";
const OTHER_WORDS = new Set([...Object.values(FUNCTION_WORDS).flat(), ...READ_ONLY_WORDS.split(" ")]);
const WORD_RE = /[\p{L}']+/gu;
// (and Latin Extended-A, which English never writes: Polish "ł ś ż ą ę", Turkish "ı ş ğ")
const NON_ENGLISH_LETTER = /[à-öø-ÿœßĀ-ſ]/i;

function evidence(text: string): { en: number; other: number } {
  let en = 0;
  let other = 0;
  for (const w of text.toLowerCase().match(WORD_RE) ?? []) {
    if (EN_WORDS.has(w)) en++;
    else if (OTHER_WORDS.has(w)) other++;
  }
  return { en, other };
}

/** one scan for any of the other languages' words: most English texts hold none, and need no counting */
const OTHER_RE = new RegExp(`\\b(?:${[...OTHER_WORDS].filter((w) => /^[a-z']+$/.test(w)).join("|")})\\b`);

function plainlyEnglish(text: string): boolean {
  if (NON_ENGLISH_LETTER.test(text)) return false;
  // (no word of any language's own: "Gewinnspiel ALDI 500€ Gutschein Jetzt teilnehmen" is no English for that; the detector reads it)
  if (!OTHER_RE.test(text.toLowerCase())) return evidence(text).en >= 1;
  const e = evidence(text);
  return e.en >= 5 && e.en >= 5 * e.other;
}
const foreignEvidence = (text: string) => NON_ENGLISH_LETTER.test(text) || OTHER_RE.test(text.toLowerCase());

const LATIN_LETTER_RE = /[a-zà-öø-ÿœß]/gi;
const ANY_LETTER_RE = /\p{L}/gu;
/** Whether most letters are Latin ones, as in all five languages. */
function mostlyLatin(t: string): boolean {
  const sample = t.length > 400 ? t.slice(0, 400) : t;
  const latin = sample.match(LATIN_LETTER_RE)?.length ?? 0;
  return latin >= 0.7 * (sample.match(ANY_LETTER_RE)?.length ?? 0) && latin > 0;
}

/** The language of a text, or "und" when the detector is unsure (the best score does not lead the next by `minMargin`). */
export function detectLanguage(text: string, minMargin = MIN_MARGIN): DetectedLanguage {
  // The detector loads once and stays: an answer never changes for the same text and margin.
  const key = `${minMargin}\u0000${text}`;
  const known = recentDetections.get(key);
  if (known) return known;
  const detected = detectUncached(text, minMargin);
  if (recentDetections.size >= RECENT_DETECTIONS) recentDetections.delete(recentDetections.keys().next().value!);
  recentDetections.set(key, detected);
  return detected;
}

/**
 * The last few answers. The app asks twice of each request (for the draft's language,
 * then in the engine): detection is pure, and the second answer is the first.
 */
const recentDetections = new Map<string, DetectedLanguage>();
const RECENT_DETECTIONS = 8;

function detectUncached(text: string, minMargin: number): DetectedLanguage {
  const t = text.trim();
  if (!t) return "und";
  if (plainlyEnglish(t)) return "en";
  if (!mostlyLatin(t)) return "und"; // none of the five: no need to ask
  const detector = eld();
  if (!detector) return voteOfFunctionWords(t);
  const r = detector.detect(t.length > 400 ? t.slice(0, 400) : t);
  // a read-only language leads: none of the five
  if (!isLanguage(r.language)) return "und";
  // one of the five leads: its margin over the next of the five, exactly as when the detector knew only those
  const scores = Object.entries(r.getScores())
    .filter(([l]) => isLanguage(l))
    .map(([, s]) => s)
    .sort((a, b) => b - a);
  if (!r.isReliable() || (scores.length > 1 && scores[0]! - scores[1]! < minMargin)) return "und";
  return r.language;
}

/** Without the detector: the language with the most function words, by a clear lead. */
function voteOfFunctionWords(text: string): DetectedLanguage {
  const counts = new Map<Language, number>([["en", 0]]);
  for (const w of text.toLowerCase().match(WORD_RE) ?? []) {
    if (EN_WORDS.has(w)) counts.set("en", counts.get("en")! + 1);
    for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [Language, string[]][]) if (words.includes(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]!;
  const second = ranked[1]?.[1] ?? 0;
  return best[1] >= 2 && best[1] > second ? best[0] : "und";
}

function countWords(s: string | null): number {
  return s ? (s.match(WORD_RE) ?? []).length : 0;
}

/** Links, e-mail addresses, handles and numbers say nothing of a language (a bare link reads as Portuguese to the detector). */
const NOT_WORDS_RE = /\b(?:https?:\/\/|www\.)\S*|\S+@\S+|@\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|br|es|de|fr|pt|me|ly|gl|be|info|biz)\b\S*|[#\d]\S*/gi;
const words = (s: string | null): string | null => (s && /[/@.#\d]/.test(s) ? s.replace(NOT_WORDS_RE, " ") : s);

export interface RequestLanguage {
  /** what the person wrote in: a language, "und" when unsure, or the fallback for text too short to tell */
  detected: DetectedLanguage;
  /** how `detected` was found: from a note, from the headline alone, or the fallback for text with no sentence */
  source: "text" | "headline" | "fallback";
  /** the language of the draft: the request's `language`, else the profile's, else the detected one, else English */
  draft: Language;
}

/**
 * The request's language, and its draft's (contract v2). A note of three words or more is
 * a sentence: the detector reads it with the headline. Without one, a headline that shows
 * another language is read alone, and must be clear; anything shorter or less clear falls back to the profile's language, else
 * the request's `language`, else the language of the interface around it, else English, and never fails.
 */
export function requestLanguage(
  parsed: Pick<ParsedRequest, "headline" | "note">,
  requested?: Language | null,
  profileLanguage?: Language | null,
  /** the language of the platform's own words ("Ignorar / Aceptar") around the request; asked only when needed */
  interfaceLanguage: () => Language | null = () => null,
): RequestLanguage {
  const fallbackOf = (): Language => profileLanguage ?? requested ?? interfaceLanguage() ?? "en";
  /** English job words fill headlines and bios in every language: a non-English interface outweighs them. */
  const orInterface = (d: DetectedLanguage): DetectedLanguage => {
    if (d !== "en") return d;
    const u = interfaceLanguage();
    return u && u !== "en" ? u : d;
  };
  const note = words(parsed.note);
  const headline = words(parsed.headline);
  let detected: DetectedLanguage;
  let source: RequestLanguage["source"];
  if (countWords(note) >= 3 || (!note && countWords(headline) >= 6 && /[,.!?]/.test(headline!))) {
    // a note, or a "headline" that is a sentence (a note the parser could not tell apart)
    detected = detectLanguage([note, headline].filter(Boolean).join("\n"));
    source = "text";
    // a bio with no note ("Backend-Entwickler aus Hamburg. Kaffee & Open Source."): English-looking words weigh less than a German interface
    if (!note && detected === "en" && (foreignEvidence(headline!) || evidence(headline!).en === 0)) detected = orInterface(detected);
  } else if (countWords(headline) >= 2 && foreignEvidence(headline!)) {
    // a headline alone is read only when it shows another language's words or letters
    // "Senior … | Executive Search bei Kienbaum" on a German screen is German
    const h = orInterface(detectLanguage([headline, note].filter(Boolean).join("\n"), MIN_HEADLINE_MARGIN));
    detected = h === "und" ? fallbackOf() : h;
    source = h === "und" ? "fallback" : "headline";
  } else {
    detected = fallbackOf();
    source = "fallback";
  }
  const draft = requested ?? profileLanguage ?? (isLanguage(detected) ? detected : "en");
  return { detected, source, draft };
}
