// Every platform's interface vocabulary compiled once into the expressions the parser
// and the page splitter use. The vocabularies themselves live one file per platform
// (linkedin.ts, facebook.ts, instagram.ts, x.ts, email.ts); this file only joins them.
import { escapeRegExp } from "../text";
import { EMAIL, EMAIL_HEADER_NAMES } from "./email";
import { FACEBOOK } from "./facebook";
import { INSTAGRAM } from "./instagram";
import { LINKEDIN } from "./linkedin";
import type { SurfaceVocabulary, SurfaceWords } from "./types";
import { X_SURFACE } from "./x";

export type { SurfaceLanguage, SurfaceVocabulary, SurfaceWords } from "./types";
export { LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE, EMAIL };

export const SURFACES: readonly SurfaceVocabulary[] = [LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE, EMAIL];

function collect(key: keyof SurfaceWords, surfaces: readonly SurfaceVocabulary[] = SURFACES): string[] {
  const out = new Set<string>();
  for (const s of surfaces) for (const words of Object.values(s.words)) for (const p of words?.[key] ?? []) out.add(p.toLowerCase());
  return [...out];
}

/** A phrase as a pattern: "{n}" a number, "{x}" any short text, any apostrophe, any run of spaces. */
function phrasePattern(p: string): string {
  return p
    .split(/(\{n\}|\{x\})/)
    .map((part) => (part === "{n}" ? String.raw`\d[\d,.]*\+?` : part === "{x}" ? ".{1,80}?" : escapeRegExp(part).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+")))
    .join("");
}

function alternation(phrases: string[]): string {
  return phrases
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join("|");
}

const wholeLine = (phrases: string[]) => new RegExp(`^(?:${alternation(phrases)})[.!:]?$`, "iu");

const BUTTONS = collect("buttons");
const BADGES = collect("badges");

/** A line that is only buttons: "Accept", "Ignore · Accept", "Confirm Delete". */
export const BUTTON_LINE_RE = new RegExp(`^(?:(?:${alternation(BUTTONS)})(?:\\s*[|·•/]\\s*|\\s{1,3}|$))+$`, "iu");
const CHROME = collect("chrome");
// phrases that open with "{x}" make the engine try every length at every line: kept apart, tried only on lines with a digit
const CHROME_FIXED_RE = wholeLine(CHROME.filter((p) => !p.startsWith("{x}")));
const CHROME_WILD_RE = wholeLine(CHROME.filter((p) => p.startsWith("{x}")));
export const CHROME_LINE_RE = {
  test: (s: string): boolean => s.length <= 90 && (CHROME_FIXED_RE.test(s) || (/\d/.test(s) && CHROME_WILD_RE.test(s))),
};
/** First words of every button, chrome, badge and time phrase: a line opening with another word (and no digit) is none of them. */
export const INTERFACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...BUTTONS, ...CHROME, ...BADGES, "yesterday", "today", "just", "now", "active", "sent", "an", "a", "one", "hace", "vor", "il", "há", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    .map((p) => p.split(/\s+/)[0]!.replace(/[,.:]+$/, ""))
    .filter((w) => w && !w.startsWith("{")),
);
export const BADGE_LINE_RE = new RegExp(`^[·•|\\s]*(?:(?:${alternation(BADGES)})(?:\\s*[·•|,]\\s*|\\s+|$))+$`, "iu");
const STOCK = collect("stock");
const stockRe = (phrases: string[]) => new RegExp(`^(?:(?:hi|hello|dear|hey)\\s+[^\\s,]{1,30},?\\s*)?(?:${alternation(phrases)})[.!:]?$`, "iu");
const STOCK_FIXED_RE = stockRe(STOCK.filter((p) => !p.startsWith("{x}")));
const STOCK_WILD_RE = stockRe(STOCK.filter((p) => p.startsWith("{x}")));
/** The platforms' stock sentences; those that open with a name ("Jenn, please add me…") are tried only on lines with a comma. */
export const STOCK_LINE_RE = {
  test: (s: string): boolean => s.length <= 200 && (STOCK_FIXED_RE.test(s) || (s.includes(",") && STOCK_WILD_RE.test(s))),
};
const FOOTER_PHRASES = collect("footers", [LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE]);
const GENERIC_FOOTER_PHRASES = collect("footers", [EMAIL]);
/** The longest word of each phrase: a text holding none of them cannot hold the phrase, and includes() is cheap. */
const keyWords = (phrases: string[]) => [...new Set(phrases.map((p) => p.split(/[\s,.:]+/).sort((a, b) => b.length - a.length)[0]!.replace(/['’].*$/, "")))];
const FOOTER_KEYS = keyWords(FOOTER_PHRASES);
const GENERIC_FOOTER_KEYS = keyWords(GENERIC_FOOTER_PHRASES);
function holdsAny(text: string, keys: readonly string[]): boolean {
  const lower = text.toLowerCase();
  for (const k of keys) if (lower.includes(k)) return true;
  return false;
}
/** Cheap pre-tests for FOOTER_RE and GENERIC_FOOTER_RE over a whole paste. */
export const mayHoldFooter = (text: string) => holdsAny(text, FOOTER_KEYS);
export const mayHoldGenericFooter = (text: string) => holdsAny(text, GENERIC_FOOTER_KEYS);
export const FOOTER_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(collect("footers", [LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE]))})(?![\\p{L}])`, "iu");
/** Footers every sender shares ("Unsubscribe", "©"): interface only on an e-mail paste. */
export const GENERIC_FOOTER_RE = new RegExp(`(?:${alternation(collect("footers", [EMAIL]))})`, "iu");

/** Badges and degree after a name or a headline: "Marcus Lee • 2nd", "Ana Ruiz · Premium · 3rd+". */
export const TRAILING_BADGES_RE = new RegExp(`(?:\\s*[·•|]\\s*(?:${alternation(BADGES)}))+\\s*$|\\s+(?:1st|2nd|3rd\\+?)(?:\\s+degree(?:\\s+connection)?)?\\s*$`, "iu");
/** Pronouns shown beside a name: "(She/Her)", "(they/them)". */
export const PRONOUNS_RE = /\s*\((?:she|he|they|ze|xe|ella|er|sie|il|elle|ele)\s*\/\s*[^)]{1,20}\)|\s*[·•]\s*(?:she|he|they)\/(?:her|him|them|hers|his|theirs)\b/giu;

/** Relative and absolute times the interfaces print: "2h", "3 weeks ago", "Yesterday", "Mon, Nov 23, 4:15 PM (2 days ago)". */
export const TIME_LINE_RE =
  /^[·•\s]*(?:\d{1,3}\s?(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|sec|secs)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|yesterday|today|just now|now|active now|(?:sent|invited you|received|requested|followed you)\s+(?:\d{1,3}|an?|one) \w+ ago|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,\s+(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?)(?:,?\s+\d{4})?,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?(?:\s+\(.{1,30}\))?|\d{1,2}:\d\d\s?(?:am|pm)?|(?:hace|vor|il y a|há)\s+\d{1,3}\s+\p{L}+)\.?$/iu;
/** A relative time at the end of a line: "requested to follow you. 2h" */
export const TRAILING_TIME_RE = /[.,·•]?\s+(?:\d{1,3}\s?(?:s|m|h|d|w|y|min|mins|hr|hrs)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)\.?$/iu;

export const EMAIL_HEADER_RE = new RegExp(`^(?:${EMAIL_HEADER_NAMES.map(escapeRegExp).join("|")})\\s*:\\s*(.*)$`, "iu");
export const FORWARD_MARKER_RE = /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|mensaje reenviado|message transféré|mensagem encaminhada)\s*-{2,}|begin forwarded message:?|-{3,}\s*original message\s*-{3,}|on .{5,80} wrote:|am .{5,80} schrieb .{1,60}:)$/iu;
/** Lines that only draw: "......", "———", "____", "* * *". */
export const RULE_LINE_RE = /^[\s.·•*_=~\-–—─━|…]+$/u;
/** "[image: LinkedIn]" in Gmail's plain-text copy. */
export const IMAGE_PLACEHOLDER_RE = /\[(?:image|bild|imagen|photo):[^\]]*\]/giu;

/** Picture alt text and profile links that name the person: "Marcus Lee's profile picture", "View Marcus Lee’s profile", "Photo of Ana". */
export const PROFILE_PICTURE_RE =
  /^(?:view\s+|check out\s+|see\s+)?(.{2,60}?)['’]s?\s+(?:profile(?:\s+(?:picture|photo|image))?|photo|avatar|picture)(?:\s+on\s+(?:linkedin|facebook|instagram|x|twitter))?(?:\s*:?\s*(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com|facebook\.com|instagram\.com|x\.com|twitter\.com)\/\S*)?$|^(?:profile (?:picture|photo) of|photo of|view profile of|profilbild von|foto de perfil de|photo de profil de)\s+(.{2,60})$|^(?:profilbild|bild) (?:von )?(.{2,60})s?$/iu;
/** "Reply to Marcus", "Message Marcus": a button that names the person (their first name, usually). */
export const REPLY_TO_RE = /^(?:reply to|message|responder a|antworten an|répondre à|responder)\s+(.{2,60})$/iu;

const EVENTS = collect("events");
/** "Priya Raman wants to connect", "sam.porter requested to follow you. 2h": who, then the rest of the line. */
export const EVENT_RE = new RegExp(`^(.{1,80}?)\\s+(?:${alternation(EVENTS)})\\b[.!:]?\\s*(.*)$`, "iu");
/** The event with its subject on the line above: "requested to follow you. 2h" */
export const EVENT_ONLY_RE = new RegExp(`^(?:${alternation(EVENTS)})\\b[.!:]?(?:\\s*(?:\\d{1,3}\\s?[smhdwy]|\\d{1,3}\\s+\\w+\\s+ago))?\\.?$`, "iu");
/** Cheap pre-test for EVENT_RE. */
export const EVENT_HINT_RE = /connect|request|follow|message|friend|network|invit|waiting|add(?:ed)? you|kontakt|vernetz/i;

// ---------------------------------------------------------------------------
// Mutual connections in every form the interfaces print.

const PLURAL = alternation(collect("mutualPlural"));
const SINGULAR = alternation(collect("mutualSingular"));
const AND = alternation(collect("and"));
const OTHER = alternation(collect("other"));
const IS_A = alternation(collect("isA"));
const ARE = alternation(collect("are"));
const NUM = String.raw`(\d[\d,.]*)\s*\+?`;
const NOUN = `(?:${PLURAL}|${SINGULAR})`;
/** Names before the count: "Ana Ruiz", "Maksim Kuzmin, Nikita Feshchun" (no digits, no line break). */
const NAMES = String.raw`([^\n\d:]{1,120}?)`;
const LINE_START = String.raw`(?:^|[·•|]\s*|\bfollowed by\s+)`;

interface MutualForm {
  /** a cheap test the text must pass before the form is tried */
  hint?: RegExp;
  re: RegExp;
  count(m: RegExpMatchArray): number;
}

function countNames(s: string | undefined): number {
  if (!s) return 0;
  return s.split(new RegExp(`\\s*,\\s*(?:(?:${AND})\\s+)?|\\s+(?:${AND})\\s+`, "iu")).filter((x) => x.trim()).length;
}

const MUTUAL_FORMS: MutualForm[] = [
  { hint: /\b(?:no|not|keine)\s/i, re: /\bno (?:mutual|shared) (?:connections?|friends?|followers?|contacts?)\b|\bnot followed by anyone you(?:'|’)re following\b|\bkeine gemeinsamen kontakte\b/iu, count: () => 0 },
  // "Followed by ana.r, tom_b and 3 others", "Followed by Ana Ruiz and 12 others you follow"
  { hint: /followed by/i, re: new RegExp(String.raw`^[ \t·•]*followed by ${NAMES}\s*(?:,\s*)?(?:${AND}|\+)\s*${NUM}\s+(?:${OTHER})\b`, "imu"), count: (m) => countNames(m[1]) + toInt(m[2]) },
  // "Hannah Becker and 21 other mutual connections": the named person plus the others
  { hint: new RegExp(`\\s(?:${AND})\\s+\\d`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s*,?\s+(?:${AND})\s+${NUM}\s+(?:(?:${OTHER})\s+)?${NOUN}(?![\p{L}])`, "imu"), count: (m) => countNames(m[1]) + toInt(m[2]) },
  // "21 mutual connections", "1 mutual friend", "8 connections in common", "12 gemeinsame Kontakte"
  { re: new RegExp(String.raw`(?<![\p{L}\d])${NUM}\s*(?:(?:${OTHER})\s+)?${NOUN}(?![\p{L}])`, "iu"), count: (m) => toInt(m[1]) },
  // "Ana Ruiz and Tom Becker are mutual connections"
  { hint: new RegExp(`\\s(?:${ARE})\\s`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s+(?:${ARE})\s+(?:${PLURAL})(?![\p{L}])`, "imu"), count: (m) => Math.max(2, countNames(m[1])) },
  // "Hannah Becker is a mutual connection"
  { hint: new RegExp(`\\s(?:${IS_A})\\s`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s+(?:${IS_A})\s+(?:${SINGULAR})(?![\p{L}])`, "imu"), count: () => 1 },
  // "Followed by ana.r", "Followed by ana.r and tom_b", "Followed by ana.r, tom_b"
  { hint: /followed by/i, re: /^[ \t·•]*followed by ([\p{L}\p{N}._ ,&+'’-]{1,120}?)\s*$/imu, count: (m) => countNames(m[1]) },
];

const MUTUAL_HINT_RE = /mutual|common|shared|followed by|gemeinsam|comum|commun|común|you follow|you know/i;

function toInt(s: string | undefined): number {
  if (!s) return 0;
  const n = Number(s.replace(/[,.](?=\d{3}\b)/g, "").replace(/[^\d]/g, ""));
  return Number.isSafeInteger(n) ? n : 0;
}

/** The mutual-connection count the text shows, and the words that show it. */
export function findMutual(text: string): { count: number; evidence: string } | null {
  if (!MUTUAL_HINT_RE.test(text)) return null;
  for (const { hint, re, count } of MUTUAL_FORMS) {
    if (hint && !hint.test(text)) continue;
    const m = text.match(re);
    if (m) return { count: count(m), evidence: m[0].replace(/^[·•|\s]+/, "").trim() };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Links

const OWN_HOSTS = SURFACES.flatMap((s) => s.ownHosts ?? []);
const OWN_HOST_RE = new RegExp(`^(?:https?://)?(?:[a-z0-9-]+\\.)*(?:${OWN_HOSTS.map(escapeRegExp).join("|")})(?=[/?#:]|$)(\\S*)`, "i");
/**
 * The interface's own pages on those hosts: invitations, notifications, settings, help,
 * tracking redirects, and on LinkedIn profiles too. A Facebook page or group someone
 * links to is theirs, not the platform's.
 */
const OWN_PATH_RE = /^(?::\d+)?\/(?:comm|e|mynetwork|invitations?|people\/invite|in|notifications|psettings|settings|help|legal|privacy|policies|n|l\.php|friends|confirmemail|login|accounts|emails|_n|_u|about|i|account|messages)(?:[/?#.]|$)/i;

/** A link to a platform's own pages (an invitation, a profile, a tracking redirect): the platform's, not the person's. */
export function isPlatformLink(url: string): boolean {
  const m = url.trim().match(OWN_HOST_RE);
  if (!m) return false;
  const path = m[1] ?? "";
  return /(?:^|\.)(?:licdn\.com|lnkd\.in|twimg\.com|cdninstagram\.com)/i.test(url) || path === "" || path === "/" || OWN_PATH_RE.test(path);
}

/** A line that is only a link, or "Label: link", "Label <link>": an e-mail's call to action. */
export const LINK_LINE_RE = /^(?:[\p{L}'’ ]{1,40}[:\s]\s*)?<?(?:https?:\/\/|www\.)\S+>?$/iu;
/** Gmail writes a link after its text: "Accept <https://www.linkedin.com/comm/…>". */
export const ANGLE_LINK_RE = /\s*<(?:https?:\/\/|mailto:)[^<>\s]+>/giu;
