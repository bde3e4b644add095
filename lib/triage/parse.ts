// Reads a connection request the way people paste it: a LinkedIn invitation (the
// "My Network" card or the "wants to connect" e-mail), a Facebook friend request, an
// X follow or message request, an Instagram follow request, or plain free text.
//
// The layout is line-based on every platform: a header (name, headline or handle, a
// mutual-connection line), buttons and footers to ignore, and a note. The parser labels
// each line, so it copes with lines in any order, missing lines, HTML, emoji and other
// scripts, and never throws.
import { detectPlatform } from "./platforms";
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
    .replace(/<\/(?:p|div|li|tr|h[1-6]|section|article|header|footer|blockquote)\s*>/gi, "\n")
    .replace(TAG_RE, "")
    .replace(/&#(\d+);/g, (m, n: string) => safeCodePoint(Number(n)) ?? m)
    .replace(/&#x([\da-f]+);/gi, (m, n: string) => safeCodePoint(parseInt(n, 16)) ?? m)
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

// ---------------------------------------------------------------------------
// Things found anywhere in the text.

const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|biz|info|co|io|ly|me|tk|ru|xyz|us|uk|gl|to|tv|cc|link|site|online|club|shop|app|dev|ai|gg|be|store|live|top|vip|win|click)\b(?:\/[^\s<>"'()]*)?/gi;
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
  for (const m of text.matchAll(PHONE_RE)) {
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
  for (const m of text.matchAll(USERNAME_EVENT_RE)) if (m[1] && isUsername(m[1])) out.push(m[1]);
  return unique(out);
}

// "1 mutual connection", "14 connections in common", "Followed by ana and 3 others", "No mutual friends"
const MUTUAL_RES: Array<{ re: RegExp; count: (m: RegExpMatchArray) => number }> = [
  { re: /\bno (?:mutual|shared) (?:connections?|friends?|followers?|contacts?)\b/i, count: () => 0 },
  {
    re: /\b(\d[\d,.]*)\s*\+?\s*(?:other\s+)?(?:mutual|shared)\s+(?:connections?|friends?|followers?|contacts?)\b/i,
    count: (m) => toInt(m[1]) + (/\band\s+\d/.test(m.input?.slice(Math.max(0, (m.index ?? 0) - 6), m.index) ?? "") ? 1 : 0),
  },
  { re: /\b(\d[\d,.]*)\s+(?:connections?|friends?|followers?) in common\b/i, count: (m) => toInt(m[1]) },
  {
    re: /\bfollowed by ([^\n]+?)\s+(?:and|\+)\s*(\d[\d,.]*)\s+(?:others?|more)\b/i,
    count: (m) => (m[1] ?? "").split(/,|\band\b/).filter((s) => s.trim()).length + toInt(m[2]),
  },
  { re: /\bfollowed by ([^\n,]+?)(?:,\s*([^\n,]+?))?\s*$/im, count: (m) => (m[2] ? 2 : 1) },
];

function toInt(s: string | undefined): number {
  if (!s) return 0;
  const cleaned = s.replace(/[,.](?=\d{3}\b)/g, "").replace(/[^\d]/g, "");
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : 0;
}

export function findMutualConnections(text: string): { count: number; evidence: string } | null {
  for (const { re, count } of MUTUAL_RES) {
    const m = text.match(re);
    if (m) return { count: count(m), evidence: m[0] };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Line labels.

const BUTTON_RE =
  /^(?:accept|ignore|confirm|delete|decline|message|reply|follow|follow back|following|unfollow|remove|block|report|report spam|view profile|see all|see more|show all|connect|pending|withdraw|more|close|dismiss|not now|allow|add friend|respond|manage|invitations?|requests?|message requests?|friend requests?|follow requests?|accept\s*[|·•]?\s*ignore|confirm\s*[|·•]?\s*delete|accept\s*[|·•]?\s*delete|block\s*[|·•]?\s*delete|accept\s+view profile|view profile\s+accept|(?:1st|2nd|3rd\+?)|verified|premium|open to work|hiring|•|·|\||-+|\d+\s*(?:[smhdwy]|mins?|hrs?|days?|weeks?|months?|years?)(?:\s+ago)?|yesterday|today|just now|new)$/i;

const FOOTER_RE =
  /\b(?:unsubscribe|this (?:e-?mail|message) was (?:sent|intended) (?:to|for)|you are receiving|you're receiving|learn why we included this|privacy policy|user agreement|help center|©|copyright|all rights reserved|linkedin corporation|meta platforms|west maude avenue|manage (?:your )?(?:e-?mail )?(?:preferences|notifications)|view in browser|to stop receiving)\b/i;

const PROFILE_PICTURE_RE = /^(?:view\s+)?(.{2,60}?)(?:['’]s)\s+(?:profile(?: picture| photo)?|photo|avatar)$|^(?:profile (?:picture|photo) of|photo of|view profile of)\s+(.{2,60})$/i;
const REPLY_TO_RE = /^(?:reply to|message)\s+(.{2,60})$/i;

/** "Priya Raman wants to connect", "sam.porter requested to follow you", "Brian Walsh sent you a friend request" */
const EVENT_RE =
  /^(.{1,80}?)\s+(?:wants to connect(?: with you)?|would like to connect(?: with you)?|has invited you to connect|invited you to connect|sent you an? (?:invitation(?: to connect)?|friend request|connection request|message request|message)|wants to be friends(?: with you)?|requested to follow you|started following you|followed you|follows you|wants to follow you|wants to send you a message|would like to join your (?:linkedin |professional )?network|wants to add you(?: as a friend)?|is waiting for your response|added you as a friend)\b[.!:]?\s*(.*)$/i;
/** Words every platform event above contains: a cheap test before the costly one. */
const EVENT_HINT_RE = /connect|request|follow|message|friend|network|invit|waiting|add(?:ed)? you/i;
const USERNAME_EVENT_RE = /^([a-z0-9._]{2,30})\s+(?:requested to follow you|started following you|followed you|wants to follow you)/gim;

/** The platforms' own stock sentences around an invitation: not a note from the person. */
const STOCK_LINE_RE =
  /^(?:(?:hi|hello|dear)\s+[^\s,]+,?\s*)?(?:i'?d like to join your (?:linkedin |professional )?network\.?|i'?d like to add you to my professional network(?: on linkedin)?\.?|you have (?:a new|\d+ new) (?:invitations?|requests?)\.?|(?:new )?(?:invitation|friend request|follow request|message request)s?\.?|people you may know\.?|suggested for you\.?|respond to (?:friend )?request\.?|follows you\.?)$/i;

const SALUTATION_RE = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?:\s+[\p{L}.'’-]+){0,3}\s*[,!:]?$/iu;
const GREETING_RE = /^(?:hi|hii+|hello|hallo|hey|heya|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|yo|salut|bonjour|hola|ciao|namaste|sup|what'?s up)\b/i;
const FIRST_PERSON_RE = /(?:^|[^\p{L}'’])(?:i|i'm|i’m|im|i'd|i’d|i've|i’ve|i'll|i’ll|me|my|mine|we|we're|we’re|we've|our|us|let's|let’s)(?=$|[^\p{L}'’])/iu;
const SECOND_PERSON_RE = /(?:^|[^\p{L}])(?:you|your|you're|you’re|u)(?=$|[^\p{L}])/iu;

const LOCATION_RE =
  /^(?:greater\s+)?[\p{L} .'-]{2,40}(?:\s(?:area|region|metropolitan area|metro|bay area))$|^greater\s+[\p{L} .'-]{2,40}$|^[\p{L} .'-]{2,40},\s*[\p{L} .'-]{2,40}(?:,\s*(?:united states|united kingdom|canada|australia|india|germany|france|usa|uk))?$|^(?:united states|united kingdom|remote)$/iu;

const HONORIFICS = new Set(
  "mr mrs ms miss mx dr doctor prof professor sir dame lord lady captain capt sgt sergeant lt lieutenant col colonel gen general maj major rev reverend fr father pastor hon eng engr adv sheikh rabbi imam admiral cmdr commander officer".split(" "),
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

/** "Captain Richard Hayes", "Zoë Ångström", "María José García", "李明", "Mei Chen, PhD" — but not "Senior Product Manager". */
export function looksLikeName(line: string): boolean {
  if (line.length > 90) return false;
  const s = stripDecorations(line).replace(/,\s*(?:[A-Z][A-Za-z.]{1,6}\.?)(?:,\s*[A-Z][A-Za-z.]{1,6}\.?)*$/, "");
  if (s.length < 2 || s.length > 60) return false;
  if (/[\d@#|:;!?/\\<>{}[\]=+*_"“”]/.test(s)) return false;
  if (GREETING_RE.test(s) || BUTTON_RE.test(s) || TITLE_WORD_RE.test(s)) return false;
  const words = s.split(" ");
  if (words.length > 5) return false;
  // scripts without letter case (CJK, Arabic, Hebrew, Thai, Devanagari…): a short run of letters
  if (!/[\p{Lu}\p{Ll}]/u.test(s)) return /^[\p{L}\p{M}·・ '-]{1,20}$/u.test(s);
  let capitalised = 0;
  for (const w of words) {
    const bare = w.replace(/[.,'’-]+$/, "");
    if (!bare) continue;
    if (PARTICLES.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(bare)) return false;
    capitalised++;
  }
  if (capitalised === 0) return false;
  // a single word alone is a name only when it is not a common word written with a capital
  return capitalised > 1 || !COMMON_SINGLE_WORDS.has(s.toLowerCase());
}

const COMMON_SINGLE_WORDS = new Set(
  "hi hello hey thanks thank congratulations congrats welcome yes no ok okay please sorry wow great nice cool subscribe check click free winner urgent important attention notice update new invitation request requests message messages connect network friends followers home profile accept ignore confirm delete follow like share".split(" "),
);

function isUsername(s: string): boolean {
  return /^[a-z0-9._]{2,30}$/i.test(s) && /[a-z]/i.test(s) && (/[._\d]/.test(s) || s === s.toLowerCase());
}

/** A sentence written to the user (a note) rather than a headline or a bio. */
export function isMessageLike(line: string): boolean {
  if (GREETING_RE.test(line)) return true;
  // "US" in capitals is the country, not "us"
  if (FIRST_PERSON_RE.test(line.replace(/\bUS\b/g, ""))) return true;
  if (line.length > 160) return true;
  // "Jenn!! It's Isabel…", "Sam, great to see you": a name called out, then a sentence
  if (/^[\p{Lu}][\p{L}'’-]+\s*!+\s+\S/u.test(line)) return true;
  if (/^[\p{Lu}][\p{L}'’-]+,\s+(?:great|good|nice|so|it'?s|it’s|long|finally|hope|saw|remember|glad|happy|lovely|how|what|thanks|thank)\b/iu.test(line)) return true;
  if (/\b(?:it'?s|it’s|this is)\s+[\p{Lu}]/u.test(line)) return true;
  const piped = /\s[|·•]\s/.test(line);
  if (SECOND_PERSON_RE.test(line) && !piped && (/[?!]/.test(line) || line.length > 60)) return true;
  return /\?\s*$/.test(line);
}

/** The first name to greet: honorifics, initials and credentials dropped. */
export function firstNameOf(name: string | null): string | null {
  if (!name) return null;
  const words = stripDecorations(name)
    .replace(/,.*$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!/[\p{Lu}\p{Ll}]/u.test(name) && words.length === 1) return words[0] ?? null;
  for (const w of words) {
    const bare = w.replace(/[.,]+$/, "");
    if (HONORIFICS.has(bare.toLowerCase())) continue;
    if (/^\p{Lu}\.?$/u.test(bare)) continue; // an initial: "J. Hanford"
    return bare || null;
  }
  return null;
}

function cleanName(s: string): string {
  return stripDecorations(s)
    .replace(/^[\s"“'‘(]+|[\s"”'’),.:]+$/g, "")
    .replace(/,\s*(?:[A-Z][A-Za-z.]{1,6}\.?)(?:,\s*[A-Z][A-Za-z.]{1,6}\.?)*$/, "")
    .trim();
}

// ---------------------------------------------------------------------------
// Headline → role and company.

const COMPANY_SUFFIX_RE = /\b(?:inc|llc|ltd|corp|corporation|company|co|gmbh|plc|ag|sa|s\.a|bv|pty|group|holdings|labs?)\b\.?/i;
const GERUND_START_RE = /^(?:helping|building|shipping|making|creating|driving|passionate|obsessed|turning|bringing|connecting|empowering|transforming|growing|scaling|leading|writing|words|love|loving|on a mission|ex-|former|formerly|previously|aspiring|seeking|looking)/i;

function looksLikeOrganisation(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || GERUND_START_RE.test(t)) return false;
  if (COMPANY_SUFFIX_RE.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => !/^(?:&|and|of|the|de|for|und|et)$/i.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function splitHeadline(headline: string | null): { role: string | null; company: string | null } {
  if (!headline) return { role: null, company: null };
  // Facebook's profile lines: "Works at Globex", "Studied at …", "Lives in …"
  const works = headline.match(/^(?:works|working|currently) (?:at|for) (.+?)\.?$/i);
  if (works?.[1]) return { role: null, company: works[1].trim() };
  if (/^(?:worked|studied|studies|went to|lives|lived|from|goes to) /i.test(headline)) return { role: null, company: null };
  const segments = headline
    .split(/\s+[|•·—–]\s+|\s+-\s+|\s*\|\s*|(?<=[a-z)])\.\s+(?=[A-Z])/u)
    // a closing full stop goes, but not the one of "Inc." or "Co."
    .map((s) => s.trim().replace(/(?<!\b(?:inc|corp|co|ltd|jr|sr|bros|intl|llc|plc|s\.a|n\.v|b\.v))[.;,]+$/i, "").replace(/[;,]+$/, ""))
    .filter(Boolean);
  let role: string | null = null;
  let company: string | null = null;
  for (const seg of segments) {
    const at = seg.match(/^(.*?)\s+(?:at|@|chez|bei|en|presso|na|no)\s+(.+)$/i) ?? seg.match(/^(.*?)\s*@\s*(.+)$/);
    if (!at?.[2] || /^(?:ex|former)/i.test(at[2])) continue;
    const org = at[2].replace(/\s*[,(].*$/, "").trim();
    // "Building world-class teams at Northwind" names the company too, but "Helping teams at startups grow" does not
    if (GERUND_START_RE.test(seg) && !looksLikeOrganisation(org)) continue;
    company = org || null;
    if (at[1] && !GERUND_START_RE.test(at[1])) role = at[1].trim() || null;
    break;
  }
  const first = segments[0] ?? null;
  if (!role && first && !GERUND_START_RE.test(first) && !(company && first.includes(company))) role = first.replace(/\s+(?:at|@)\s+.*$/i, "");
  if (!company && segments.length > 1) {
    const candidate = segments.slice(1).find((s) => looksLikeOrganisation(s));
    if (candidate) company = candidate;
  }
  if (!company && first) {
    const comma = first.match(/^([^,]{2,60}),\s*([^,]{2,60})$/);
    if (comma?.[2] && looksLikeOrganisation(comma[2]) && TITLE_WORD_RE.test(comma[1] ?? "")) {
      role = comma[1]!.trim();
      company = comma[2].trim();
    }
  }
  return { role: role ? role.slice(0, 120) : null, company };
}

// ---------------------------------------------------------------------------

// Case-insensitive for the lead words; looksLikeName then insists on capitalised name words.
const SIGN_OFF_RE =
  /(?:^|\n|[.!?]\s+)(?:best|cheers|thanks|thank you|regards|kind regards|warm regards|best regards|all the best|sincerely|yours|talk soon|take care|xo|love|—|–|-)\s*[,!.]?\s*\n?\s*([\p{L}][\p{L}'’-]+(?: [\p{L}][\p{L}'’-]+){0,2})\s*[.!]?\s*$/iu;
const SELF_INTRO_RE = /\b(?:it'?s|it’s|this is|i am|i'm|i’m|my name is|name'?s)\s+([\p{L}][\p{L}'’-]+(?: [\p{L}][\p{L}'’-]+)?)(?=\s+(?:from|here|again|of)\b|[,!.]|\s*$)/iu;

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

type LineKind = "blank" | "button" | "footer" | "stock" | "event" | "mutual" | "handle" | "name" | "location" | "content";

interface Line {
  text: string;
  kind: LineKind;
}

export function parseRequest(rawText: string, platform?: Platform | null): ParsedRequest {
  const text = htmlToText(rawText.length > MAX_PARSE_CHARS ? rawText.slice(0, MAX_PARSE_CHARS) : rawText)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b\u200c\u2060\ufeff]/g, "");
  const detected = platform ?? detectPlatform(text);

  let name: string | null = null;
  const handles = findHandles(text);
  const mutual = findMutualConnections(text);

  const lines: Line[] = text
    .split("\n")
    .slice(0, MAX_LINES)
    .map((raw) => ({ text: raw.replace(/\s+/g, " ").trim(), kind: "content" as LineKind }));

  for (const line of lines) {
    const t = line.text;
    if (!t) line.kind = "blank";
    else if (BUTTON_RE.test(t.replace(/^[·•|\-–—\s]+/, "")) || /^(?:accept|ignore|confirm|delete|decline|block|report|follow back)(?:\s*[|·•]?\s*(?:accept|ignore|confirm|delete|decline|block|report))+$/i.test(t)) line.kind = "button";
    else if (FOOTER_RE.test(t) && t.length < 300) line.kind = "footer";
    else if (STOCK_LINE_RE.test(t)) line.kind = "stock";
    else {
      const pic = t.match(PROFILE_PICTURE_RE);
      const reply = t.match(REPLY_TO_RE);
      const picName = pic?.[1] ?? pic?.[2] ?? reply?.[1];
      if (picName && looksLikeName(picName)) {
        line.kind = "button";
        name ??= cleanName(picName);
        continue;
      }
      const ev = EVENT_HINT_RE.test(t) ? t.match(EVENT_RE) : null;
      if (ev?.[1] && !FIRST_PERSON_RE.test(ev[1]) && ev[1].split(/\s+/).length <= 6) {
        line.kind = "event";
        const who = cleanName(ev[1].replace(/^(?:@|new:?\s*)/i, ""));
        if (looksLikeName(who)) name ??= who;
        if (ev[2] && ev[2].trim()) {
          // the rest of the line after "wants to connect:" is content
          lines.splice(lines.indexOf(line) + 1, 0, { text: ev[2].trim(), kind: "content" });
        }
        continue;
      }
      if (mutual && t.includes(mutual.evidence)) {
        line.kind = "mutual";
        // Instagram: "Sam Porter · 1 mutual follower"; LinkedIn: "Ana Diaz and 13 other mutual connections"
        const before = t.slice(0, t.indexOf(mutual.evidence)).replace(/[\s·•|,-]+$/, "");
        if (before && looksLikeName(before) && !/\band$/i.test(before)) name ??= cleanName(before);
        continue;
      }
      const handleLine = t.includes("@") ? (t.match(/^@([A-Za-z0-9_.]{1,30})\s*(?:[·•|-]\s*(.+))?$/) ?? t.match(/^(.{2,60}?)\s+@([A-Za-z0-9_.]{1,30})$/)) : null;
      if (handleLine) {
        line.kind = "handle";
        const maybeName = t.startsWith("@") ? handleLine[2] : handleLine[1];
        if (maybeName && looksLikeName(maybeName)) name ??= cleanName(maybeName);
        continue;
      }
      if (isUsername(t) && !/\s/.test(t) && /[._\d]/.test(t) && t.length <= 30) {
        line.kind = "handle";
        continue;
      }
    }
  }

  // The header: the first content lines, before any note. A name first, then a headline.
  let headline: string | null = null;
  let seenContent = 0;
  let headlineDone = false;
  const noteLines: string[] = [];
  // "Hi Jenn," alone on a line: the start of the note when a note follows, an e-mail's salutation when the header follows
  let salutation: string | null = null;
  for (const line of lines) {
    if (line.kind !== "content") continue;
    // "Priya Raman · 2nd", "Priya Raman <priya@globex.com>": the name without LinkedIn's degree or the address
    let t = line.text;
    if (/(?:1st|2nd|3rd\+?|connection)$/i.test(t)) t = t.replace(/\s*[·•|]\s*(?:1st|2nd|3rd\+?)(?:\s+degree(?: connection)?)?$/i, "");
    if (t.endsWith(">")) t = t.replace(/^(.{2,60}?)\s*<[^<>@\s]+@[^<>\s]+>$/, "$1");
    if (noteLines.length === 0 && SALUTATION_RE.test(t)) {
      salutation = t;
      continue;
    }
    if (!name && seenContent === 0 && noteLines.length === 0 && looksLikeName(t)) {
      line.kind = "name";
      name = cleanName(t);
      continue;
    }
    if (name && t.length < name.length + 24 && stripDecorations(t) === name) {
      line.kind = "name";
      continue;
    }
    if (!headlineDone && noteLines.length === 0 && (name || handles.length) && !isMessageLike(t) && t.length <= 220) {
      if (headline === null) {
        headline = t;
        seenContent++;
        continue;
      }
      if (LOCATION_RE.test(t)) {
        line.kind = "location";
        continue;
      }
    }
    if (LOCATION_RE.test(t) && noteLines.length === 0 && headline) {
      line.kind = "location";
      continue;
    }
    headlineDone = true;
    seenContent++;
    if (salutation && noteLines.length === 0) noteLines.push(salutation);
    noteLines.push(t.replace(/^["“]+|["”]+$/g, ""));
  }

  const note: string | null = noteLines.join("\n").trim() || null;

  if (!name) {
    const fromNote = nameFromNote(note);
    if (fromNote) name = fromNote;
  }
  const { role, company } = splitHeadline(headline);

  return {
    platform: detected,
    platformDetected: !platform,
    name: name || null,
    firstName: firstNameOf(name),
    headline,
    role,
    company,
    mutualConnections: mutual ? mutual.count : null,
    note,
    links: findLinks(text),
    handles,
    phones: findPhones(text),
    emails: findEmails(text),
  };
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
  return !t || BUTTON_RE.test(t) || FOOTER_RE.test(t) || (findMutualConnections(t)?.evidence.length ?? 0) >= t.length - 2;
}
