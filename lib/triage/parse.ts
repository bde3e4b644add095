// Reads a connection request the way people paste it: a LinkedIn invitation (the
// "My Network" card or the "wants to connect" e-mail), a Facebook friend request, an
// X follow or message request, an Instagram follow request, or plain free text.
//
// The layout is line-based on every platform: a header (name, headline or handle, a
// mutual-connection line), buttons and footers to ignore, and a note. The parser labels
// each line, so it copes with lines in any order, missing lines, HTML, emoji and other
// scripts, and never throws.
import { SENTENCE_WORDS_RE } from "./lang";
import { detectPlatform } from "./platforms";
import {
  ANGLE_LINK_RE,
  BADGE_LINE_RE,
  BUTTON_LINE_RE,
  CHROME_LINE_RE,
  EMAIL_HEADER_RE,
  EVENT_HINT_RE,
  EVENT_ONLY_RE,
  EVENT_RE,
  FOOTER_RE,
  FORWARD_MARKER_RE,
  PUSH_HEADER_RE,
  GENERIC_FOOTER_RE,
  IMAGE_PLACEHOLDER_RE,
  LINK_LINE_RE,
  PROFILE_PICTURE_RE,
  SALUTATION_WORDS,
  interfaceLanguage,
  PRONOUNS_RE,
  REPLY_TO_RE,
  REQUESTS_HEADING_RE,
  NOTICE_RE,
  NOTICE_LINE_RE,
  REPLY_MARKER_RE,
  RULE_LINE_RE,
  STOCK_LINE_RE,
  TIME_LINE_RE,
  TRAILING_BADGES_RE,
  TRAILING_TIME_RE,
  INTERFACE_FIRST_WORDS,
  findMutual,
  SHARE_SHEET_RE,
  mayHoldFooter,
  mayHoldGenericFooter,
  isOwnHost,
  isPlatformLink,
} from "./surfaces";
import { fold } from "./text";
import type { ParsedOverrides, ParsedRequest, Platform } from "./schema";

/** Parsing looks at the start of very long texts only; the header and note are always near the top. */
const MAX_PARSE_CHARS = 20_000;
const MAX_LINES = 400;

// ---------------------------------------------------------------------------
// HTML: people paste from e-mails and web pages.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", hellip: "…", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", middot: "·", bull: "•", ndash: "–", mdash: "—" };

// A tag is "<name", attributes, ">": "<priya@globex.com>" after a name is an address, not a tag.
const TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

export function htmlToText(s: string): string {
  if (!/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(s)) return s;
  return s
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    // e-mails lay out with tables and buttons: a cell, a row or a link next to a link is a line of its own
    .replace(/<(?:p|div|li|tr|td|th|table|h[1-6])\b[^>]*>/gi, "\n")
    .replace(/<\/a>\s*(?=<a\b)/gi, "</a>\n")
    .replace(/<\/(?:td|th|table)\s*>/gi, "\n")
    .replace(/<\/(?:p|div|li|tr|h[1-6]|section|article|header|footer|blockquote)\s*>/gi, "\n")
    .replace(TAG_RE, "")
    .replace(/&#(\d+);/g, (m, n: string) => safeCodePoint(Number(n)) ?? m)
    .replace(/&#x([\da-f]+);/gi, (m, n: string) => safeCodePoint(parseInt(n, 16)) ?? m)
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/**
 * What a paste loses on the way: a card flattened onto one line, its columns kept apart by
 * tabs ("Victor Alvarez\t\tSenior Technical Recruiter at Initech\t\t9 mutual connections") or by
 * nothing at all ("Priya RamanSenior Product Manager at Globex3 mutual connectionsIgnoreAccept"),
 * and Markdown's links. Each is put back on lines of its own. Used by the parser and the splitter.
 */
export function repairPaste(text: string): string {
  // Unicode's own line breaks are line breaks; its wide and non-breaking spaces are spaces
  let out = /[\u2028\u2029\u0085\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(text) ? text.replace(/[\u2028\u2029\u0085]/g, "\n").replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ") : text;
  // a notification copied as one line: its header, then the rest ("LinkedIn • ahora  Diego Fernández quiere conectar contigo · …")
  if (/[·•]/.test(out)) out = out.replace(PUSH_PREFIX_RE, "$1\n");
  if (out.includes("\t")) out = out.replace(/^.*\t.*$/gm, (line) => (tabbedCard(line) ? line.split(/\t+/).map((c) => c.trim()).filter(Boolean).join("\n") : line));
  if (/\p{L}\d/u.test(out)) out = out.replace(/^.{10,300}$/gmu, ungluedCard);
  // "[**Rosa Delgado**](https://www.facebook.com/rosa.delgado.77)": the words, and the address unless it is the platform's own
  // a word a screenshot's text broke over two lines: "Solicitudes de amis-" / "tad"
  if (out.includes("-\n")) out = out.replace(/(?<=\p{L}{2})-\n(?=\p{Ll}{2,}(?:[\s.,:·]|$))/gmu, "");
  if (out.includes("](")) out = out.replace(/\[([^\]\n]{1,160})\]\(((?:https?:\/\/|www\.)[^)\s]{1,300})\)/g, (_, words: string, url: string) => (isPlatformLink(url) || (isOwnHost(hostOf(url)) && looksLikeName(words.replace(/[*_]/g, ""))) ? words : `${words} ${url}`));
  return out;
}

const hostOf = (url: string): string => url.replace(/^[a-z]+:\/\//i, "").replace(/[/?#:].*$/, "").toLowerCase();

/** A line of a card's columns: a tab between them, and one of them the mutual count or the buttons. */
function tabbedCard(line: string): boolean {
  const cols = line.split(/\t+/).map((c) => c.trim()).filter(Boolean);
  return cols.length >= 2 && cols.some((c) => !!findMutual(c) || BUTTON_LINE_RE.test(c));
}

/** "Priya RamanSenior Product Manager at Globex3 mutual connectionsIgnoreAccept" → name, headline, count, buttons. */
function ungluedCard(line: string): string {
  // the count glued to the word before it ("Globex3 mutual"): the sign of a flattened card
  const glued = /\p{L}(?=\d{1,4}\s+\p{L})/gu;
  for (let g = glued.exec(line); g; g = glued.exec(line)) {
    const head = line.slice(0, g.index + 1);
    // and the buttons glued after it: "connectionsIgnoreAccept"
    const rest = line.slice(g.index + 1).replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ");
    const m = findMutual(rest);
    if (!m || !rest.startsWith(m.evidence) || m.evidence.includes("\n")) continue;
    const tail = rest.slice(m.evidence.length).trim();
    // the name glued to the headline: the first "aB" whose left part reads as a name
    const parts: string[] = [head];
    const join = /\p{Ll}(?=\p{Lu})/gu;
    for (let j = join.exec(head); j; j = join.exec(head)) {
      if (looksLikeName(head.slice(0, j.index + 1))) {
        parts.splice(0, 1, head.slice(0, j.index + 1), head.slice(j.index + 1));
        break;
      }
    }
    parts.push(m.evidence);
    if (tail) parts.push(tail);
    return parts.map((p) => p.trim()).filter(Boolean).join("\n");
  }
  return line;
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

// ---------------------------------------------------------------------------
// Things found anywhere in the text.

const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|biz|info|co|io|ly|me|tk|ru|xyz|us|uk|gl|to|tv|cc|link|site|online|club|shop|app|dev|ai|gg|be|store|live|top|vip|win|click|de|at|ch|es|fr|pt|br|mx|ar|cl|nl|eu|ie)\b(?:\/[^\s<>"'()]*)?/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE_RE = /(?<![\w.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/g;
const PHONE_RE = /(?<![\w+])\+?\d[\d\s().-]{5,18}\d(?!\w)/g;

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function findLinks(text: string): string[] {
  if (!/https?:|www\.|[a-z0-9]\.[a-z]{2}/i.test(text)) return [];
  const withoutEmails = text.includes("@") ? text.replace(EMAIL_RE, (m) => " ".repeat(m.length)) : text;
  return unique((withoutEmails.match(URL_RE) ?? []).map((u) => u.replace(/[.,;:!?)\]]+$/, "")).filter((u) => u.length > 3));
}

export function findEmails(text: string): string[] {
  return text.includes("@") ? unique(text.match(EMAIL_RE) ?? []) : [];
}

export function findPhones(text: string): string[] {
  const out: string[] = [];
  PHONE_RE.lastIndex = 0;
  // exec, not matchAll, which copies the expression on every call
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const digits = m[0].replace(/\D/g, "");
    // 7 to 15 digits (E.164), and not a plain year range or a number with thousands separators
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^\d{1,3}(?:,\d{3})+$/.test(m[0]) || /^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(m[0])) continue;
    out.push(m[0].trim());
  }
  return unique(out);
}

export function findHandles(text: string): string[] {
  const out = text.includes("@") ? [...text.replace(EMAIL_RE, (m) => " ".repeat(m.length)).matchAll(HANDLE_RE)].map((m) => `@${m[1]}`) : [];
  USERNAME_EVENT_RE.lastIndex = 0;
  for (let m = USERNAME_EVENT_RE.exec(text); m; m = USERNAME_EVENT_RE.exec(text)) if (m[1] && isUsername(m[1])) out.push(m[1]);
  return unique(out);
}

/** The mutual-connection count the text shows, in any form the platforms print (see surfaces/). */
export function findMutualConnections(text: string): { count: number; evidence: string } | null {
  return findMutual(text);
}

// ---------------------------------------------------------------------------
// Line labels. The platforms' own words are in surfaces/, one file per platform.

const USERNAME_EVENT_RE = /^([a-z0-9._]{2,30})\s+(?:requested to follow you|started following you|followed you|wants to follow you)/gim;

const ADDRESSED_RE = /^\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20})?,\s+(?=\p{L})/u;

/** A line made only of interface words: a button, page chrome, a badge or a time. */
function isInterfaceWords(s: string): boolean {
  if (s.length > 90) return false;
  // an e-mail's heading to the user by name: "Sabine, Ihre Einladungen warten auf eine Antwort", "Julien, vos invitations vous attendent"
  const addressed = s.includes(", ") ? ADDRESSED_RE.exec(s) : null;
  if (addressed && isInterfaceWords(s.slice(addressed[0].length)) && CHROME_LINE_RE.test(s.slice(addressed[0].length))) return true;
  // most lines open with a word no interface phrase opens with: skip the four scans
  if (!/\d/.test(s)) {
    const bare = s.charCodeAt(0) < 128 && /^[a-z#(….]/i.test(s) ? s : s.replace(/^[·•|\-–—\s¡¿]+/, "");
    const space = bare.indexOf(" ");
    const first = (space < 0 ? bare : bare.slice(0, space)).replace(/[,.:]+$/, "").toLowerCase();
    if (!INTERFACE_FIRST_WORDS.has(first) && !/^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(first)) return false;
  }
  return (s.length <= 70 && BUTTON_LINE_RE.test(s)) || CHROME_LINE_RE.test(s) || (s.length <= 70 && BADGE_LINE_RE.test(s)) || (s.length <= 60 && TIME_LINE_RE.test(s));
}

/** "Hi Jenn,", "Hola, Jenn:", "Bonjour Jenn,": an e-mail's or a note's salutation alone on a line (greetings of every language, surfaces/email.ts). */
// (an e-mail greets by username too: "Olá, carolprado_.")
const SALUTATION_RE = new RegExp(`^(?:${SALUTATION_WORDS})(?:\\s*,)?(?:\\s+[\\p{L}\\p{N}._'’-]+){0,3}\\s*[,!:.]?$`, "iu");
const SALUTATION_NAME_RE = new RegExp(`^(?:${SALUTATION_WORDS}),?\\s+([\\p{L}'’-]{2,30})`, "iu");
const GREETING_RE = /^(?:hi|hii+|hello|hallo|hey|heya|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|yo|salut|bonjour|bonsoir|coucou|hola|buenas|buen(?:os|as) (?:días|dias|tardes|noches)|ol[áa]|oi|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|servus|moin|ciao|namaste|sup|what'?s up|prezad[oa]s?|estimad[oa]s?|querid[oa]s?|caro|cara|cher|chère|chers|liebe[rs]?|sehr geehrte[rs]?)(?![\p{L}\p{N}])/iu;
// "im" is "I'm" typed fast only before English words: German's "im Vertrieb" is "in the"
const FIRST_PERSON_RE =
  /(?:^|[^\p{L}\p{N}'’])(?:i|i'm|i’m|i'd|i’d|i've|i’ve|i'll|i’ll|me|my|mine|we|we're|we’re|we've|our|us|let's|let’s)(?=$|[^\p{L}\p{N}'’])|(?:^|[^\p{L}\p{N}'’])im\s+(?:a|an|the|so|not|looking|interested|from|in|on|at|very|really|just|currently|working|trying|sure|glad|happy|here|new|also|going|based|reaching|a big)\b/iu;
const SECOND_PERSON_RE = /(?:^|[^\p{L}])(?:you|your|you're|you’re|u)(?=$|[^\p{L}])/iu;

const LOCATION_RE =
  /^(?:greater\s+)?[\p{L} .'-]{2,40}(?:\s(?:area|region|metropolitan area|metro|bay area))$|^greater\s+[\p{L} .'-]{2,40}$|^(?:united states|united kingdom|remote)$/iu;
/** "Austin, Texas", "Leeds, England, United Kingdom": names, capitalised (a note's "Hi Jenn, great chatting at the summit" is none). */
const LOCATION_PAIR_RE = /^\p{Lu}[\p{L} .'-]{1,39},\s*\p{Lu}[\p{L} .'-]{1,39}(?:,\s*(?:United States|United Kingdom|Canada|Australia|India|Germany|France|USA|UK))?$/u;

/** LinkedIn's places in the other four languages, and a city, region and country of any country: "Madrid y alrededores", "São Paulo, São Paulo, Brasil". */
const LOCATION_INTL_RE =
  /^(?:área metropolitana de|area metropolitana de|región de|comunidad de|gran|großraum|metropolregion|région de|région métropolitaine de|grande|região metropolitana de|região de)\s+[\p{L} .'-]{2,40}$|^[\p{L} .'-]{2,40}\s+(?:y alrededores|y área metropolitana|und umgebung|et périphérie|et sa région|e região|e arredores)$/iu;
const PLACE_PARTS_RE = /^\p{Lu}[\p{L} .'’-]{1,39},\s*\p{Lu}[\p{L} .'’-]{1,39},\s*\p{Lu}[\p{L} .'’-]{1,39}$/u;
/** A bio's line: parts, emoji or figures ("CRECI 123456-F · Zona Sul SP 🏙️", "📍 Lisboa | 🎧 DJ"). */
const BIO_LINE_RE = /[·•|]|\p{Extended_Pictographic}|\d/u;
/** Facebook's "Lives in" line, in the five languages: "Vive en Sevilla", "Wohnt in Leipzig", "Habite à Nantes", "Mora em Curitiba". */
const LIVES_IN_RE = /^(?:[Ll]ives in|[Vv]ive en|[Vv]ive em|[Ww]ohnt in|[Ll]ebt in|[Hh]abite à|[Hh]abite a|[Vv]it à|[Mm]ora em)\s+\p{Lu}[\p{L} .,'’-]{1,50}$/u;
/** "on Facebook.", "en Facebook.", "auf Facebook", "sur Facebook", "no Facebook": what an event line leaves. */
const ON_PLATFORM_RE = /^(?:on|en|no|na|auf|sur|in)\s+(?:facebook|instagram|linkedin|x|twitter|messenger)[.!]?$/i;
const isLocation = (t: string) => LOCATION_RE.test(t) || (LOCATION_PAIR_RE.test(t) && !GREETING_RE.test(t)) || LOCATION_INTL_RE.test(t) || PLACE_PARTS_RE.test(t) || LIVES_IN_RE.test(t);

const HONORIFICS = new Set(
  ("mr mrs ms miss mx dr doctor prof professor sir dame lord lady captain capt sgt sergeant lt lieutenant col colonel gen general maj major rev reverend fr father pastor hon eng engr adv sheikh rabbi imam admiral cmdr commander officer " +
    // the other four languages' titles: "Général David Miller", "Dra. Ana Ruiz", "Herr Dr. Weber"
    "général générale capitaine sergent docteur professeur monsieur madame mme mlle m " +
    "capitán capitan coronel sargento teniente doctora dra sr sra srta señor señora señorita ing ingeniero ingeniera lic licenciado licenciada profesor profesora " +
    "capitão capitao doutor doutora senhor senhora professora engenheiro engenheira engº eng.º engª eng.ª arq.º arq.ª arqº arqª profª prof.ª drª dr.ª ingenieur ingénieur " +
    // German and Austrian academic titles, and French "Maître": "Dr. med. Katrin Albers", "Mag. Dr. Verena Stöckl", "Dipl.-Ing. (FH) Uwe", "Me Claire Dubois"
    "med mag dipl dipl.-ing dipl-ing dr.-ing dr-ing dr.rer.nat rer nat phil habil h.c (fh) univ me " +
    "herr frau hauptmann oberst feldwebel").split(" "),
);

/** Words that show a line is a job title, not a name: "Senior Product Manager" is capitalised like a name. */
const TITLE_WORD_RE =
  /\b(?:manager|engineer|director|recruiter|recruiting|developer|designer|officer|consultant|specialist|analyst|founder|co-?founder|ceo|cto|cfo|coo|cmo|vp|president|head|lead|executive|representative|partner|associate|intern|student|editor|writer|marketing|sales|product|data|software|senior|junior|chief|architect|scientist|researcher|accountant|advisor|adviser|coach|mentor|owner|agent|realtor|broker|teacher|professor|nurse|doctor|lawyer|attorney|administrator|assistant|coordinator|strategist|operations|talent|acquisition|sourcer|trader|investor|entrepreneur|freelance|freelancer|photographer|artist|author|journalist|reporter|hr|it|ux|ui|qa|devops|team|group|inc|llc|ltd|corp|corporation|company|university|college|school|bank|capital|labs?|technologies|solutions|services|consulting|global|international)\b/i;

const PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "binti", "al", "el", "y", "e", "ter", "ten", "st.", "mc", "mac", "ibn", "ben", "bint", "zu"]);

function stripDecorations(s: string): string {
  let out = s.includes("/") ? s.replace(/\((?:he|she|they|ze|xe)\/[^)]*\)/gi, "") : s;
  if (/[^\x00-\x7f]/.test(out)) out = out.replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\uFE0F✓✔☑]/gu, "");
  return out.replace(/\s+/g, " ").trim();
}

/** A nickname in quotes between the names: Katharina „Kathi“ Oberhuber, Robert "Bob" Smith, Jean « Jeannot » Dupuis. */
const NICKNAME_RE = /\s[„“"«‘'‚]\s?[\p{Lu}][\p{L}'’.-]{0,20}\s?[“”"»’'‘]\s/u;

/** "Captain Richard Hayes", "Zoë Ångström", "María José García", "李明", "Mei Chen, PhD" — but not "Senior Product Manager". */
export function looksLikeName(line: string): boolean {
  if (line.length > 90) return false;
  let s = stripDecorations(line).replace(/,\s*(?:[A-Z][A-Za-z.]{1,6}\.?)(?:,\s*[A-Z][A-Za-z.]{1,6}\.?)*$/, "");
  if (s.includes(" ") && /[„“"«‘'‚]/.test(s)) s = s.replace(NICKNAME_RE, " ");
  // academic titles before the name: "Dr. med. Katrin Albers", "Mag. Dr. Verena Stöckl", "Dipl.-Ing. Uwe Schäfer"
  if (/^(?:Dr|Prof|Mag|Dipl|Ing|Eng|Arq)/.test(s)) s = s.replace(/^(?:(?:Dr|Prof|Mag|Dipl\.-Ing|Ing|Eng\.?[ºª]|Arq\.?[ºª]|Prof\.?ª|Dr\.?ª|med|rer\. nat|phil|habil|univ)\.?\s+)+(?=\p{Lu})/u, "");
  // a nickname or a maiden name in brackets: "Francisco Ruiz (Paco)", "Sophie Martin (Durand)"
  if (s.includes("(")) s = s.replace(/\s\(\p{Lu}[\p{L}'’.-]{0,20}\)(?=\s|$)/u, " ").trim();
  if (s.length < 2 || s.length > 60) return false;
  if (/[\d@#|:;!?/\\<>{}[\]=+*_"“”]/.test(s)) return false;
  if (GREETING_RE.test(s) || TITLE_WORD_RE.test(s)) return false;
  const words = s.split(" ");
  if (words.length > 5) return false;
  // scripts without letter case (CJK, Arabic, Hebrew, Thai, Devanagari…): a short run of letters
  if (!/[\p{Lu}\p{Ll}]/u.test(s)) return /^[\p{L}\p{M}·・ '-]{1,20}$/u.test(s) && !isInterfaceWords(s);
  let capitalised = 0;
  for (const w of words) {
    const bare = w.replace(/[.,'’-]+$/, "");
    if (!bare) continue;
    if (PARTICLES.has(bare.toLowerCase())) continue;
    // "d'Almeida", "dell'Acqua": an elided particle before a capital
    if (!/^(?:[dl]['’]|dell['’])?[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(bare)) return false;
    capitalised++;
  }
  if (capitalised === 0) return false;
  // a single word alone is a name only when it is not a common word written with a capital
  if (capitalised === 1 && COMMON_SINGLE_WORDS.has(s.toLowerCase())) return false;
  return !isInterfaceWords(s);
}

const COMMON_SINGLE_WORDS = new Set(
  "hi hello hey thanks thank congratulations congrats welcome yes no ok okay please sorry wow great nice cool subscribe check click free winner urgent important attention notice update new invitation request requests message messages connect network friends followers home profile accept ignore confirm delete follow like share".split(" "),
);

/**
 * Words before an event phrase that read as a sentence, not as who did it: "Je suis une
 * personne qui vous suit" is a note, "Ana Ruiz (Designer at Litware) wants to connect" an event.
 */
function sentenceSubject(s: string): boolean {
  let lower = 0;
  for (const w of s.replace(/\([^)]*\)/g, " ").split(/\s+/)) if (w && /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && w !== "via" && !/[._\d@]/.test(w)) lower++;
  return lower >= 2;
}

function isUsername(s: string): boolean {
  return /^[a-z0-9._]{2,30}$/i.test(s) && /[a-z]/i.test(s) && (/[._\d]/.test(s) || s === s.toLowerCase());
}

/** A sentence written to the user (a note) rather than a headline or a bio. */
export function isMessageLike(line: string): boolean {
  if (GREETING_RE.test(line)) return true;
  // "Talent Partner @ Initech | We're hiring!", "Founder | We help teams ship": a headline of parts, read by its first part
  if (line.length <= 160) {
    const bar = line.search(/\s[|·•]\s/);
    if (bar > 0 && !/\?\s*$/.test(line)) return isMessageLike(line.slice(0, bar).trim());
  }
  // "US" in capitals is the country, not "us"; "opinions my own" is a bio's disclaimer
  if (FIRST_PERSON_RE.test(line.replace(/\bUS\b/g, "").replace(/\b(?:opinions|views|thoughts|tweets|posts)(?: are)? my own\b/gi, ""))) return true;
  if (line.length > 160) return true;
  // "Jenn!! It's Isabel…", "Sam, great to see you": a name called out, then a sentence
  if (/^[\p{Lu}][\p{L}'’-]+\s*!+\s+\S/u.test(line)) return true;
  if (/^[\p{Lu}][\p{L}'’-]+,\s+(?:great|good|nice|so|it'?s|it’s|long|finally|hope|saw|remember|glad|happy|lovely|how|what|thanks|thank)\b/iu.test(line)) return true;
  if (/\b(?:it'?s|it’s|this is)\s+[\p{Lu}]/u.test(line)) return true;
  const piped = /\s[|·•]\s/.test(line);
  // the other languages' pronouns and greetings; a headline of parts ("Agente inmobiliario 🏡 Te ayudo a vender tu casa") stays one,
  // but an emoji that only ends the sentence ("…de corredores de Valencia 🏃‍♀️") parts nothing
  // (a headline's first part is short: an emoji far into a sentence parts nothing either, "…fue legendario 😂😂 te sigo")
  if (!piped && SENTENCE_WORDS_RE.test(line) && !/^.{0,60}?\s\p{Extended_Pictographic}\S*\s+\p{L}/u.test(line)) return true;
  if (SECOND_PERSON_RE.test(line) && !piped && (/[?!]/.test(line) || line.length > 60)) return true;
  return /\?\s*$/.test(line);
}

/** The user's own words of who the person is, in the third person: "she's a …", "es …", "ist …", "il bosse chez …", "ela trabalha na …". */
const THIRD_PERSON_ROLE_RE =
  /(?:^|[.,;!]\s*|\b(?:and|y|und|et|e)\s+)(?:(?:she|he|they)(?:['’]s|\s+is|\s+are|\s+works(?:\s+as)?)|(?:(?:él|ella)\s+)?(?:es|trabaja(?:\s+como)?)|(?:(?:er|sie)\s+)?(?:ist|arbeitet(?:\s+als)?)|(?:il|elle)\s+(?:est|bosse|travaille)|(?:(?:ele|ela)\s+)?(?:é|trabalha(?:\s+como)?))\s+(.{4,100}?)(?=\s*(?:[,.;!?]|\s(?:and|y|und|et|e|mais|but|pero|aber|mas)\s|$))/iu;
/** "with no note", "sin nota", "ohne Nachricht", "sans message", "sem mensagem": the user says the request came bare. */
const NO_NOTE_SAID_RE =
  /\b(?:with(?:out)? (?:no |a )?(?:note|message)|no note|no message|sin (?:nota|mensaje)|ohne (?:nachricht|notiz|text)|keine nachricht|sans (?:message|note|mot)|pas de (?:message|note|mot)|sem (?:mensagem|nota|recado))\b/iu;

function userAnnotation(words: string): { headline: string | null; noNote: boolean } {
  const role = THIRD_PERSON_ROLE_RE.exec(words)?.[1]?.trim() ?? null;
  return { headline: role && !NO_NOTE_SAID_RE.test(role) ? role : null, noNote: NO_NOTE_SAID_RE.test(words) };
}

/** A headline segment that lists clients, not an employer: "Kunden u. a. Siemens, Philips", "Clients: Globex", "Trusted by Initech". */
// (a list of clients, not a title: "Clients: Globex, Initech", "Kunden u.a. SAP", but "Customer Engineer, Google Cloud" is a job)
export const CLIENTS_RE = /^\s*(?:(?:kunden|kunde|clients?|clientes?|customers?)\s*(?::|[-–—]\s|\s+(?:include|including|such as|like|wie|como|comme|incluem|incluyen)\b|\s+(?:u\.\s?a\.|e\.g\.|z\.\s?b\.)|$)|trusted by|worked with|working with|für kunden wie|for clients like|para clientes como|pour des clients comme|atendo|atendendo)/iu;

/** A headline cut off mid-phrase, at a preposition or a bar: the next line goes on with it. */
const DANGLING_END_RE = /(?:\s(?:for|of|at|in|and|&|with|für|bei|und|im|von|de|del|en|y|e|para|con|chez|pour|et|à|au|na|no|da|do|em|com)|\s[|·•–-])$/iu;

/** A name, a bar, then what they do: the name and the rest as the headline. */
function nameThenRole(line: string): { name: string; role: string } | null {
  if (line.length > 160) return null;
  // "Rafael Tavares | Corretor", and Instagram's request list: "Marina Gil · Reclutadora en Adecco"
  const sep = /\s*[|｜]\s*|\s+[·•]\s+|\s+[-–—]\s+/.exec(line);
  if (!sep) return null;
  const first = line.slice(0, sep.index);
  const role = line.slice(sep.index + sep[0].length).trim();
  if (!first || !role || !(looksLikeName(first) || looksLikeLowerName(first)) || isMessageLike(role)) return null;
  return { name: cleanName(first), role };
}

/**
 * A name written all in capitals ("HANS-JÜRGEN KRAUSE") or all in lower case ("mary-kate o'brien",
 * an Instagram display name) as names are written: each part capitalised, particles and
 * elided particles small ("Antônio Carlos de Oliveira", "Thibault d'Argenson"). Mixed case stays.
 */
export function nameCase(name: string): string {
  const upper = !/\p{Ll}/u.test(name);
  if (!/\p{L}/u.test(name) || (!upper && /\p{Lu}/u.test(name))) return name;
  if (upper && !/\p{Lu}{3}/u.test(name)) return name; // initials only: "JT", "A.J."
  return name.replace(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu, (w, at: number) => {
    const lower = w.toLowerCase();
    const elided = /^([dl]|dell)['’](.+)$/u.exec(lower);
    if (elided) return `${at === 0 ? elided[1]!.toUpperCase() : elided[1]}'${elided[2]![0]!.toUpperCase()}${elided[2]!.slice(1)}`;
    if (at > 0 && PARTICLES.has(lower)) return lower;
    if (upper && w.length <= 2 && !/[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]/iu.test(w)) return w;
    // "o'brien" → "O'Brien"
    return lower.replace(/(^|['’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  });
}

/** Lower-case words that are no part of a name, in the five languages (folded). */
const NOT_NAME_WORDS = new Set(
  ("i me my you your he she it we they this that these those is are was were be been am do did does have has had the a an and or but if of to in on at for with from by about as so no not yes ok lol omg hey hi hello thanks thank please what who why how when where which guy girl man woman random again here there just wants want request requests sent friend friends follow follows following followed accept ignore connect connection invite invitation new " +
    "los las un una o pero que quien es son soy eres esta este esto hola gracias por para con sin mi tu su ni idea chico chica " +
    "die das ein eine und oder aber ist bin bist sind ich du er sie es wir ihr hallo danke mit fur von zu " +
    "les une et ou mais est suis sont je il elle nous vous bonjour merci avec pour sans " +
    "os as um uma ou mas sou sao eu ele ela nos voce oi ola obrigado obrigada com sem cara").split(" "),
);

/** "mary-kate o'brien", "joão pedro almeida", "lucía martínez 🌸": a name typed in lower case (a display name's style). */
function looksLikeLowerName(line: string): boolean {
  const s = stripDecorations(line).trim();
  if (s.length < 5 || s.length > 50 || !/^\p{Ll}[\p{Ll}\p{M}'’.-]*(?:\s+\p{Ll}[\p{Ll}\p{M}'’.-]*){1,3}$/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (PARTICLES.has(words[0]!) || PARTICLES.has(words[words.length - 1]!)) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(fold(w)))) return false;
  return looksLikeName(nameCase(s));
}

/** A directory's "SURNAME, Given" (Outlook's "JOHNSON, Mark", "GARCÍA LÓPEZ, Ana") as "Given SURNAME"; null for any other name. */
function givenFirst(name: string): string | null {
  const listed = /^([\p{Lu}'’ -]{2,40}),\s*(\p{Lu}\p{Ll}[\p{L}'’ -]{0,40})$/u.exec(name.trim());
  return listed ? `${listed[2]} ${listed[1]}` : null;
}

/** A name as a formal greeting says it: titles and credentials dropped ("Prof. Dr. Jürgen Weiß" → "Jürgen Weiß", "Eleanor Hartley-Smythe FRS" → "Eleanor Hartley-Smythe"). */
export function plainName(name: string | null): string | null {
  if (!name) return null;
  const words = stripDecorations(givenFirst(name) ?? name)
    .replace(/,.*$/, "")
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!.replace(/[.,]+$/, "").toLowerCase())) words.shift();
  while (words.length > 1 && /^(?:[A-Z]{2,5}|Ph\.?D\.?|MBA|M\.?Sc\.?|B\.?Sc\.?)$/.test(words[words.length - 1]!) && words.slice(0, -1).some((w) => /\p{Ll}/u.test(w))) words.pop();
  return words.join(" ") || null;
}

/** The first name to greet: honorifics, initials and credentials dropped. */
export function firstNameOf(name: string | null): string | null {
  if (!name) return null;
  // a directory's "SURNAME, Given": the given name after the comma
  const listed = givenFirst(name);
  if (listed) return firstNameOf(listed);
  const words = stripDecorations(name)
    .replace(/,.*$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!/[\p{Lu}\p{Ll}]/u.test(name) && words.length === 1) return words[0] ?? null;
  // "BERTRAND Sophie": a surname in capitals before a given name written as names are
  const mixed = words.some((w) => /\p{Ll}/u.test(w));
  for (let i = 0; i < words.length; i++) {
    const bare = words[i]!.replace(/[.,]+$/, "");
    if (HONORIFICS.has(bare.toLowerCase())) continue;
    if (mixed && bare.length > 1 && /^[\p{Lu}'’-]+$/u.test(bare) && words.slice(i + 1).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    if (/^\p{Lu}\.?$/u.test(bare)) continue; // an initial: "J. Hanford"
    // "María José García", "João Pedro Souza": a double given name is greeted whole, when a surname follows it
    const second = words[i + 1]?.replace(/[.,]+$/, "");
    if (second && i + 2 < words.length && COMPOUND_GIVEN_NAMES.get(fold(bare))?.has(fold(second))) return `${bare} ${second}`;
    return bare || null;
  }
  return null;
}

/** Given names that commonly pair into one (Spanish, Portuguese, French, German), folded: first → the seconds it takes. */
const COMPOUND_GIVEN_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    maria: "jose luisa fernanda eduarda clara teresa isabel elena jesus helena cecilia alice luiza vitoria julia paula antonia carmen angeles pilar dolores cristina victoria laura ines joao",
    jose: "luis antonio maria manuel carlos miguel ramon ignacio pedro angel francisco javier augusto roberto ricardo",
    juan: "carlos pablo manuel jose antonio luis pedro ignacio francisco martin cruz diego andres sebastian camilo david esteban",
    joao: "pedro paulo vitor victor lucas gabriel guilherme miguel carlos luis luiz marcos henrique",
    ana: "maria paula luisa luiza clara beatriz carolina julia sofia isabel cristina lucia laura rita catarina teresa belen karina carla",
    luis: "miguel fernando felipe carlos alberto eduardo enrique antonio gustavo henrique otavio",
    luiz: "fernando felipe carlos eduardo gustavo henrique otavio antonio",
    pedro: "henrique paulo luis antonio miguel jose",
    carlos: "eduardo alberto augusto henrique andres daniel",
    paulo: "roberto sergio cesar henrique ricardo",
    marco: "antonio aurelio tulio",
    miguel: "angel",
    jean: "pierre paul marc luc louis claude michel baptiste francois philippe christophe charles yves jacques",
    marie: "claire christine helene laure anne france pierre jose therese louise noelle pascale",
    anne: "sophie marie laure claire lise",
    hans: "peter jurgen joachim georg dieter",
    karl: "heinz",
    klaus: "dieter peter",
  }).map(([first, seconds]) => [first, new Set(seconds.split(" "))]),
);

function cleanName(s: string): string {
  // "MÜLLER, Thomas": a directory's surname first, before ", MBA" is taken for letters after a name
  const listed = givenFirst(stripDecorations(s));
  if (listed) return listed;
  return stripDecorations(s)
    .replace(/^[\s"“'‘(]+|[\s"”'’),.:]+$/g, "")
    .replace(/,\s*(?:[A-Z][A-Za-z.]{1,6}\.?)(?:,\s*[A-Z][A-Za-z.]{1,6}\.?)*$/, "")
    .trim();
}

// ---------------------------------------------------------------------------
// Headline → role and company.

const COMPANY_SUFFIX_RE = /\b(?:inc|llc|ltd|corp|corporation|company|co|gmbh|plc|ag|sa|s\.a|bv|pty|group|holdings|labs?)\b\.?/i;
/** Words of a job, not of an organisation: "Crypto & Forex Mentor" is a role. */
const ROLE_WORD_RE = /\b(?:manager|engineer|director|recruiter|developer|designer|officer|consultant|specialist|analyst|founder|mentor|advisor|adviser|coach|researcher|scientist|writer|advocate|lead|student|trader|investor|strategist|architect|expert|enthusiast|evangelist)s?\b/i;
const GERUND_START_RE = /^(?:helping|building|shipping|making|creating|driving|passionate|obsessed|turning|bringing|connecting|empowering|transforming|growing|scaling|leading|writing|words|love|loving|on a mission|ex-|former|formerly|previously|aspiring|seeking|looking)/i;

function looksLikeOrganisation(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || GERUND_START_RE.test(t)) return false;
  if (COMPANY_SUFFIX_RE.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => !/^(?:&|and|of|the|de|for|und|et)$/i.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * Spanish "en" and Portuguese "na"/"no" also mean "in" ("Consultor en transformación digital en Globant",
 * "Especialista en marketing"): the company is after the last one that a capital follows, if any.
 */
function lastCapitalisedAfter(seg: string): [whole: string, role: string, company: string] | null {
  let found: [string, string, string] | null = null;
  for (const m of seg.matchAll(/\s+(?:en|na|no)\s+(?=[\p{Lu}\p{N}]|\p{Ll}\p{Lu})/gu)) found = [seg, seg.slice(0, m.index), seg.slice(m.index + m[0].length)];
  return found;
}

export function splitHeadline(headline: string | null): { role: string | null; company: string | null } {
  if (!headline) return { role: null, company: null };
  // Facebook's profile lines: "Works at Globex", "Studied at …", "Lives in …"
  const works = headline.match(/^(?:works|working|currently) (?:at|for) (.+?)\.?$/i);
  if (works?.[1]) return { role: null, company: works[1].trim() };
  if (/^(?:worked|studied|studies|went to|lives|lived|from|goes to) /i.test(headline)) return { role: null, company: null };
  const segments = headline
    // (a full stop ends a segment after a word, not after an abbreviation's letter: "Kunden u. a. Siemens", "B. Braun")
    .split(/\s+[|•·—–]\s+|\s+-\s+|\s*\|\s*|(?<=[\p{Ll})][\p{Ll})])\.\s+(?=\p{Lu})/u)
    // a closing full stop goes, but not the one of "Inc." or "Co."
    .map((s) => s.trim().replace(/(?<!\b(?:inc|corp|co|ltd|jr|sr|bros|intl|llc|plc|s\.a|n\.v|b\.v))[.;,]+$/i, "").replace(/[;,]+$/, ""))
    .filter(Boolean);
  let role: string | null = null;
  let company: string | null = null;
  for (const seg of segments) {
    if (CLIENTS_RE.test(seg)) continue;
    const at = seg.match(/^(.*?)\s+(?:at|@|chez|bei|presso)\s+(.+)$/i) ?? seg.match(/^(.*?)\s*@\s*(.+)$/) ?? lastCapitalisedAfter(seg);
    if (!at?.[2] || /^(?:ex|former)/i.test(at[2])) continue;
    // "bei der Sparkasse KölnBonn", "chez la Société Générale": the article is not the company's
    const org = at[2].replace(/\s*[,(].*$/, "").replace(/^(?:der|die|dem|den|das|la|le|les|l['’])\s*(?=\p{Lu})/u, "").trim();
    // "Building world-class teams at Northwind" names the company too, but "Helping teams at startups grow" does not
    if (GERUND_START_RE.test(seg) && !looksLikeOrganisation(org)) continue;
    company = org || null;
    if (at[1] && !GERUND_START_RE.test(at[1])) role = at[1].trim() || null;
    break;
  }
  const first = segments[0] ?? null;
  if (!role && first && !GERUND_START_RE.test(first) && !(company && first.includes(company))) role = first.replace(/\s+(?:at|@)\s+.*$/i, "");
  // "Data Engineer | Python · Spark" lists skills; "Product Designer | Contoso" names the company
  const later = segments.slice(1);
  const skillList = later.length > 1 && later.filter((s) => !/\s/.test(s.replace(/[^\p{L}\p{N}\s&.+#-]/gu, "").trim())).length > 1 && !later.some((s) => COMPANY_SUFFIX_RE.test(s));
  if (!company && segments.length > 1 && !skillList) {
    const candidate = later.find((s) => looksLikeOrganisation(s) && !CLIENTS_RE.test(s) && !(ROLE_WORD_RE.test(s) && !COMPANY_SUFFIX_RE.test(s)));
    if (candidate) company = candidate;
  }
  if (!company && first) {
    const comma = first.match(/^([^,]{2,60}),\s*([^,]{2,60})$/);
    if (comma?.[2] && looksLikeOrganisation(comma[2]) && TITLE_WORD_RE.test(comma[1] ?? "")) {
      role = comma[1]!.trim();
      company = comma[2].trim();
    }
  }
  if (company && /[^\x00-\x7f]/.test(company)) company = stripDecorations(company) || null;
  return { role: role ? role.slice(0, 120) : null, company };
}

// ---------------------------------------------------------------------------

// Case-insensitive for the lead words; looksLikeName then insists on capitalised name words.
const SIGN_OFF_RE =
  /(?:^|\n|[.!?]\s+)(?:(?:best|cheers|thanks|thank you|regards|kind regards|warm regards|best regards|all the best|sincerely|yours|talk soon|take care|xo|love|saludos|un saludo|un abrazo|abrazos|besos|gracias|grüße|viele grüße|liebe grüße|lg|danke|bisous|bises|amitiés|cordialement|merci|beijinhos|beijos|abraços|abraço|abs|obrigad[oa])\s*[,!.]?\s*(?:[—–-]\s*)?|[—–-]\s*)\n?\s*([\p{L}][\p{L}'’-]+(?: [\p{L}][\p{L}'’-]+){0,2})\s*[.!]?\s*$/iu;
// (and the other languages' "soy", "me llamo", "ich bin", "je m'appelle", "sou o", "meu nome é")
const SELF_INTRO_RE =
  /(?<![\p{L}])(?:it'?s|it’s|this is|i am|i'm|i’m|my name is|name'?s|soy|me llamo|mi nombre es|ich bin|ich heiße|mein name ist|je suis|je m'appelle|je m’appelle|sou o|sou a|meu nome é|me chamo)\s+([\p{L}][\p{L}'’-]+(?: [\p{L}][\p{L}'’-]+)?)(?=\s+(?:from|here|again|of|de|del|von|aus|da|do)\b|[,!.]|\s*$)/iu;

/** Name found in the note itself when the header has none: a sign-off ("Best, Tom") or a self-introduction ("It's Isabel from your book club"). */
function nameFromNote(note: string | null): string | null {
  if (!note) return null;
  const sign = note.match(SIGN_OFF_RE)?.[1];
  if (sign && looksLikeName(sign)) return sign;
  const intro = note.match(SELF_INTRO_RE)?.[1];
  if (intro && looksLikeName(intro) && !/^(?:Here|Back|Glad|Happy|Sorry|Just|So|Not|Also|Really|Very|Interested|Reaching|Writing|Looking|Hoping)$/.test(intro.split(" ")[0] ?? "")) {
    return intro;
  }
  return null;
}

/** "Wei here from Lumen Search": a first name the note opens with. */
const NAME_HERE_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]{1,20}) here\b/u;

/**
 * The name the person goes by, when the note says so: its "I'm An" / "Wei here" / "— Bob"
 * naming a word of the name other than the one firstNameOf would greet ("Nguyễn Văn An",
 * "Zhang Wei": the family name first; 'Robert "Bob" Miller' signing "— Bob").
 */
function spokenFirstName(name: string | null, note: string | null): string | null {
  if (!name || !note) return null;
  // (a nickname counts once the note uses it: "Kathi" alone in 'Katharina „Kathi“ Oberhuber' is greeted as Katharina)
  const words = stripDecorations(name)
    .split(/\s+/)
    .map((w) => w.replace(/^[„“"«‘'‚]+|[“”"»’'‘]+$/g, ""));
  const greeted = firstNameOf(name);
  for (const said of [SELF_INTRO_RE.exec(note)?.[1], NAME_HERE_RE.exec(note)?.[1], SIGN_OFF_RE.exec(note)?.[1]]) {
    const first = said?.split(" ")[0];
    if (!first || (greeted && fold(first) === fold(greeted))) continue;
    const own = words.find((w) => fold(w) === fold(first));
    if (own && own !== words[0]) return own;
  }
  return null;
}

/**
 * The sender of a person's own e-mail: the name of its one "From:" line ("From: Daniel R.
 * Kessler <dkessler.arch@gmail.com>", "Von:", "De :"), when no platform sent it and no
 * forward holds another one.
 */
function personalSender(lines: readonly PasteLine[]): string | null {
  const froms = lines.filter((l) => l.kind === "header" && /^(?:from|von|de|da|van|fr[åa]n)\s*:/i.test(l.text));
  if (froms.length !== 1 || lines.some((l) => l.kind === "forward")) return null;
  const value = froms[0]!.text.replace(/^[^:]*:\s*/, "");
  const m = /^["“]?([^"“”<>@]{2,60}?)["”]?\s*<([^<>@\s]+)@([^<>\s]+)>$/.exec(value);
  if (!m || PLATFORM_SENDER_RE.test(value) || /^(?:no-?reply|notifications?|info|hello|support|team|news)/i.test(m[2]!)) return null;
  const who = givenFirst(m[1]!) ?? m[1]!.trim();
  return looksLikeName(who) ? cleanName(who) : null;
}

/** What a line of a paste is. Every kind but name, handle, location and content is the platform's own text. */
export type LineKind =
  | "blank"
  | "button"
  | "chrome"
  | "badge"
  | "time"
  | "footer"
  | "header"
  | "forward"
  | "link"
  | "rule"
  | "stock"
  | "event"
  | "picture"
  | "reply"
  | "mutual"
  | "notice"
  | "handle"
  | "name"
  | "location"
  | "bio"
  | "content";

export interface PasteLine {
  /** the line as pasted */
  raw: string;
  /** spaces collapsed, the interface's markers (degree, badges, pronouns, Gmail's link suffixes) taken out */
  text: string;
  kind: LineKind;
  /** the person a line names: a picture's alt text, "X wants to connect", an e-mail's From */
  who?: string;
  /** a phone's share sheet named the person: the lines after it are the user's own words about them */
  shared?: boolean;
}

/** Kinds of line that belong to the interface, never to the person. */
const INTERFACE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(["button", "chrome", "badge", "time", "footer", "header", "forward", "link", "rule", "stock", "event", "picture", "reply", "mutual", "notice"]);

export function isInterfaceKind(kind: LineKind): boolean {
  return INTERFACE_KINDS.has(kind);
}

/** A time after a separator at the end of a line: "Ana Ruiz @ana_r · 2h" */
const SEPARATED_TIME_RE = /\s*[·•]\s*(?:\d{1,3}\s?(?:s|m|h|d|w|y|min|mins|hr|hrs)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday|just now)\.?$/iu;
// (and the read-only languages': "in comune", "gemeenschappelijke", "wspólnych", "gemensamma", "ortak", "en comú", "gevolgd door", "följs av")
const MUTUAL_LINE_HINT_RE =
  /mutual|in common|gemeinsame|em comum|en común|en commun|followed by|seguid[oa]\S* por|gefolgt von|suivie?\S* par|\b(?:le|lo|la|les) siguen?\b|in comune|en comú|gemeenschappelijke|wspóln|gemensamm?a?|ortak|seguit[oa]? (?:da|per)|seguita (?:da|per)|gevolgd door|obserwowan\S* przez|följs av/i;
// the five languages' words of the platforms' stock sentences ("… zu meinem beruflichen Netzwerk hinzufügen", "rejoindre votre réseau")
const STOCK_HINT_RE = /network|netzwerk|vernetz|invit|einladung|convite|request|follow|respond|confirm|please add|like to|connect|conect|want|linkedin|\bred\b|réseau|reseau|\brede\b|añad|agreg|adicion|ajout|hinzuf|kontakt|contact|solicitud|solicita|anfrage|demande|pedido/i;
/** "Marcus Lee via LinkedIn", "Kai Neumann über LinkedIn", "Diego Morales a través de LinkedIn": the sender's name, without the platform. */
/** The words between a sender's name and the platform: "via", "über", "a través de"… */
const VIA = String.raw`via|vía|über|ueber|a través de|a traves de|par l['’]intermédiaire de|por meio d[eo]|através d[eo]`;
/** (a bare "por" only after a name already known to be a sender's) */
const VIA_PLATFORM_RE = new RegExp(String.raw`\s+(?:${VIA}|por)\s+\S+$`, "i");
/** A whole line that is a sender through a platform: "Oliver Grant via LinkedIn", "Kai Neumann über LinkedIn". */
const VIA_PLATFORM_NAME_RE = new RegExp(String.raw`^[^\s<>@:]+(?:\s+[^\s<>@:]+){1,4}\s+(?:${VIA})\s+(?:linkedin|facebook|instagram|x|twitter)$`, "i");
const PICTURE_HINT_RE = /profile|photo|avatar|picture|bild|foto|perfil|profil/i;
/** A badge can only follow a separator or be a degree: "• Premium", "· 2nd", "3rd+". */
const BADGE_HINT_RE = { test: (s: string): boolean => s.includes("·") || s.includes("•") || s.includes("|") || (/\d/.test(s) && /\d(?:st|nd|rd)\b/.test(s)) };

/** Cues that a paste is an e-mail (then "Unsubscribe", "©" and the like are the sender's footer). */
const EMAILISH_RE = /^\s*(?:from|subject|to|date|sent|von|betreff|de|asunto|objet|assunto)\s*:\s*\S|^\s*(?:on|am|el|le|em) .{5,80} (?:wrote|schrieb|escribió|a écrit|escreveu) ?.{0,60}:\s*$|forwarded message|original message|begin forwarded message|\[image:|this (?:e-?mail|message) was (?:sent|intended|meant)|you are receiving|you're receiving|learn why we included|linkedin corporation|meta platforms|1 meta way|x corp\b|twitter, inc|©/im;

/** The sender's address in an e-mail header belongs to a platform: the display name is the person. */
const PLATFORM_SENDER_RE = /<[^<>@\s]+@(?:[a-z0-9-]+\.)*(?:linkedin\.com|facebookmail\.com|facebook\.com|instagram\.com|mail\.instagram\.com|x\.com|twitter\.com)>/i;

/** A chat export's line head: "[10:14, 5/3/2024] +34 611 22 33 44: ", "5/3/24, 10:14 - Jaime: " (WhatsApp on iOS and Android). */
const CHAT_EXPORT_HEAD_RE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?\s+-)\s*[^:]{1,40}:\s+/i;

/**
 * A screenshot's text that broke a button's word in two: "Ign ore Accept", "Confir mer Supprimer",
 * "Conf irm Delete". Some one or two spaces taken out, the line is a line of buttons.
 */
function brokenButtons(t: string): boolean {
  if (!/^[\p{L}]+(?: [\p{L}]+){1,4}$/u.test(t)) return false;
  const words = t.split(" ");
  const joined = (skip: Set<number>) => words.reduce((out, w, k) => (k === 0 ? w : skip.has(k) ? out + w : `${out} ${w}`), "");
  for (let a = 1; a < words.length; a++) {
    if (BUTTON_LINE_RE.test(joined(new Set([a])))) return true;
    for (let b = a + 1; b < words.length; b++) if (BUTTON_LINE_RE.test(joined(new Set([a, b])))) return true;
  }
  return false;
}

const SEE_MORE_RE = /(…|\.\.\.)["”»]?\s*(?:see more|ver más|ver mas|mehr anzeigen|voir plus|afficher la suite|ver mais|mostrar mais|\.\.\.more|more)$/iu;

/** One person's auxiliary left before an event's phrase: "Priya has (sent you…)", "Lena hat (dir…)", "Ana te ha (enviado…)". */
const ONES_AUXILIARY_RE = /\s+(?:has|hat|ha|te ha|le ha|vous a|t['’]a|lhe)$/iu;

/** A screen's icons that a copy puts after its title (settings, more, search, edit, info): never a person's words. */
const TITLE_ICONS_RE = /(?<=\S)(?:\s+[⚙⋮⋯✎✏🔍🔎⌕☰≡ⓘℹ🔔⊕](?:\uFE0F)?)+$/u;

function cleanLine(raw: string): string {
  // an app's icon, copied as a private-use glyph: "\ue7fd 12 relations en commun"
  let t = /[\ue000-\uf8ff]/.test(raw) ? raw.replace(/[\ue000-\uf8ff]/g, " ") : raw;
  if (t.includes("[")) t = t.replace(IMAGE_PLACEHOLDER_RE, " ");
  if (t.includes("<")) t = t.replace(ANGLE_LINK_RE, "");
  // a phone screen's right-aligned time after the name: "Sabine Koch                    3 Tg."
  if (/\S(?:\s{3,}|\t)\S/.test(t)) {
    const cols = t.trim().split(/\s{3,}|\t+/);
    // (and a printed e-mail's sender with its date: "LinkedIn <invitations@linkedin.com>	Mon, Mar 11, 2024 at 8:02 AM")
    if (cols.length === 2 && ((cols[1]!.length <= 12 && TIME_LINE_RE.test(cols[1]!)) || (cols[0]!.endsWith(">") && cols[1]!.length <= 60 && /\d/.test(cols[1]!) && !/\p{L}{13}/u.test(cols[1]!)))) t = cols[0]!;
  }
  t = /\s\s|[\t\u00a0\u2000-\u200a\u202f\u3000]/.test(t) ? t.replace(/\s+/g, " ").trim() : t.trim();
  // a screen's buttons drawn in brackets or as glyphs: "[ Bestätigen ]  [ Löschen ]", "(X) (✓)", "Ⓧ ✓"
  if (t.includes("[ ")) t = t.replace(/\[\s+([^[\]]{1,30}?)\s+\]/g, "$1");
  if (GLYPH_BUTTONS_RE.test(t)) t = "Ignore Accept";
  if (t.length > 12 && (t.startsWith("[") || /^\d/.test(t))) t = t.replace(CHAT_EXPORT_HEAD_RE, "");
  // an icon a screenshot's text read as "©" before a count: "© 2 relations en commun"
  if (/^[©®]\s*\d/.test(t) && findMutual(t)) t = t.replace(/^[©®]\s*/, "");
  // a screen's back arrow before its title: "< Follow requests", "← Convites"
  if (/^[<←‹]\s/.test(t)) t = t.replace(/^[<←‹]\s+/, "");
  // a note's preview cut short, with the link that opens it: "…kennengel…" Mehr anzeigen", "…great to co… See more"
  if (t.length > 20 && SEE_MORE_RE.test(t)) t = t.replace(SEE_MORE_RE, "$1");
  // and its icons after it: "Manage invitations ⚙", "Solicitudes ⋮", "Notifications 🔍"
  if (t.length <= 80 && TITLE_ICONS_RE.test(t)) t = t.replace(TITLE_ICONS_RE, "");
  // quoted lines of a forwarded e-mail: "> Marcus Lee"
  if (t.startsWith(">")) t = t.replace(/^(?:>\s?)+/, "").trim();
  // Markdown: a list's "- " or "* ", "**bold**", a line in "*italics*"
  if (/^[-*+]\s/.test(t)) t = t.replace(/^[-*+]\s+/, "");
  // a sign-off under the note: "– Lena Vogt", "—Ana"
  if (/^[–—]\s*\p{Lu}/u.test(t) && looksLikeName(t.replace(/^[–—]\s*/, ""))) t = t.replace(/^[–—]\s*/, "");
  // a list the user made: "• Ana Ruiz", "1) Ole Petersen", "2. Ana Ruiz" (only before a name: "1. Januar" stays)
  if (/^(?:[•▪◦]|\d{1,2}[.)]|#\d{1,2})\s+\S/u.test(t)) {
    const rest = t.replace(/^(?:[•▪◦]|\d{1,2}[.)]|#\d{1,2})\s+/u, "");
    const who = rest.split(/\s+[·•|–—-]\s+/)[0]!;
    if (/^[•▪◦]/u.test(t) || (who.includes(" ") && !TIME_LINE_RE.test(t) && looksLikeName(who))) t = rest;
  }
  if (t.includes("**") || t.includes("__")) t = t.replace(/\*\*(?=\S)(.+?)\*\*|__(?=\S)(.+?)__/g, (_, a?: string, b?: string) => a ?? b ?? "");
  if (/^[*_]\S/.test(t) && /\S[*_]$/.test(t)) t = t.slice(1, -1);
  if (t.includes("/") || t.includes("·") || t.includes("•") || t.includes("(")) t = t.replace(PRONOUNS_RE, "").replace(SEPARATED_TIME_RE, "").trim();
  // text read off a screenshot takes an "l" for a bar: "Business Deve|opment", "He|ping teams"
  if (t.includes("|")) t = t.replace(/(?<=\p{Ll})\|(?=\p{Ll})/gu, "l");
  return t;
}

/**
 * A phone's status bar, copied with a screenshot's text: "9:41 ⋯ 5G 87%", "14:07 ✉ ⚙ • ⌁ 62%",
 * "10:02 Vodafone.de LTE 33 %": a clock, then icons, a carrier or the network, and the battery.
 */
const STATUS_BAR_RE = /^\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s+(?:[^\s\p{L}\p{N}]+|\d{1,3}\s?%|[\p{L}\p{N}][\p{L}\p{N}&.+-]{0,11})){1,10}$/iu;
const NETWORK_RE = /(?:^|\s)(?:\d{1,3}\s?%|5g\+?|5ge|4g\+?|lte\+?|3g|h\+|volte|vowifi|wi-?fi)(?=\s|$)/i;
/** The bar's icons read off a screenshot: "9:41 ..ll 令 ■" (no word of three letters after the clock). */
const ICONS_ONLY_RE = /^\d{1,2}[:.]\d\d(?:\s+(?=\S)[^\s\p{L}\p{N}]*(?:\p{L}{1,2})?[^\s\p{L}\p{N}]*){2,6}$/u;
const isStatusBar = (t: string): boolean => t.length <= 70 && ((STATUS_BAR_RE.test(t) && NETWORK_RE.test(t)) || ICONS_ONLY_RE.test(t));

/** A notification's body: "Katya Ivanova: Hola guapo…". */
const PUSH_BODY_RE = /^([^:]{2,60}?)\s?:\s+(\S.*)$/;
/** Whether `t` is the body of the notification whose header is the line before it. */
function pushBody(lines: PasteLine[], t: string): boolean {
  let before: PasteLine | undefined;
  for (let k = lines.length - 2; k >= 0 && !before; k--) if (lines[k]!.kind !== "blank") before = lines[k];
  if (!before || before.kind !== "chrome" || !PUSH_HEADER_RE.test(before.text)) return false;
  const m = PUSH_BODY_RE.exec(t);
  return !!m && !!nameIn(m[1]);
}

/** A subject that names who invited: "Invitation from Lena Vogt", "Einladung von Lena Vogt", "Convite de Ana Lima". */
const INVITATION_FROM_RE =
  /^(?:(?:new|neue|nueva|nouvelle|novo|nova)\s+)?(?:invitation|invitations?\s+to\s+connect|connection request|friend request|message request|einladung|kontaktanfrage|freundschaftsanfrage|nachrichtenanfrage|invitación|invitacion|solicitud de (?:contacto|amistad|mensaje)|demande (?:d'ami|de contact|de message)|convite|pedido de (?:amizade|conexão|conexao|mensagem)|solicitação de (?:amizade|conexão|mensagem))\s+(?:from|von|de|da|do|d')\s*(.{2,60})$/iu;

/** A button labelled with whose request it answers, in the five languages. */
const NAMED_BUTTON_RE =
  /^(?:(?:ignore|accept|decline|delete|confirm|remove)\s+.{2,60}?['’]s\s+(?:invitation|request|friend request|follow request|connection request)|(?:einladung|kontaktanfrage|freundschaftsanfrage|follower-anfrage) von .{2,60}? (?:ignorieren|annehmen|ablehnen|bestätigen|löschen)|(?:ignorer|accepter|refuser|confirmer|supprimer) (?:l['’]invitation|la demande(?: d['’]ami)?) de .{2,60}|(?:ignorar|aceptar|rechazar|confirmar|eliminar) (?:la )?(?:invitaci[oó]n|solicitud(?: de amistad)?) de .{2,60}|(?:ignorar|aceitar|recusar|confirmar|excluir|eliminar) (?:o )?(?:convite|pedido|(?:a )?solicita[cç][aã]o)(?: de amizade)? de .{2,60})$/iu;

/** The summary row of follow requests: a username, then "+ 3 others" in one of the five languages. */
const SUMMARY_ROW_RE = /^[\p{L}\p{N}._]{2,30}\s*(?:\+|and|y|und|et|e)\s*\d{1,4}\s+(?:others?|more|andere[n]?|weitere[n]?(?: personen)?|más|mas|otros|otras|personas más|autres(?: personnes)?|outras(?: pessoas)?|outros|mais)$/iu;

/** Three or more icons and nothing else. */
const ICON_BAR_RE = /^(?:[^\p{L}\p{N}\s]{1,3}\s+){2,}[^\p{L}\p{N}\s]{1,3}$/u;
/** A row of icon buttons, as a phone screen's text gives them: "(X) (✓)", "Ⓧ ✓", "✕  ✓". */
const GLYPH_BUTTONS_RE = /^(?:\(?\s*[xX✕✖✗×Ⓧⓧ]\s*\)?)\s+(?:\(?\s*[✓✔✅]\s*\)?)$/u;

/** A notification's header at the start of a longer line: the app, a dot and when. */
const PUSH_PREFIX_RE = /^((?:linkedin|facebook|instagram|x|twitter|messenger)\s*[·•]\s*(?:now|just now|ahora|jetzt|gerade|maintenant|à l['’]instant|agora|\d{1,2}:\d\d|(?:hace|vor|il y a|há)?\s*\d{1,3}\s*\p{L}{1,8}\.?(?:\s+ago)?))[ \t]{2,}(?=\S)/gimu;

/** A note's label in the apps' and e-mails' own words, before the note itself. */
// (and with whose it is: "Rachel's note:", "Nota de Claudia:", "Nachricht von Jonas:", "Mensagem de Juliana:")
const NOTE_LABEL_RE =
  /^(?:(?:\p{Lu}[\p{L}'’-]{1,20}['’]s\s+)?(?:message|dm|note|personal note)|(?:mensaje|mensaje personal|nota|nachricht|persönliche nachricht|notiz|mot|message|mensagem|recado)(?:\s+(?:de|von|d['’]|da|do)\s*\p{Lu}[\p{L}'’-]{1,20})?)\s?:\s+(?=\S)/iu;
/** A channel's name, then who wrote and what: "Messenger · Nadia Benali : Coucou !". */
const CHANNEL_BODY_RE =
  /^(?:messenger|message requests?|messages?|direct messages?|dm|solicitudes de mensajes?|mensajes?|nachrichtenanfragen|nachrichten|demandes? de messages?|messages? en attente|solicitações de mensagens?|solicitacoes de mensagens?|pedidos de mensagem|mensagens?)\s*[·•|–-]\s*([^:]{2,60}?)\s?:\s+(\S.*)$/iu;
/** Who wrote and what, on a channel's line, when the writer reads as a name. */
function channelBody(t: string): { who: string; said: string } | null {
  const m = CHANNEL_BODY_RE.exec(t);
  const who = m ? nameIn(m[1]) : undefined;
  return who ? { who, said: m![2]! } : null;
}

/** A profile's counts, each on its line: "312 publicaciones", "1.480 seguidores", "903 seguindo", "12,5 k Follower". */
const PROFILE_COUNT_RE = /^\d[\d.,\s]*\s?(?:[km]|mil|mio\.?|m\.)?\s+(?:posts?|publicaciones|publicações|publicacoes|beiträge|beitrage|publications|seguidores|seguidos|seguindo|siguiendo|followers?|following|abonnés|abonnes|abonnements|abonnement|gefolgt|folge ich|abonniert|folgt|follower)$/iu;
/** A profile's counts on one line: "8.412 posts · 903 siguiendo · 12,4 mil seguidores". */
const profileCounts = (t: string): boolean => (t.length <= 40 && PROFILE_COUNT_RE.test(t)) || (t.length <= 100 && /[·•|]/.test(t) && t.split(/\s*[·•|]\s*/).every((part) => PROFILE_COUNT_RE.test(part)));

/** A line of columns ("Invitations (2)       Show all"): interface when every column is. */
function interfaceColumns(raw: string): boolean {
  const cols = raw.split(/\t+|\s{3,}/).map((c) => c.trim()).filter(Boolean);
  return cols.length >= 2 && cols.every((c) => c.length <= 80 && isInterfaceWords(c));
}

/** The person's name from a line that names them ("Marcus Lee's profile picture"), when it reads as a name. */
function nameIn(s: string | undefined): string | undefined {
  if (!s) return undefined;
  // "Marcus Lee (@marcuslee)": the name without the handle
  const who = cleanName(s.replace(/^(?:@|new:?\s*)/i, "").replace(/\s*\(?@[\w.]{1,30}\)?\s*$/, "").replace(TRAILING_BADGES_RE, ""));
  return looksLikeName(who) ? who : undefined;
}

/**
 * The user's own words before a request of a list ("keine Ahnung, wer das ist:", "rencontrée au club
 * d'escalade :"): a short line of words ending in a colon, with a name on the next line. Exported so the
 * splitter's property test knows which lines are dropped on purpose.
 */
export function isUserCaption(line: string, nextLine: string): boolean {
  const t = line.trim();
  return (
    t.length <= 90 &&
    /\s?:$/.test(t) &&
    /\s/.test(t) &&
    /\p{L}{2}/u.test(t) &&
    !EMAIL_HEADER_RE.test(t) &&
    looksLikeName(nextLine.trim().replace(/^(?:[-*+•]|\d{1,2}[.)])\s+/u, ""))
  );
}

/**
 * Labels every line of a paste: the platform's buttons, chrome, badges, times, e-mail
 * headers and footers, links and stock sentences apart from the person's words. The
 * parser and the page splitter both start here.
 */
export function labelLines(text: string): { lines: PasteLine[]; emailish: boolean } {
  // the costly unanchored scans run per line only when the whole text has a hit.
  // A platform's own footer ("Diese Nachricht wurde an … gesendet") makes a paste an e-mail
  // in any language, headers or not; the generic ones ("Unsubscribe") only on an e-mail.
  const footerInText = mayHoldFooter(text) && FOOTER_RE.test(text);
  const emailish = footerInText || EMAILISH_RE.test(text);
  const genericFooterInText = footerInText || (emailish && mayHoldGenericFooter(text) && GENERIC_FOOTER_RE.test(text));
  const raws = text.split("\n");
  if (raws.length > MAX_LINES) raws.length = MAX_LINES;
  const lines: PasteLine[] = [];
  // (a line's match, kept for the branch that reads it)
  let channel: { who: string; said: string } | null;
  let invitedBy: RegExpExecArray | null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const t = cleanLine(raw);
    const line: PasteLine = { raw, text: t, kind: "content" };
    lines.push(line);
    if (!t) {
      line.kind = "blank";
      continue;
    }
    // Gmail shows the sender without "From:": "Facebook <notification@facebookmail.com>" is the platform's
    // (a person's "Thomas Girard via LinkedIn <…>" is read as their name below)
    if (t.endsWith(">") && /^["“]?(?:facebook|meta|instagram|linkedin|x|twitter)["”]?\s*</i.test(t) && PLATFORM_SENDER_RE.test(t)) {
      line.kind = "header";
      continue;
    }
    // and a person's invitation as "Oliver Grant via LinkedIn <invitations@linkedin.com>": the sender line that opens each e-mail of a thread
    // (in the inbox's list, without the address: "Oliver Grant via LinkedIn")
    if ((t.endsWith(">") && PLATFORM_SENDER_RE.test(t)) || (t.length <= 80 && VIA_PLATFORM_NAME_RE.test(t))) {
      const sender = t.replace(/\s*<[^<>]*>$/, "").replace(/["“”]/g, "").trim();
      const who = VIA_PLATFORM_RE.test(sender) ? nameIn(sender.replace(VIA_PLATFORM_RE, "")) : null;
      if (who) {
        line.kind = "header";
        line.who = who;
        continue;
      }
    }
    // a screen reader's copy names each element's role first: "Button: Accept", "Link: View Hannah Cole's profile", "Imagen: …"
    const role = t.length <= 200 && t.includes(":") ? SCREEN_READER_RE.exec(t) : null;
    if (role) {
      line.kind = BUTTON_ROLE_RE.test(role[1]!) ? "button" : "chrome";
      continue;
    }
    // the app's buttons as a screen reader names them: "Accept Hannah Lee's invitation", "Einladung von Felix Brandt annehmen"
    if (t.length <= 110 && NAMED_BUTTON_RE.test(t)) {
      line.kind = "button";
      continue;
    }
    // Instagram's row that opens the requests: "nele.hrtmn + 3 andere", "vale.cruz y 4 más" (a summary, no one's request)
    if (t.length <= 70 && SUMMARY_ROW_RE.test(t)) {
      line.kind = "chrome";
      continue;
    }
    // a tab bar's icons: "⌂      🔍      ⊕      ▶      ◯"
    if (ICON_BAR_RE.test(t)) {
      line.kind = "chrome";
      continue;
    }
    if (t.length <= 30 && HEADING_LEVEL_RE.test(t)) {
      line.kind = "chrome";
      continue;
    }
    if (RULE_LINE_RE.test(t)) line.kind = "rule";
    else if (/^\d{1,2}[:.]\d\d/.test(t) && isStatusBar(t)) line.kind = "chrome";
    else if (/^\d/.test(t) && profileCounts(t)) line.kind = "chrome";
    // (a card's buttons drawn apart are still its buttons: "Confirm      Delete")
    else if ((raw.includes("\t") || raw.includes("   ")) && interfaceColumns(raw)) line.kind = BUTTON_LINE_RE.test(t) ? "button" : "chrome";
    else if (t.length <= 60 && PUSH_HEADER_RE.test(t)) line.kind = "chrome";
    else if (FORWARD_MARKER_RE.test(t)) line.kind = "forward";
    // the note under its label: "Message : coucou ! …", "DM: hey…", "Nachricht: Hallo …"
    else if (t.includes(":") && NOTE_LABEL_RE.test(t)) {
      line.text = t.replace(NOTE_LABEL_RE, "");
      line.kind = "content";
    }
    // a card's heading that names who invited: "Einladung von Sarah Brandt", "Convite de Mariana Teixeira"
    // (a username there names no one: "Pedido de mensagem de lx.fotografia_:" is the interface's)
    else if (t.length <= 90 && (invitedBy = INVITATION_FROM_RE.exec(t))) {
      const who = nameIn(invitedBy[1]!.replace(/\s*:$/, ""));
      line.kind = who ? "event" : "chrome";
      if (who) line.who = who;
    }
    // a message shown beside the request, after the channel's name: "Messenger · Nadia Benali : Coucou !", "Message requests · Casey Lee: hey!"
    else if (t.includes(":") && (channel = channelBody(t))) {
      line.kind = "event";
      line.who = channel.who;
      lines.push({ raw: channel.said, text: channel.said, kind: "content" });
    }
    // under an app's notification header ("Messenger · hace 2 h"), "Katya Ivanova: Hola guapo…" is who wrote, then what
    else if (t.includes(":") && pushBody(lines, t)) {
      const [, who, said] = PUSH_BODY_RE.exec(t)!;
      line.kind = "event";
      line.who = nameIn(who)!;
      lines.push({ raw: said!, text: said!, kind: "content" });
    }
    // the user's own words before each request of a list: "keine Ahnung, wer das ist:", "rencontrée au club d'escalade :"
    else if (isUserCaption(t, raws.slice(i + 1).find((r) => r.trim()) ?? "")) line.kind = "chrome";
    else if (t.includes(":") && EMAIL_HEADER_RE.test(t) && (emailish || i < 8)) {
      line.kind = "header";
      const value = t.match(EMAIL_HEADER_RE)?.[1] ?? "";
      const key = t.slice(0, t.indexOf(":")).trim().toLowerCase();
      if (/^(?:from|von|de|da|van|od|från|kimden)$/.test(key) && PLATFORM_SENDER_RE.test(value)) line.who = nameIn(value.replace(/<[^>]*>/, "").trim().replace(VIA_PLATFORM_RE, "").replace(/["“”]/g, ""));
      else if (/^(?:subject|betreff|asunto|objet|assunto|oggetto|onderwerp|temat|ämne|konu|assumpte)$/.test(key) && EVENT_HINT_RE.test(value)) {
        // "Jenn, Javier Ortega wants to connect": the user's name first, then the person's
        const subject = EVENT_RE.exec(value)?.[1] ?? INVITATION_FROM_RE.exec(value)?.[1];
        line.who = nameIn(subject?.replace(/^[^,]{1,40},\s+(?=\S)/, "")) ?? nameIn(subject);
      }
    } else if (t.length <= 80 && isInterfaceWords(t.replace(/^[·•|\-–—\s]+/, ""))) {
      const bare = t.replace(/^[·•|\-–—\s]+/, "");
      line.kind = BUTTON_LINE_RE.test(bare) ? "button" : CHROME_LINE_RE.test(bare) ? "chrome" : BADGE_LINE_RE.test(bare) ? "badge" : "time";
    } else if (t.length <= 40 && t.includes(" ") && brokenButtons(t)) line.kind = "button";
    else if (t.length <= 240 && isNotice(t)) line.kind = "notice"; // the page's other activity: "Marcus Lee liked your post"
    else if (t.length <= 200 && STOCK_HINT_RE.test(t) && STOCK_LINE_RE.test(t.replace(/^["“„«»‚‘]+\s*|\s*["”“«»’]+$/g, ""))) line.kind = "stock";
    else if (t.length < 400 && ((footerInText && FOOTER_RE.test(t)) || (genericFooterInText && t.length < 300 && GENERIC_FOOTER_RE.test(t)))) line.kind = "footer";
    else if ((t.includes("http") || t.includes("www.")) && LINK_LINE_RE.test(t) && (isPlatformLink(t.match(/(?:https?:\/\/|www\.)[^\s<>]+/i)?.[0] ?? "") || (emailish && /^[\p{L}'’ ]{1,40}:\s*</u.test(t)))) line.kind = "link";
    else {
      const share = t.length <= 220 && PICTURE_HINT_RE.test(t) ? SHARE_SHEET_RE.exec(t) : null;
      const sharedName = share ? nameIn(share.slice(1).find(Boolean)) : undefined;
      if (sharedName) {
        line.kind = "picture";
        line.who = sharedName;
        line.shared = true;
        continue;
      }
      const pic = t.length <= 90 && PICTURE_HINT_RE.test(t) ? t.match(PROFILE_PICTURE_RE) : null;
      if (pic) {
        const who = nameIn(pic[1] ?? pic[2] ?? pic[3] ?? pic[4]);
        if (who) {
          line.kind = "picture";
          line.who = who;
          continue;
        }
      }
      const reply = t.length <= 70 ? t.match(REPLY_TO_RE) : null;
      const replyTo = reply?.[1] ?? reply?.[2];
      if (replyTo && nameIn(replyTo)) {
        line.kind = "reply";
        line.who = nameIn(replyTo);
        continue;
      }
      if (EVENT_HINT_RE.test(t)) {
        if (EVENT_ONLY_RE.test(t)) {
          line.kind = "event";
          continue;
        }
        const ev = EVENT_RE.exec(t);
        // a display name may be long when decorated: "💰Crypto Signals 10x Daily | DM 'START' for free VIP group💰 followed you"
        // (a grouped one names people before "and 2 others": "Ana Ruiz and 2 others followed you")
        const named = ev?.[1]?.replace(GROUP_TAIL_RE, "").replace(/\s+(?:and|y|und|et|e)\s+/g, ", ");
        const subjectWords = named?.split(/\s+/).length ?? 0;
        const decorated = !!ev?.[1] && /[|│]|\p{Extended_Pictographic}/u.test(ev[1]);
        if (ev?.[1] && named && (!FIRST_PERSON_RE.test(ev[1]) || isUsername(ev[1].trim())) && ((subjectWords <= 6 && !sentenceSubject(named)) || (decorated && subjectWords <= 16))) {
          line.kind = "event";
          // Instagram's activity: "rosa.delgado.art (Rosa Delgado) requested to follow you": the name in brackets, else the username
          const withName = ev[1].match(/^@?([A-Za-z0-9._]{2,30})\s*\((.{1,80})\)$/);
          // and the other way round: "Lena Vogt (lena.vogt.fotografie) möchte dir auf Instagram folgen"
          const nameFirst = withName ? null : ev[1].match(/^(.{2,60}?)\s*\(@?([A-Za-z0-9._]{2,30})\)$/);
          let subject = withName ? (nameIn(withName[2]) ?? withName[1]!) : nameFirst && nameIn(nameFirst[1]) ? nameFirst[1]! : ev[1].replace(/^(?:@|new:?\s*)/i, "");
          // an e-mail's subject addresses the user first: "Jenn, Priya Raman wants to connect", "Jenn, Priya has sent you an invitation"
          // (one person's "has" says it is no group; a group's first is a full name or a username: "Ana Ruiz, Marcos Lee and 2 others")
          const one = ONES_AUXILIARY_RE.test(subject);
          if (one) subject = subject.replace(ONES_AUXILIARY_RE, "");
          const addressed = /^\p{Lu}[\p{L}'’-]{1,20},\s+(?=\p{Lu})/u.exec(subject);
          if (addressed) {
            const rest = subject.slice(addressed[0].length);
            if (!/,|\s(?:and|y|und|et|e)\s/.test(rest) && !GROUP_TAIL_RE.test(rest) && (one || rest.includes(" "))) subject = rest;
          }
          // "Ana Ruiz and 2 others followed you", "jonas.brandt, marie_k und 3 weitere": each person named asks on their own
          const group = GROUP_TAIL_RE.test(subject) || /,|\s(?:and|y|und|et|e)\s/.test(subject) ? groupedNames(subject) : null;
          if (group && group.length >= 1 && !nameIn(subject)) {
            subject = group[0]!;
            const phrase = t.slice(ev[1].length).trim();
            for (const other of group.slice(1)) lines.push({ raw: `${other} ${phrase}`, text: `${other} ${phrase}`, kind: "event", who: other });
          }
          // "Chloe Bennett | Tech Recruiter at Hirewell followed you": X's display name with the role in it
          const roled = !withName && !nameIn(subject) ? nameThenRole(subject) : null;
          if (roled) subject = roled.name;
          // (a display name can be anything, "Earn 5000$ Weekly Forex Bitcoin sent you a friend request": still who asks)
          line.who =
            nameIn(subject) ??
            (isUsername(subject) ? subject : decorated ? subject.replace(/\p{Extended_Pictographic}/gu, "").trim() || undefined : /^[\p{Lu}\p{N}]/u.test(subject) && subject.split(/\s+/).length <= 8 ? subject : undefined);
          if (roled && line.who) lines.push({ raw: roled.role, text: roled.role, kind: "content" });
          // a display name in the brackets that is no name ("Amelia 💸 Forex Mentor | $500 ➜ $5,000 in 7 days") is the account's own words
          if (withName && !nameIn(withName[2]) && /\p{L}{2,}/u.test(withName[2]!)) lines.push({ raw: withName[2]!, text: withName[2]!, kind: "content" });
          const rest = (ev[2] ?? "").replace(/^[\s·•|]+/, "").replace(TRAILING_TIME_RE, "").replace(/^\d{1,3}\s?[smhdwy]\b\.?\s*/i, "").trim();
          // the rest of the line after "wants to connect:" is the person's note
          // (French puts a space before "!": "… vous suit !" leaves no words)
          // ("… quiere ser tu amigo en Facebook." leaves the platform's name, not a note)
          if (rest && /[\p{L}\p{N}]/u.test(rest) && !TIME_LINE_RE.test(rest) && !ON_PLATFORM_RE.test(rest)) {
            // a notification's one line holds the card: "· Data Scientist at Tailspin Toys · 0 mutual connections · "Hi Jenn, …""
            const pieces = rest.includes(" · ") ? rest.split(/\s+·\s+/) : [rest];
            const card = pieces.length > 1 && pieces.some((p) => !!findMutual(p) || /^["“„«]/.test(p));
            for (const piece of card ? pieces : [rest]) lines.push({ raw: piece, text: card ? piece.replace(/^["“„«]+|["”“»]+$/g, "") : piece, kind: "content" });
          }
          continue;
        }
      }
      // degree and badges after a name or a headline: "Marcus Lee • 2nd", "Ana Ruiz · Premium"
      if (line.text.length <= 160 && BADGE_HINT_RE.test(line.text)) line.text = line.text.replace(TRAILING_BADGES_RE, "").trim() || line.text;
    }
  }
  // Above a forwarded or quoted e-mail ("---------- Forwarded message ---------", "On … wrote:") is the
  // words of whoever forwarded or answered it (a colleague's "FYI", their signature), not the person's
  // (Outlook quotes with a rule, then the next header block: "________", "From: LinkedIn <…>")
  let forward = -1;
  let contentAbove = false;
  // (but several of the platform's e-mails pasted one after another each open with their headers: the rule between them quotes nothing)
  const firstFrom = lines.find((l) => l.kind === "header" && /^(?:from|von|de)\s*:/i.test(l.text));
  const headersFirst = lines.find((l) => l.kind !== "blank")?.kind === "header" && !!firstFrom && PLATFORM_SENDER_RE.test(firstFrom.text) && !lines.some((l) => l.kind === "header" && /^(?:subject|betreff|asunto|objet|assunto)\s*:\s*(?:fw|fwd|wg|tr|rv|re|aw|enc|res)\s*:/i.test(l.text));
  for (let i = 0; !headersFirst && i < lines.length && forward < 0; i++) {
    const l = lines[i]!;
    if (l.kind === "forward" || (contentAbove && l.kind === "header" && /^(?:from|von|de)\s*:/i.test(l.text) && lines.slice(Math.max(0, i - 3), i).some((p) => p.kind === "rule"))) forward = i;
    else if (l.kind === "content") contentAbove = true;
  }
  if (forward > 0 && contentAbove && lines.slice(forward + 1).some((l) => l.kind === "content")) {
    for (let i = 0; i < forward; i++) if (lines[i]!.kind === "content") lines[i]!.kind = "chrome";
  }
  markWordsAboveList(lines);
  markSubject(lines);
  return { lines: unfoldRows(lines), emailish };
}

/**
 * An e-mail copied whole starts with its subject: "Ana, quiero conectar contigo", then the
 * mailbox's label ("Recibidos") or the sender's header. The subject is the platform's (or
 * the sender's heading), not the start of a note, so the card below it keeps its name.
 */
/**
 * The user's own words typed above a copied screen ("ugh, this recruiter again. screenshot
 * below", then "Invitations", then the card): a list's heading with a name under it starts
 * the screen, and what comes before it is the user's, not the person's note.
 */
function markWordsAboveList(lines: PasteLine[]): void {
  // the heading alone, or with the bar's other words after it: "Solicitudes de amistad Ver todo"
  const heading = lines.findIndex((l) => l.kind === "chrome" && l.text.split(" ").some((_, k, words) => REQUESTS_HEADING_RE.test(words.slice(0, words.length - k).join(" "))));
  if (heading <= 0) return;
  const next = lines.slice(heading + 1).find((l) => l.kind === "content");
  if (!next || !looksLikeName(next.text)) return;
  const above = lines.slice(0, heading).filter((l) => l.kind === "content");
  // only words, never a card: no name line among them
  if (above.length === 0 || above.length > 4 || above.some((l) => looksLikeName(l.text))) return;
  for (const l of above) l.kind = "chrome";
}

/** "Ana Ruiz and 2 others", "jess.lin.design, marco_b and 12 others", "Julien Marchand et 7 autres personnes": the people a grouped notification names. */
const GROUP_TAIL_RE = /\s+(?:and|y|und|et|e)\s+(?:(?:mais|más|plus|outras|outros|otras|otros|autres|andere|weitere|other)\s+)?\d[\d.,]*\s+(?:others?|other people|personas?(?: más)?|más|weitere(?:n)?(?: personen)?|andere(?:n)?(?: personen)?|personen|autres(?: personnes)?|personnes|outras(?: pessoas)?|pessoas|outros)$/iu;
export function groupedNames(subject: string): string[] | null {
  const bare = subject.replace(GROUP_TAIL_RE, "");
  const parts = bare.split(/\s*,\s*|\s+(?:and|y|und|et|e)\s+/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const who = parts.map((p) => nameIn(p) ?? (isUsername(p) ? p : undefined));
  return who.every(Boolean) ? (who as string[]) : null;
}

/** A line of the page's other activity, which asks for nothing (see surfaces NOTICE_RE). */
function isNotice(t: string): boolean {
  if (NOTICE_LINE_RE.test(t) || REPLY_MARKER_RE.test(t)) return true;
  const m = NOTICE_RE.exec(t);
  // (X names who replied by handle: "@sandra_k hat auf deinen Post geantwortet")
  return !!m && !!groupedNames(m[1]!.trim().replace(/^@(?=[\w.]{2,30}$)/, ""));
}

/** A screen reader's role before an element's text, in the five languages. */
const SCREEN_READER_RE = /^(link|button|image|img|graphic|heading(?:,? level \d)?|enlace|vínculo|botón|boton|imagen|gráfico|encabezado(?: de nivel \d)?|schaltfläche|bild|grafik|überschrift(?: ebene \d)?|lien|bouton|titre(?: de niveau \d)?|imagem|botão|botao|título(?: de nível \d)?|cabeçalho)\s*:\s*\S/iu;
const BUTTON_ROLE_RE = /^(?:button|botón|boton|schaltfläche|bouton|botão|botao)$/i;
const HEADING_LEVEL_RE = /^(?:heading,? level \d|encabezado(?: de)? nivel \d|überschrift(?:,? ebene)? \d|titre(?: de)? niveau \d|título(?: de)? nível \d)$/i;

/** A signature's phone line: "M: 07700 900 318", "Tel.: +49 30 1234567", "Móvil +34 600 11 22 33". */
const CONTACT_LINE_RE = /^(?:m|t|p|tel|tél|tlf|mob|mobile|cell|phone|fon|telefon|telefone|teléfono|telefono|móvil|movil|celular|cel|portable|handy|office|direct)\.?\s*[:.]?\s*\+?\d[\d\s().\/-]{6,20}\d$/i;
/** A signature's name, then the role and company: "Sarah-Jane Whitmore | Senior Recruiter | Northgate Partners". */
const SIGNATURE_LINE_RE = /^([^|–—·,]{3,60}?)\s*[|–—·,]\s*(.{3,160})$/;

/** A person's sender line as Gmail shows it: "Vincent Chevalier <v.chevalier@maridor.fr>". */
const SENDER_LINE_RE = /^[^<>@]{2,60}?\s*<[^<>@\s]+@[^<>\s]+>$/;
function markSubject(lines: PasteLine[]): void {
  const first = lines.findIndex((l) => l.kind !== "blank");
  const line = lines[first];
  if (!line || line.kind !== "content" || line.text.length > 100 || /[?？]$/.test(line.text)) return;
  const next = lines.slice(first + 1).find((l) => l.kind !== "blank");
  const sender = (l: PasteLine) => l.kind === "header" || (l.kind === "content" && SENDER_LINE_RE.test(l.text));
  if (next && (next.kind === "chrome" || sender(next)) && lines.some((l, i) => i > first && sender(l))) line.kind = "chrome";
}

/**
 * An inbox's preview puts a whole card on one line: "- Elena Vidal Directora de Riesgos en BBVA
 * 14 contactos en común «Hola Sergio, …» Aceptar Ver perfil". Such a line, under the event
 * that names the person, is cut back into the card's lines: name, headline, mutual count,
 * the quoted note, the buttons and what follows them.
 */
function unfoldRows(lines: PasteLine[]): PasteLine[] {
  if (!lines.some((l) => l.who) || !lines.some((l) => l.kind === "content" && l.text.length > 40)) return lines;
  const out: PasteLine[] = [];
  let who: string | undefined;
  for (const line of lines) {
    if ((line.kind === "event" || line.kind === "header" || line.kind === "picture") && line.who) who = line.who;
    const t = line.text.replace(/^[-–—•·]\s+/, "");
    const mutual = line.kind === "content" && t.length > 40 && who && t.toLowerCase().startsWith(who.toLowerCase()) ? findMutualConnections(t) : null;
    const at = mutual ? t.indexOf(mutual.evidence) : -1;
    let tail = at >= 0 ? t.slice(at + mutual!.evidence.length).replace(/^[\s·•|,]+/, "") : "";
    const head = at >= 0 ? t.slice(0, at).replace(/[\s·•|,-]+$/, "") : "";
    // a row only when the card goes on after the count (a note or buttons) and starts with the person's name
    if (!mutual || !tail || !who || !head.toLowerCase().startsWith(who.toLowerCase())) {
      out.push(line);
      continue;
    }
    const parts: { text: string; kind: LineKind }[] = [{ text: who, kind: "content" }];
    const rest = head.slice(who.length).trim();
    if (rest) parts.push({ text: rest, kind: "content" });
    parts.push({ text: mutual!.evidence, kind: "content" });
    const quoted = /^[«“"„‘']([^«»“”"„]{2,}?)[»”"“’'](?=\s|$)/.exec(tail);
    if (quoted) {
      parts.push({ text: quoted[0], kind: "content" });
      tail = tail.slice(quoted[0].length).trim();
    }
    // the buttons, then whatever the preview shows after them (a footer)
    const words = tail.split(/\s+/);
    let cut = 0;
    for (let k = words.length; k > 0; k--) {
      if (BUTTON_LINE_RE.test(words.slice(0, k).join(" "))) {
        cut = k;
        break;
      }
    }
    if (cut) parts.push({ text: words.slice(0, cut).join(" "), kind: "button" });
    const after = words.slice(cut).join(" ").trim();
    if (after) parts.push({ text: after, kind: FOOTER_RE.test(after) || GENERIC_FOOTER_RE.test(after) ? "footer" : "content" });
    for (const p of parts) out.push({ raw: p.text, text: p.text, kind: p.kind });
  }
  return out;
}

/** What made the parser unsure; the page points the user at "Correct these". */
export type ParseWarning = "no_name" | "several_names" | "interface_left" | "several_requests";

export interface DetailedParse {
  parsed: ParsedRequest;
  /** the person's own words (name, headline, note), the only text the spam model and signals read */
  personText: string;
  /** the language of the platform's own lines (buttons, headings, the mutual line), when one leads */
  interfaceLanguage: () => "en" | "es" | "de" | "fr" | "pt" | null;
  /** the lines show more than one request's worth of cues (two people named, two rows of buttons, two mutual lines, a "---"): worth splitting to see */
  mayHoldSeveral: boolean;
  warnings: ParseWarning[];
}

export function parseRequest(rawText: string, platform?: Platform | null): ParsedRequest {
  return parseRequestDetailed(rawText, platform).parsed;
}

export function parseRequestDetailed(rawText: string, platform?: Platform | null): DetailedParse {
  const text = repairPaste(htmlToText(rawText.length > MAX_PARSE_CHARS ? rawText.slice(0, MAX_PARSE_CHARS) : rawText))
    .replace(/\r\n?/g, "\n")
    // (and the apps' icon glyphs, private-use characters that a phone copies with the text)
    .replace(/[\u200b\u200c\u2060\ufeff\ue000-\uf8ff]/g, "");
  const detected = platform ?? detectPlatform(text);
  const handles = findHandles(text);
  const mutual = findMutualConnections(text);
  const { lines } = labelLines(text);

  /** Names the interface gives the person (picture alt text, "X wants to connect", the From header), strongest first. */
  const named: string[] = [];
  /** a headline on the mutual line, when the paste has no headline line of its own */
  let headlineBeside: string | null = null;
  let replyName: string | undefined;
  for (const line of lines) {
    if (line.kind === "picture" || line.kind === "event" || line.kind === "header") {
      if (line.who && !(line.kind === "event" && isUsername(line.who) && !looksLikeName(line.who))) named.push(line.who);
      // "gabriel.rocha começou a seguir você": the username is the person's handle
      else if (line.who && !handles.includes(line.who) && !handles.includes(`@${line.who}`)) handles.push(line.who);
      continue;
    }
    if (line.kind === "reply") {
      replyName ??= line.who;
      continue;
    }
    if (line.kind !== "content") continue;
    const t = line.text;
    // a mutual line is the interface's; a sentence that happens to hold one is the person's
    // (a phone may wrap it: "Omar Haddad and 6 other mutual" / "connections")
    const evidence = mutual && !t.includes(mutual.evidence) && mutual.evidence.includes("\n") && t.endsWith(mutual.evidence.split("\n")[0]!.trim()) ? mutual.evidence.split("\n")[0]!.trim() : mutual?.evidence;
    if (mutual && evidence && t.includes(evidence) && t.length - evidence.length <= 40) {
      line.kind = "mutual";
      if (evidence !== mutual.evidence) {
        const rest = nextNonBlankLine(lines, line);
        // (the wrapped part may carry the time after it: "comun · hace 2 dias")
        if (rest && (mutual.evidence.endsWith(rest.text) || rest.text.startsWith(`${mutual.evidence.slice(mutual.evidence.lastIndexOf("\n") + 1).trim()} `))) rest.kind = "mutual";
      }
      // Instagram: "Sam Porter · 1 mutual follower"; LinkedIn: "Ana Diaz and 13 other mutual connections" names someone else
      // (an icon before the count is no headline: "🔗 23 mutual connections")
      const before = t.slice(0, t.indexOf(evidence)).replace(/[\s·•|,-]+$/, "").replace(/^[\p{Extended_Pictographic}\uFE0F\s]+$/u, "");
      // but LinkedIn's e-mail puts the place there, under the name and headline: "Málaga · 8 contactos en común"
      const nameAbove = lines.slice(0, lines.indexOf(line)).some((l) => (l.kind === "content" || l.kind === "name") && looksLikeName(l.text));
      if (before && /[·•|]\s*$/.test(t.slice(0, t.indexOf(evidence))) && looksLikeName(before) && !nameAbove && !isLocation(before)) named.push(cleanName(before));
      // a notification's one line: "Director Financiero en Finarca · 31 contactos en común"
      else if (before && !looksLikeName(before) && !isLocation(before) && !isMessageLike(before) && before.length <= 120) headlineBeside ??= before;
      continue;
    }
    if (t.includes("@")) {
      // "@ana_r · Ana Ruiz", "Ana Ruiz @ana_r", "Ana Ruiz (@ana_r) / X", "Ana Ruiz (@ana.r) • Instagram photos and videos"
      const handleLine =
        t.match(/^@([A-Za-z0-9_.]{1,30})\s*(?:[·•|-]\s*(.+))?$/) ??
        t.match(/^(.{2,60}?)\s+@([A-Za-z0-9_.]{1,30})$/) ??
        t.match(/^(.{2,60}?)\s+\(@([A-Za-z0-9_.]{1,30})\)(?:\s*[/•·|-]\s*.{0,60})?$/);
      if (handleLine) {
        line.kind = "handle";
        const maybeName = t.startsWith("@") ? handleLine[2] : handleLine[1];
        if (maybeName && looksLikeName(maybeName)) named.push(cleanName(maybeName));
        continue;
      }
    }
    if (t.length <= 30 && !t.includes(" ") && isUsername(t) && (/[._\d]/.test(t) || nextContentLooksLikeName(lines, line))) {
      line.kind = "handle";
      if (!handles.includes(t) && !handles.includes(`@${t}`)) handles.push(t);
    }
  }

  let name: string | null = named[0] ?? null;
  const recipients = recipientNames(lines);

  // The header: the first content lines, before any note. A name first, then a headline.
  // a notification's headline shares the mutual line; the lines after it are other notifications
  let headline: string | null = headlineBeside;
  let seenContent = 0;
  let headlineDone = false;
  let cardAfterNote = false;
  const noteLines: string[] = [];
  const nameLines: string[] = [];
  // "Hi Jenn," alone on a line: the start of the note when a note follows, an e-mail's salutation when the header follows
  let salutation: string | null = null;
  let salutationLine: PasteLine | null = null;
  for (const line of lines) {
    if (line.kind !== "content") continue;
    // "Priya Raman <priya@globex.com>", "Marcus Lee via LinkedIn": the name without the address
    let t = line.text;
    if (t.endsWith(">")) t = t.replace(/^(.{2,60}?)\s*<[^<>@\s]+@[^<>\s]+>$/, "$1").replace(VIA_PLATFORM_RE, "");
    if (noteLines.length === 0 && SALUTATION_RE.test(t)) {
      salutation = t;
      salutationLine = line;
      continue;
    }
    // the user's own name in an e-mail's header ("Jenn Hanford" above "Hi Jenn,"): theirs, not the sender's
    if (recipients.length && noteLines.length === 0 && isRecipient(t, recipients) && anotherNameFollows(lines, line)) {
      line.kind = "chrome";
      continue;
    }
    if (!name && seenContent === 0 && noteLines.length === 0 && (looksLikeName(t) || (looksLikeLowerName(t) && cardFollows(lines, line)))) {
      line.kind = "name";
      name = cleanName(t);
      nameLines.push(name);
      salutation = null; // "Hi Jenn," above the sender's name greets the user: the e-mail's, not the note's
      continue;
    }
    // "Rafael Tavares | Corretor de Imóveis": a display name that carries the role (Instagram, X)
    const withRole = !name && seenContent === 0 && noteLines.length === 0 ? nameThenRole(t) : null;
    if (withRole) {
      line.kind = "name";
      name = withRole.name;
      nameLines.push(name);
      headline = withRole.role;
      seenContent++;
      salutation = null;
      continue;
    }
    if (name && t.length < name.length + 24 && sameName(stripDecorations(t), name)) {
      line.kind = "name";
      // the card's own line names in full whom a subject named short: "Jorge Luis" then "Jorge Luis Paredes Quispe"
      if (t.length > name.length && fold(t).startsWith(`${fold(name)} `) && looksLikeName(t)) name = cleanName(t);
      salutation = null;
      // LinkedIn's e-mail puts the message first, then the card: the name again, the headline, the place
      if (noteLines.length > 0 && headline === null) cardAfterNote = true;
      continue;
    }
    if (cardAfterNote) {
      if (headline === null && !isMessageLike(t) && t.length <= 220) {
        headline = t;
        continue;
      }
      if (headline !== null && (isLocation(t) || isPlaceAtHeaderEnd(t, lines, line))) {
        line.kind = "location";
        continue;
      }
      cardAfterNote = false;
    }
    if (!headlineDone && noteLines.length === 0 && (name || handles.length) && !isMessageLike(t) && t.length <= 220) {
      // Facebook shows where they live where LinkedIn shows a headline
      if (LIVES_IN_RE.test(t)) {
        line.kind = "location";
        continue;
      }
      if (headline === null) {
        // a second name where a headline should be: two people, or a name the parser got wrong
        if (named.length && seenContent === 0 && looksLikeName(t)) nameLines.push(cleanName(t));
        headline = t;
        seenContent++;
        continue;
      }
      // a phone wraps a long headline: "Senior Recruiter | Headhunter für" / "Engineering-Positionen bei Hays"
      if (seenContent === 1 && DANGLING_END_RE.test(headline) && t.length <= 120 && !findMutual(t)) {
        headline = `${headline} ${t}`;
        continue;
      }
      if (isLocation(t) || isPlaceAtHeaderEnd(t, lines, line)) {
        line.kind = "location";
        continue;
      }
      // and wraps it anywhere: "Regional Account Manager at Northwind" / "Traders | Supply chain nerd", just above the mutual line
      if (seenContent === 1 && detected !== "instagram" && detected !== "x" && headline.length >= 24 && t.length <= 80 && !/[.!?…]$/.test(t) && mutualLineFollows(lines, line)) {
        headline = `${headline} ${t}`;
        continue;
      }
      // Instagram and X show a bio of a line or more under the name: the person's words, not a note
      if ((detected === "instagram" || detected === "x") && BIO_LINE_RE.test(t) && !/[.!?]\s*$/.test(t)) {
        line.kind = "bio";
        continue;
      }
    }
    if (isLocation(t) && noteLines.length === 0 && headline) {
      line.kind = "location";
      continue;
    }
    headlineDone = true;
    seenContent++;
    if (salutation && noteLines.length === 0) noteLines.push(salutation);
    noteLines.push(t.replace(/^["“]+|["”]+$/g, ""));
  }

  // an e-mail's signature: "Sarah-Jane Whitmore | Senior Recruiter | Northgate Partners", "M: 07700 900 318"
  const signer = name ?? personalSender(lines);
  for (const line of lines) {
    if (line.kind !== "content" || !noteLines.includes(line.text)) continue;
    if (CONTACT_LINE_RE.test(line.text)) {
      line.kind = "chrome";
      noteLines.splice(noteLines.indexOf(line.text), 1);
      continue;
    }
    const signed = signer && headline === null ? SIGNATURE_LINE_RE.exec(line.text) : null;
    if (signed && sameName(signed[1]!, signer!) && !isMessageLike(signed[2]!)) {
      headline = signed[2]!.trim();
      line.kind = "bio";
      noteLines.splice(noteLines.indexOf(line.text), 1);
    }
  }
  let note: string | null = noteLines.join("\n").trim() || null;
  // after a share sheet, the words are the user's about the person: "she's a talent acquisition partner at Northwind, sent me a request with no note"
  if (note && lines.some((l) => l.shared)) {
    const said = userAnnotation(note);
    headline ??= said.headline;
    if (said.noNote) note = null;
  }
  // Gmail's inbox row holds the whole invitation on one line: "- Hi Jenn, … Kevin Tran Talent Partner at Northwind · Seattle · 3 mutual connections Accept"
  if (note && name && !headline && !note.includes("\n")) {
    const card = snippetCard(note, name);
    if (card) {
      headline = card.headline;
      note = card.note;
    }
  }
  // an e-mail's "Hi Jenn," that did not open the note greets the user: the platform's words
  if (salutationLine && (!note || !note.startsWith(salutationLine.text))) salutationLine.kind = "stock";

  const warnings: ParseWarning[] = [];
  // a person's own e-mail (no platform sent it): the sender's name, before any sign-off ("Dan" under "From: Daniel R. Kessler")
  if (!name) name = personalSender(lines);
  if (!name) {
    const fromNote = nameFromNote(note);
    if (fromNote) name = fromNote;
    else if (replyName) {
      // "Reply to Marcus" gives the first name only: better than nothing, but say so
      name = replyName;
    }
  }
  if (!name && !handles.length) warnings.push("no_name");
  const candidates = [...named, ...nameLines];
  if (candidates.some((c) => !sameName(c, name ?? c))) warnings.push("several_names");
  else if (!named.length && replyName && name && !sameName(replyName, name) && !fold(name).startsWith(fold(replyName))) warnings.push("several_names");
  if (noteLines.some(looksLikeLeftoverInterface)) warnings.push("interface_left");

  const { role, company } = splitHeadline(headline);
  const personText = personWords(lines);

  let buttonRuns = 0;
  let mutualLines = 0;
  let separators = 0;
  let inButtons = false;
  for (const line of lines) {
    if (line.kind === "blank") continue;
    if (line.kind === "button") {
      if (!inButtons) buttonRuns++;
      inButtons = true;
      continue;
    }
    inButtons = false;
    if (line.kind === "rule" && /^[-–—─━]{3,}$/.test(line.text)) separators++;
    else if ((line.kind === "content" || line.kind === "mutual") && MUTUAL_LINE_HINT_RE.test(line.text)) mutualLines++;
  }
  const distinctNamed = new Set(named.map((n) => fold(n))).size;
  let uiLanguage: ReturnType<typeof interfaceLanguage> | undefined;
  const mayHoldSeveral = separators > 0 || buttonRuns > 1 || mutualLines > 1 || distinctNamed > 1;

  if (name) name = withSignedName(nameCase(name), note);
  return {
    parsed: {
      platform: detected,
      platformDetected: !platform,
      name: name || null,
      firstName: spokenFirstName(name, note) ?? firstNameOf(name),
      headline,
      role,
      company,
      mutualConnections: mutual ? mutual.count : null,
      note,
      // "Suivi(e) par claire.dev et 3 autres": a follower's handle, not a link
      links: findLinks(text).filter((u) => !lines.some((l) => l.kind === "mutual" && l.text.includes(u))),
      handles,
      phones: findPhones(text),
      emails: findEmails(text),
    },
    personText,
    warnings,
    mayHoldSeveral,
    // read only when the person wrote no sentence to tell the language by
    interfaceLanguage: () =>
      uiLanguage !== undefined ? uiLanguage : (uiLanguage = interfaceLanguage(lines.filter((l) => l.kind === "button" || l.kind === "chrome" || l.kind === "badge" || l.kind === "event" || l.kind === "mutual" || l.kind === "stock"))),
  };
}

/** Who an e-mail is to: "Hi Jenn,", "This email was intended for Jenn Hanford (…)", "To: Jenn Hanford <…>", "meant for @jenn". */
/** An inbox row's snippet: the note (if any), then the person's name, their headline up to the first " · ", then place, mutual line and buttons. */
function snippetCard(line: string, name: string): { headline: string; note: string | null } | null {
  const at = line.indexOf(` ${name} `);
  const start = at >= 0 ? at + 1 : line.replace(/^[-–—\s]+/, "").startsWith(`${name} `) ? line.indexOf(name) : -1;
  if (start < 0) return null;
  const rest = line.slice(start + name.length + 1);
  const before = line.slice(0, start).replace(/^[-–—\s]+/, "").trim();
  // an inbox row's subject before the snippet: "Jenn, please add me to your LinkedIn network - Josh Whitaker …"
  const afterSubject = /\s[-–—]$/.test(` ${before}`);
  const dot = rest.indexOf(" · ");
  if (dot >= 3 && dot <= 160 && findMutual(rest.slice(dot))) {
    // only where the text before the name ends a sentence: a note, not a headline that names someone
    if (before && !afterSubject && !/[.!?…)]$/.test(before)) return null;
    return { headline: rest.slice(0, dot).trim(), note: afterSubject ? null : before || null };
  }
  if (!afterSubject) return null;
  // "Technical Recruiter at TalentBridge "Hi Jenn, …" Accept": the headline runs to the quoted note, the count or the buttons
  const quote = /["“„«]([^"”“„«»]{3,600})["”“»]/.exec(rest);
  const mutual = findMutual(rest);
  const buttons = SNIPPET_BUTTONS_RE.exec(rest);
  const end = Math.min(...[quote?.index, mutual ? rest.indexOf(mutual.evidence) : undefined, buttons?.index].filter((i): i is number => i !== undefined && i >= 3), rest.length);
  const headline = rest.slice(0, end).trim();
  return headline ? { headline, note: quote?.[1]?.trim() ?? null } : null;
}
/** The buttons at a snippet's end: "Accept View profile", "Annehmen Profil anzeigen", "Confirm request". */
const SNIPPET_BUTTONS_RE = /\s(?:accept|view profile|confirm request|confirm|annehmen|profil anzeigen|bestätigen|aceptar|ver perfil|confirmar|accepter|voir le profil|confirmer|aceitar)(?=\s|$)/i;

/** The name an e-mail's "To:" line gives ("To: Marco Bianchi", "An: Thomas Becker <t.becker@…>"): the user's, not the sender's. */
function headerRecipient(line: PasteLine): string | null {
  if (line.kind !== "header") return null;
  const m = /^(?:to|an|para|à|a)\s*:\s*["“]?([^"”<,@]{2,60}?)["”]?\s*(?:<[^<>]*>)?\s*$/i.exec(line.text);
  return m?.[1]?.trim() || null;
}

export function recipientNames(lines: PasteLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const t = line.text;
    if (line.kind === "footer") {
      const m = t.match(/(?:\b(?:intended|meant|sent) (?:for|to)|\bdestin[ée]e? à|\bdestinad[oa] a|\bdirigid[oa] a|\benviad[oa] (?:a|para)|\b(?:ist|war) für) (@?[\p{L}][\p{L}'’. -]{1,60}?)(?:\s*\(|[.,]|\s+(?:if|because|si|porque|parce|weil)\b|$)/iu);
      if (m?.[1] && !m[1].includes("@")) out.push(m[1].trim());
    } else if (line.kind === "header") {
      const to = headerRecipient(line);
      if (to) out.push(to);
    } else if ((line.kind === "content" && SALUTATION_RE.test(t)) || (line.kind === "stock" && /^(?:hi|hello|hey|dear)\s/i.test(t))) {
      const m = t.match(SALUTATION_NAME_RE);
      if (m?.[1] && !/^(?:there|all|everyone|friend|team)$/i.test(m[1])) out.push(m[1]);
    }
  }
  return out;
}

function isRecipient(t: string, recipients: string[]): boolean {
  if (!looksLikeName(t)) return false;
  const first = fold(t).split(" ")[0];
  return recipients.some((r) => sameName(t, r) || (!r.includes(" ") && fold(r) === first));
}

/** "F.-W. Brenninkmeyer" on the card, "Friedrich-Wilhelm Brenninkmeyer" under the note: the name in full. */
function withSignedName(name: string, note: string | null): string {
  if (!note || !/^(?:\p{Lu}\.-?)+\s/u.test(name)) return name;
  const last = name.split(/\s+/).pop()!;
  const signed = note.trim().split("\n").pop()!.trim();
  return signed !== name && signed.endsWith(` ${last}`) && looksLikeName(signed) && signed.length <= 60 ? signed : name;
}

/** The first line after `line` that is not blank. */
function nextNonBlankLine(lines: readonly PasteLine[], line: PasteLine): PasteLine | undefined {
  for (let k = lines.indexOf(line) + 1; k < lines.length; k++) if (lines[k]!.kind !== "blank") return lines[k];
  return undefined;
}

/** Whether a card's lines go on under `line`: a headline or the mutual line, not a note or another name. */
function cardFollows(lines: PasteLine[], line: PasteLine): boolean {
  const next = nextNonBlankLine(lines, line);
  if (!next) return false;
  if (next.kind === "mutual" || next.kind === "button" || next.kind === "badge" || next.kind === "time" || next.kind === "handle" || next.kind === "event" || next.kind === "bio") return true;
  // a button pair read as the bar's words: "Confirm   Delete"
  if (next.kind === "chrome" && next.text.split(/\s+/).length <= 3) return true;
  return next.kind === "content" && !looksLikeName(next.text) && !isMessageLike(next.text);
}

/** Whether the next line after `line` (blank lines aside) is the mutual-connection line. */
function mutualLineFollows(lines: PasteLine[], line: PasteLine): boolean {
  const next = nextNonBlankLine(lines, line);
  if (!next) return false;
  if (next.kind === "mutual") return true;
  if (next.kind !== "content" && next.kind !== "chrome") return false;
  if (findMutual(next.text)) return true;
  // the mutual line wrapped in two: "Omar Haddad and 6 other mutual" / "connections"
  const after = lines[lines.indexOf(next) + 1]?.text ?? "";
  return next.text.length <= 60 && !findMutual(after) && !!findMutual(`${next.text} ${after}`);
}

function anotherNameFollows(lines: PasteLine[], line: PasteLine): boolean {
  for (let i = lines.indexOf(line) + 1; i < lines.length; i++) {
    const next = lines[i]!;
    if (next.kind === "content" && looksLikeName(next.text) && next.text !== line.text) return true;
  }
  return false;
}

/** "München", "São Paulo", "Rio de Janeiro": a proper name of a place, a few capitalised words. */
const PLACE_RE = /^[\p{Lu}][\p{L}'’.-]+(?:[ -](?:[\p{Lu}][\p{L}'’.-]+|de|do|da|dos|das|del|de la|am|im|an der|sur|upon|on|la|le|les|el))*$/u;
const NOT_A_PLACE_RE = /^(?:best|cheers|thanks|thank you|regards|danke|gracias|merci|obrigad[oa]|saludos|grüße|gruesse|abraços?|bisous|bises|amicalement|cordialement|atenciosamente|xo|love)$/i;

/**
 * A place's name alone on the last line of a header (an e-mail's "Name / Headline / München",
 * then the buttons): where the person is, not a note. Only with nothing of the person's after it.
 */
function isPlaceAtHeaderEnd(t: string, lines: PasteLine[], line: PasteLine): boolean {
  if (t.length > 40 || t.split(" ").length > 4 || !PLACE_RE.test(t) || NOT_A_PLACE_RE.test(t) || COMMON_SINGLE_WORDS.has(t.toLowerCase())) return false;
  for (let i = lines.indexOf(line) + 1; i < lines.length; i++) {
    const next = lines[i]!;
    if (next.kind === "blank") continue;
    return next.kind !== "content";
  }
  return true;
}

function nextContentLooksLikeName(lines: PasteLine[], line: PasteLine): boolean {
  for (let i = lines.indexOf(line) + 1; i < lines.length; i++) {
    const next = lines[i]!;
    if (next.kind === "blank" || next.kind === "badge" || next.kind === "time" || next.kind === "chrome") continue;
    return next.kind === "event" || (next.kind === "content" && looksLikeName(next.text));
  }
  return false;
}

/** Two spellings of one name: "Marcus Lee" and "marcus lee", or "Marcus" and "Marcus Lee". */
function sameName(a: string, b: string): boolean {
  const fa = fold(givenFirst(a) ?? a);
  const fb = fold(givenFirst(b) ?? b);
  return fa === fb || fa.startsWith(`${fb} `) || fb.startsWith(`${fa} `);
}

/** A short line of words with no sentence in it, left in a note: likely an interface label the parser does not know. */
function looksLikeLeftoverInterface(line: string): boolean {
  const t = line.trim();
  if (t.length > 24 || /[.,!?…:;'’"()]/.test(t) || /\d/.test(t) === false && looksLikeName(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 3 && /^[\p{Lu}\d]/u.test(t) && !GREETING_RE.test(t) && !/^(?:best|cheers|thanks|thank you|regards|kind regards|warm regards|best regards|all the best|sincerely|yours|talk soon|take care|xo|love)$/i.test(t);
}

/** The person's words: every line that is not the interface's, the event lines reduced to who they name, platform links taken out. */
function personWords(lines: PasteLine[]): string {
  let out = "";
  for (const line of lines) {
    let t: string;
    if (line.kind === "event") t = line.who ?? "";
    else if (isInterfaceKind(line.kind) || line.kind === "blank") continue;
    else t = line.text;
    if (t.includes(".") && /https?:|www\.|linkedin|lnkd|facebook|instagram|x\.com|twitter/i.test(t)) t = t.replace(/(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z0-9-]+\.)*(?:linkedin\.com|lnkd\.in)\/[^\s<>"']*/gi, (u) => (isPlatformLink(u) ? " " : u));
    if (t) out += out ? `\n${t}` : t;
  }
  return out;
}

/** The user's corrections win over what the parser found; a new headline re-derives role and company. */
export function applyOverrides(parsed: ParsedRequest, overrides: Partial<ParsedOverrides> | null | undefined): ParsedRequest {
  if (!overrides) return parsed;
  const out: ParsedRequest = { ...parsed };
  if (overrides.name !== undefined) {
    out.name = overrides.name.trim() || null;
    out.firstName = firstNameOf(out.name);
  }
  if (overrides.firstName !== undefined) out.firstName = overrides.firstName.trim() || null;
  if (overrides.headline !== undefined) {
    out.headline = overrides.headline.trim() || null;
    const split = splitHeadline(out.headline);
    out.role = split.role;
    out.company = split.company;
  }
  if (overrides.company !== undefined) out.company = overrides.company.trim() || null;
  if (overrides.mutualConnections !== undefined) out.mutualConnections = overrides.mutualConnections;
  if (overrides.note !== undefined) out.note = overrides.note.trim() || null;
  return out;
}

/** A line that can open a pasted request: a name, a handle, or a platform event ("… wants to connect"). */
export function looksLikeRequestStart(line: string): boolean {
  const t = line.replace(/\s+/g, " ").trim();
  if (!t) return false;
  if (EVENT_RE.test(t) || PROFILE_PICTURE_RE.test(t)) return true;
  if (/^@[A-Za-z0-9_]/.test(t)) return true;
  if (isUsername(t) && /[._\d]/.test(t)) return true;
  const beforeDot = t.split(/\s+[·•|]\s+/)[0] ?? t;
  return looksLikeName(beforeDot);
}

/** Buttons, mutual-connection counts and footers: lines that never start or carry a request. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.replace(/\s+/g, " ").trim();
  return !t || isInterfaceWords(t) || FOOTER_RE.test(t) || (findMutualConnections(t)?.evidence.length ?? 0) >= t.length - 2;
}
