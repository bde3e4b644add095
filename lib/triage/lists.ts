// Lists the user assembled by hand, which the card splitter (bulk.ts) reads as one request:
// numbered or bulleted lines ("1. Ana Ruiz – Recruiter at Globex, 3 mutual, no note", with
// indented sub-bullets), CSV or TSV rows (LinkedIn's own Connections.csv and Invitations.csv
// among them), Markdown tables, a WhatsApp or Slack chat that forwards profiles, and an
// assistant's Markdown summary. Each person becomes the text the parser reads best: the name,
// then the headline, the mutual count, the note, and the user's other words about them.
//
// Precision over recall: a platform's page (buttons, e-mail headers, notifications) gives
// null and keeps its own handling, and so does anything that is not clearly several people.
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import { findMutualConnections, labelLines, looksLikeName } from "./parse";

/** Longer pastes are a platform's page or an export too big to triage by hand. */
const MAX_CHARS = 100_000;
/** Lines of the user's own words around a list ("Requests to deal with this weekend", "Would you like me to draft replies?"). */
const MAX_OUTSIDE_LINES = 6;

/** Person-side data of one request, before it is written out. */
interface Person {
  name: string | null;
  handle: string | null;
  headline: string | null;
  mutual: Mutual | null;
  note: string[];
  /** the user's words about the person ("met at the gym") and links: kept after the fields */
  extra: string[];
  /** a count, a note or a quoted text: a field no chat line or list of things has */
  strong: boolean;
}

interface Mutual {
  count: number;
  /** the user's words, when the parser reads them as a count */
  words: string | null;
  lang: Lang;
}

type Lang = "en" | "es" | "pt" | "fr" | "de";

/** The requests of a list the user assembled, each as a request text the parser reads well, or null when `text` is no such list. */
export function splitUserList(text: string): string[] | null {
  if (!text || text.length > MAX_CHARS) return null;
  const t = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .trim();
  if (t.indexOf("\n") < 0) return null;
  const people = fromTable(t) ?? fromList(t);
  if (!people || people.length < 2 || isPlatformPage(t)) return null;
  const nouns = mutualNouns(people);
  return people.map((p) => render(p, nouns));
}

/** A platform's own interface anywhere in the paste: its buttons, pictures, events, e-mail headers or footers. */
function isPlatformPage(text: string): boolean {
  // (a title that is a button's word is the user's: "Pending")
  return labelLines(text).lines.some((l, i) => PLATFORM_KINDS.has(l.kind) && !(i === 0 && l.kind === "button"));
}
const PLATFORM_KINDS = new Set(["button", "picture", "event", "header", "footer", "forward", "notice", "reply"]);

// ---------------------------------------------------------------------------
// Writing a person out

function render(p: Person, nouns: Map<Lang, string>): string {
  const lines: string[] = [];
  if (p.name) lines.push(p.name);
  if (p.handle) lines.push(`@${p.handle}`);
  if (p.headline) lines.push(p.headline);
  if (p.mutual) lines.push(p.mutual.words ?? mutualWords(p.mutual, nouns));
  lines.push(...p.note, ...p.extra);
  return lines.join("\n");
}

/** The words of a recognised count on the page, per language ("seguidores en común"): a bare "0 en común" beside them takes them. */
function mutualNouns(people: Person[]): Map<Lang, string> {
  const nouns = new Map<Lang, string>();
  for (const p of people) {
    const words = p.mutual?.words?.match(/^\d[\d.,]*\s+(\D+)$/)?.[1];
    if (words && !nouns.has(p.mutual!.lang)) nouns.set(p.mutual!.lang, words);
  }
  return nouns;
}

const DEFAULT_NOUNS: Record<Lang, [one: string, many: string]> = {
  en: ["mutual connection", "mutual connections"],
  es: ["contacto en común", "contactos en común"],
  pt: ["conexão em comum", "conexões em comum"],
  fr: ["relation en commun", "relations en commun"],
  de: ["gemeinsamer Kontakt", "gemeinsame Kontakte"],
};

/** A count the user wrote short ("22 mutuals", "7 em comum") as the platform prints it. */
function mutualWords(m: Mutual, nouns: Map<Lang, string>): string {
  const learned = nouns.get(m.lang);
  const candidate = learned ? `${m.count} ${learned}` : null;
  if (candidate && findMutualConnections(candidate)?.count === m.count) return candidate;
  const [one, many] = DEFAULT_NOUNS[m.lang];
  return `${m.count} ${m.count === 1 ? one : many}`;
}

function mutualLang(words: string): Lang {
  if (/com[uú]n/i.test(words)) return "es";
  if (/comum/i.test(words)) return "pt";
  if (/commun/i.test(words)) return "fr";
  if (/gemeinsam/i.test(words)) return "de";
  return "en";
}

const MUTUAL_WORD = String.raw`(?:mutuals?|in common|en com[uú]n|em comum|en commun|gemeinsame[rn]?|gemeinsam|comunes)`;
/** "22 mutuals", "0 en común", "8 gemeinsame Follower", "Relations en commun : 4", "Mutual: 3". */
const MUTUAL_SEGMENT_RE = new RegExp(
  String.raw`^(?:(\d{1,6})\s*\+?\s*(?:[\p{L}-]+\s+){0,2}?${MUTUAL_WORD}(?:\s+[\p{L}-]+){0,2}|(?:[\p{L}-]+\s+){0,2}?${MUTUAL_WORD}(?:\s+[\p{L}-]+){0,2}\s*:?\s*(\d{1,6}))$`,
  "iu",
);

/** A segment that says how many people the two share, or null. */
function readMutual(segment: string): Mutual | null {
  const s = segment.replace(/[.;]+$/, "").trim();
  const m = MUTUAL_SEGMENT_RE.exec(s);
  const found = findMutualConnections(s);
  // the platform's own words, whole: "15 amigos en común", "Keine gemeinsamen Kontakte"
  const whole = !!found && found.evidence.length >= s.length - 1;
  if (!m && !whole) return null;
  const count = m ? Number(m[1] ?? m[2]) : found!.count;
  return { count, words: whole && found!.count === count ? s : null, lang: mutualLang(s) };
}

/** A count from a column ("12" under "Gemeinsame Kontakte"), in the header's words when the parser reads them. */
function mutualFromColumn(value: string, header: string | null): Mutual | null {
  const v = value.trim();
  if (!/^\d{1,6}$/.test(v)) return v ? readMutual(v) : null;
  const count = Number(v);
  const words = header ? `${count} ${header.charAt(0).toLowerCase()}${header.slice(1)}` : null;
  const lang = header ? mutualLang(header) : "en";
  return { count, words: words && findMutualConnections(words)?.count === count ? words : null, lang };
}

// ---------------------------------------------------------------------------
// One entry's words: "Ana Ruiz – recruiter at Globex, 3 mutual, note: "Hi…"", and its sub-lines

/** "Note:", "Mensaje:", "me escribió "…"", "schreibt: „…“", "mandou:": the note follows. */
const NOTE_LABEL_RE =
  /^(?:(?:(?:his|her|their|the|su|son|sa|seine|ihre|sua|seu) )?(?:(?:personal |invitation )?(?:note|message|msg|dm|text)|nota|mensaje|mensagem|nachricht|notiz|mot|recado)|(?:(?:she|he|they) )?(?:says|said|wrote|writes|sent)|(?:me |le )?(?:dice|dijo|escribi[oó]|escribe|mand[oó]|manda|puso)|(?:me )?(?:mandou|escreveu|disse|diz)|(?:hat )?(?:schreibt|schrieb|geschrieben|sagt)|(?:m['’]a |a )?(?:[ée]crit|dit))\s*(?::\s*|(?=[«"“„‚]))/iu;
/** "Bio:", "Headline:", "pone "…"", "en la bio dice "…"": the headline follows. */
const BIO_LABEL_RE =
  /^(?:bio|headline|titular|t[ií]tulo|titel|[üu]berschrift|position|posici[oó]n|titre|intitul[ée]|cargo|puesto|beruf|role|rol|job|title|poste|fonction|profil|perfil|description|descripci[oó]n|pone|(?:en (?:la|su) |na |dans (?:sa|la) |in der |im )(?:bio|perfil|profil)(?: (?:dice|diz|pone|steht|dit))?)\s*(?::\s*|(?=[«"“„‚]))/iu;
/** The user says the request came bare: the missing note line says it too, and the parser would read the phrase as a note. */
const NO_NOTE_RE =
  /^(?:(?:with )?no (?:note|message)|without (?:a |any )?(?:note|message)|(?:she|he|they) (?:didn['’]t|did not) (?:send|write|leave) (?:a |any )?(?:note|message)|sin (?:nota|mensaje)|ning[uú]n mensaje|no (?:dej[oó]|mand[oó]|escribi[oó]) (?:nota|mensaje|nada)|sem (?:nota|mensagem|recado)|nenhuma (?:nota|mensagem)|n[aã]o mandou (?:nada|nota|mensagem)|keine (?:nachricht|notiz)|ohne (?:nachricht|notiz|text)|hat nichts geschrieben|pas de (?:note|message|mot)|sans (?:note|message|mot)|aucun(?:e)? (?:note|message|mot))(?![\p{L}])[.!]?\s*/iu;
/** A note field left empty: "Message: none", "Nachricht: –". */
const EMPTY_VALUE_RE = /^(?:[-–—]|n\/?a|none|nothing|ninguno|ninguna|nada|keine|nichts|aucun|aucune|rien|nenhuma|nenhum|\(none\))?[.!]?$/iu;
/** The user's words that are no headline: "sin foto", "kenn ich nicht", "ni idea quién es". */
const REMARK_RE =
  /^(?:no (?:photo|picture|profile pic(?:ture)?)|without (?:a )?(?:photo|picture)|sin foto|sem foto|kein(?:e)? (?:foto|bild|profilbild)|ohne (?:foto|bild|profilbild)|pas de photo|sans photo|no idea|(?:i )?(?:don['’]?t|do not) know|never heard|ni idea|no (?:s[eé]|la conozco|lo conozco|conozco)|kenn(?:e)? (?:ich )?(?:nicht|sie nicht|ihn nicht)|keine ahnung|aucune id[ée]e|je ne (?:sais|connais)|n[aã]o (?:sei|conhe[cç]o|fa[cç]o ideia)|sei l[aá])(?![\p{L}])/iu;
/** A note that starts like one, with no label or quotes: the rest of the entry is the note. */
const GREETING_START_RE =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buen[oa]s|querid[oa]|estimad[oa]|hallo|moin|servus|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|gr[üu]ezi|bonjour|bonsoir|salut|coucou|cher|ch[èe]re|ol[áa]|oi|bom dia|boa (?:tarde|noite)|prezad[oa])(?![\p{L}])/iu;
/** Closing quotes per opening one; a closing quote ends a word ("don’t" is no close). */
const CLOSERS: Record<string, string> = { '"': '"”', "“": '”"“', "„": '“”"', "«": "»", "‚": "‘’", "‘": "’", "”": "”" };
const ABBREVIATION_RE = /(?:^|\s)(?:dr|dra|drs|sr|sra|mr|mrs|ms|prof|profa|st|jr|inc|ltd|co|corp|med|ing|dipl|mag|bzw|ca|etc|vs|approx|no|nr|tel|ph)$/i;

type SegmentKind = "note" | "bio" | "quoted" | "free";
interface Segment {
  kind: SegmentKind;
  text: string;
  /** the separator before it, to join a headline that held one back together ("Oberarzt Kardiologie, Universitätsspital Zürich") */
  sep: string;
  /** a note whose closing quote is on a later line */
  open?: boolean;
}

/** Where the quote that opens at `i` closes, or -1. */
function closingQuote(s: string, i: number): number {
  const closers = CLOSERS[s[i]!];
  if (!closers) return -1;
  for (let j = i + 1; j < s.length; j++) if (closers.includes(s[j]!) && (j + 1 === s.length || /[\s,.;:!?)\]–—-]/.test(s[j + 1]!))) return j;
  return -1;
}

/** The next separator between an entry's fields, outside quotes: " – ", ", ", "; ", " · ", ". " after a word. */
function nextSeparator(s: string, from: number): { at: number; end: number } | null {
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (CLOSERS[c] && c !== "”" && (i === from || /[\s(]/.test(s[i - 1]!))) {
      const j = closingQuote(s, i);
      if (j > 0) {
        i = j;
        continue;
      }
    }
    if ((c === "," || c === ";") && /\s/.test(s[i + 1] ?? "")) return { at: i, end: i + 2 };
    if (/\s/.test(c)) {
      const m = /^\s+[–—\-·•]\s+/.exec(s.slice(i, i + 6));
      if (m) return { at: i, end: i + m[0].length };
    }
    if (c === "." && /\s/.test(s[i + 1] ?? "") && /[\p{Ll}\d)"”»“]/u.test(s[i - 1] ?? "") && /^\s+[\p{Lu}\d«"“„]/u.test(s.slice(i + 1)) && !ABBREVIATION_RE.test(s.slice(Math.max(0, i - 8), i))) {
      return { at: i, end: i + 2 };
    }
  }
  return null;
}

/** A quoted text at the start of `s`: its words and where it ends, or null. */
function quotedAt(s: string): { text: string; end: number; open: boolean } | null {
  if (!CLOSERS[s[0] ?? ""]) return null;
  const j = closingQuote(s, 0);
  if (j < 0) return { text: s.slice(1).trim(), end: s.length, open: true };
  return { text: s.slice(1, j).trim(), end: j + 1, open: false };
}

/** Cuts an entry's words into fields: labelled notes and bios, quoted texts and free segments. */
function segments(s: string): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let sep = "";
  while (pos < s.length) {
    const rest = s.slice(pos).trimStart();
    pos = s.length - rest.length;
    if (!rest) break;
    const note = NOTE_LABEL_RE.exec(rest);
    const bio = note ? null : BIO_LABEL_RE.exec(rest);
    const label = note ?? bio;
    const value = label ? rest.slice(label[0].length) : rest;
    const quoted = quotedAt(value);
    let end: number;
    if (quoted) {
      out.push({ kind: note ? "note" : bio ? "bio" : "quoted", text: quoted.text, sep, open: quoted.open });
      end = (label?.[0].length ?? 0) + quoted.end;
    } else if (note || (!bio && GREETING_START_RE.test(value))) {
      // an unquoted note runs to the end of the entry
      out.push({ kind: "note", text: value.trim(), sep });
      break;
    } else {
      const next = nextSeparator(value, 0);
      const words = (next ? value.slice(0, next.at) : value).trim();
      if (words) out.push({ kind: bio ? "bio" : "free", text: words.replace(/^\((.*)\)$/, "$1"), sep });
      end = (label?.[0].length ?? 0) + (next ? next.at : value.length);
    }
    const after = skipSeparator(s, pos + end);
    sep = after.sep;
    pos = after.pos;
  }
  return out;
}

/** Skips the separator (or the stray punctuation after a closing quote) at `pos`. */
function skipSeparator(s: string, pos: number): { sep: string; pos: number } {
  const m = /^(?:\s*[,;.]\s+|\s+[–—\-·•]\s+|\s*[.,;]?\s*$|\s+)/.exec(s.slice(pos));
  return m ? { sep: m[0], pos: pos + m[0].length } : { sep: "", pos };
}

/** Words that open a chat line, never a name: "Gracias Marta", "Thanks Ruth". */
const NOT_NAME_START_RE =
  /^(?:gracias|thanks|thank|thx|ty|danke|merci|obrigad[oa]|valeu|ok|okay|dale|vale|listo|genial|perfect[oa]?|parfait|perfeito|super|great|cool|sure|claro|klar|morning|bueno|buenas|bom|boa|hola|hallo|hello|hi|hey|bonjour|salut|coucou|oi|ol[áa]|guten|moin|here|aqu[ií]|hier|voici|voil[aà]|segue[m]?|these|estas|estos|diese|das|ces|essas|esses)\s/iu;

/** A name of two words or more: "Ana Ruiz", "Dr. Andreas Huber", "Jörg van der Berg". */
function isFullName(s: string): boolean {
  if (!looksLikeName(s) || NOT_NAME_START_RE.test(`${s} `)) return false;
  return s.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]*[\p{L}]$/u.test(w)).length >= 2;
}

const HANDLE_RE = /^@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/;
/** Where an entry's name ends: " – ", ", ", ": ", " · ", " (", " @". */
const NAME_END_RE = /\s+[–—\-·•|]\s+|\s*[,:;]\s+|\s+(?=[(@])|[,:;]?\s*$/u;

interface Identity {
  name: string | null;
  handle: string | null;
  /** the entry's words after the name */
  rest: string;
  /** words in brackets after the name: "Gisela Brandt (Nachbarin von Oma Hilde)", "Rafael Costa (conheço da faculdade)", "Brandon Hale ("Crypto Coach | DM me")" */
  aside: string | null;
}

/** Who an entry is about, and the rest of its words; null when it names nobody. */
function identify(body: string): Identity | null {
  let s = body.trim();
  let name: string | null = null;
  let handle: string | null = null;
  const h = HANDLE_RE.exec(s);
  if (h) {
    handle = h[1]!;
    s = s.slice(h[0].length).trim();
    const inParens = /^\(([^()]{2,60})\)\s*/.exec(s);
    if (inParens && isFullName(inParens[1]!.trim())) {
      name = inParens[1]!.trim();
      s = s.slice(inParens[0].length);
    } else {
      const sep = /^(?:[–—\-·•|:,]\s*)/.exec(s);
      const next = sep ? nextSeparator(s, sep[0].length) : null;
      const candidate = sep ? s.slice(sep[0].length, next ? next.at : undefined).trim() : "";
      if (candidate && isFullName(candidate)) {
        name = candidate;
        s = s.slice(next ? next.at : s.length);
      }
    }
    return { name, handle, rest: s.replace(/^[\s–—\-·•|:,]+/, ""), aside: null };
  }
  const end = NAME_END_RE.exec(s);
  const candidate = s.slice(0, end?.index ?? s.length).trim();
  if (!isFullName(candidate)) return null;
  name = candidate;
  s = s.slice(candidate.length).trim();
  let aside: string | null = null;
  const handleAfter = /^\(?@([A-Za-z0-9_.]{1,30})\)?/.exec(s);
  if (handleAfter) {
    handle = handleAfter[1]!.replace(/\.$/, "");
    s = s.slice(handleAfter[0].length).trim();
  } else {
    const inParens = /^\(([^()]{2,120})\)/.exec(s);
    if (inParens) {
      aside = inParens[1]!.trim();
      s = s.slice(inParens[0].length);
    }
  }
  return { name, handle, rest: s.replace(/^[\s–—\-·•|:,;]+/, ""), aside };
}

/** Reads an entry: its first line (`rest`, after the name) and its sub-lines, into the person's fields. */
function readEntry(who: Identity, lines: string[]): Person {
  const p: Person = { name: who.name, handle: who.handle, headline: null, mutual: null, note: [], extra: [], strong: false };
  /** a headline under its label ("Bio: …", "pone "…"") or quoted in brackets, which wins over the words after the name */
  const quotedAside = who.aside ? quotedAt(who.aside) : null;
  let bio: string | null = quotedAside && !quotedAside.open ? quotedAside.text : null;
  /** the words right after the name, where lists put the headline */
  let candidate: string | null = null;
  /** a count or a note came: later free words are the user's remarks, not the headline */
  let settled = false;
  /** a quoted note goes on over the next lines */
  let openNote = false;
  for (const line of lines) {
    if (openNote) {
      // a quoted note that runs over several lines: up to its closing quote
      const close = /^(.*?)[”"“»‘’]\s*[.,;]?\s*$/.exec(line.trim());
      p.note.push((close ? close[1]! : line).trim());
      openNote = !close;
      continue;
    }
    for (const seg of segments(line)) {
      const text = seg.text.replace(/\s+/g, " ").trim();
      if (seg.kind === "note") {
        settled = true;
        p.strong = true;
        const bare = text.replace(NO_NOTE_RE, "");
        if (NO_NOTE_RE.test(text) || EMPTY_VALUE_RE.test(text)) {
          if (bare && !EMPTY_VALUE_RE.test(bare)) p.extra.push(bare);
        } else p.note.push(seg.text.trim());
        openNote = !!seg.open;
        continue;
      }
      if (seg.kind === "bio") {
        p.strong = true;
        bio ??= text;
        continue;
      }
      if (seg.kind === "quoted") {
        p.strong = true;
        if (GREETING_START_RE.test(text) || /[?!]$/.test(text) || settled || candidate) {
          settled = true;
          p.note.push(seg.text.trim());
          openNote = !!seg.open;
        } else candidate = text;
        continue;
      }
      const mutual = readMutual(text);
      if (mutual) {
        p.mutual ??= mutual;
        p.strong = true;
        settled = true;
        continue;
      }
      const noNote = NO_NOTE_RE.exec(text);
      if (noNote) {
        settled = true;
        const rest = text.slice(noNote[0].length).trim();
        if (rest) p.extra.push(rest);
        continue;
      }
      const free = text.replace(/[.;]+$/, "");
      if (!free) continue;
      if (!settled && !candidate && !REMARK_RE.test(free)) candidate = free;
      else if (!settled && candidate && joinsHeadline(candidate, seg.sep, free)) candidate = `${candidate}${seg.sep.replace(/\s+$/, " ")}${free}`;
      else {
        if (!REMARK_RE.test(free)) settled = true;
        p.extra.push(free);
      }
    }
  }
  // the words in brackets are the headline when nothing else is ("Ana Ruiz (Recruiter at Globex) — 3 mutual"), else the user's remark
  p.headline = bio ?? candidate ?? who.aside;
  if (bio && candidate) p.extra.unshift(candidate);
  if (who.aside && !quotedAside && p.headline !== who.aside) p.extra.unshift(who.aside);
  return p;
}

/** A capitalised part after a headline that names no employer yet: "Oberarzt Kardiologie, Universitätsspital Zürich". */
function joinsHeadline(headline: string, sep: string, part: string): boolean {
  return /^[,–—-]/.test(sep.trim()) && /^\p{Lu}/u.test(part) && part.length <= 60 && !/\s(?:at|@|en|na|no|bei|chez|in)\s/i.test(headline) && !REMARK_RE.test(part);
}

/** Markdown's emphasis around a name or a label: "**Ana Ruiz**", "*Mark Jensen*", "__Note:__". */
function stripEmphasis(s: string): string {
  if (!s.includes("*") && !s.includes("__")) return s;
  return s
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)\*(?=$|[\s,.;:!?)–—-])/g, "$1$2");
}

// ---------------------------------------------------------------------------
// Numbered and bulleted lists, plain lines, chat exports

interface Row {
  text: string;
  indent: number;
  /** a chat message starts on this row */
  start: boolean;
  /** what marks it: "1.", "1)", "#", "•", "-", "h" (a Markdown heading), "b" (bold words first: "**Ana Ruiz** — …"), "" for none */
  kind: string;
  body: string;
}

/** "[12/03/24, 09:14] Marta: ", "[05.02.24, 18:02:11] Jana: ", "[10:14, 5/3/2024] Ana: " (WhatsApp on iPhone). */
const CHAT_IOS_RE =
  /^\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?,\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\]\s*/i;
/** "12/03/24, 09:14 - Marta Sousa: " (WhatsApp on Android; its notices have no sender). */
const CHAT_ANDROID_RE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s+[-–]\s+/i;
const CHAT_SENDER_RE = /^[^:\n]{1,40}?:\s/;
/** Slack's "Ruth Alvarez  10:02 AM" above a message. */
const SLACK_HEAD_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}\s{1,4}\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$/u;

const MARKER_RE = /^(?:(\d{1,2}[.)])|(#\d{1,2})|\((\d{1,2})\)|([-*+•●▪◦‣∙–—]))\s+/u;

function toRows(text: string): { rows: Row[]; chat: boolean } {
  const raw = text.split("\n");
  const heads = raw.filter((l) => CHAT_IOS_RE.test(l) || CHAT_ANDROID_RE.test(l)).length;
  const slack = raw.filter((l) => SLACK_HEAD_RE.test(l.trim())).length;
  const chat = heads >= 2 || slack >= 2;
  const rows: Row[] = [];
  for (const line of raw) {
    let s = line.replace(/\s+$/, "");
    let start = false;
    if (chat) {
      const head = CHAT_IOS_RE.exec(s) ?? CHAT_ANDROID_RE.exec(s);
      if (head) {
        s = s.slice(head[0].length);
        s = s.replace(CHAT_SENDER_RE, "");
        start = true;
      } else if (slack >= 2 && SLACK_HEAD_RE.test(s.trim())) {
        // the message's lines follow; the header itself says only who wrote when
        rows.push({ text: "", indent: 0, start: true, kind: "", body: "" });
        continue;
      }
    }
    const indent = /^\s*/.exec(s)![0].replace(/\t/g, "    ").length;
    let body = stripEmphasisMarker(s.trim());
    let kind = "";
    const heading = /^#{1,4}\s+/.exec(body);
    if (heading) {
      kind = "h";
      body = body.slice(heading[0].length).replace(/^\d{1,2}[.)]\s+/, "");
    } else {
      const m = MARKER_RE.exec(body);
      if (m) {
        kind = m[1] ? m[1].slice(-1) === "." ? "1." : "1)" : m[2] ? "#" : m[3] ? "(1)" : m[4]!;
        body = body.slice(m[0].length);
      } else if (/^(?:\*\*|__)\S/.test(body)) kind = "b";
    }
    rows.push({ text: s.trim(), indent, start, kind, body: stripEmphasis(body).trim() });
  }
  return { rows, chat };
}

/** "**1. Ana Ruiz** — …": the number inside the emphasis is the list's. */
function stripEmphasisMarker(s: string): string {
  const m = /^(\*\*|__)(\d{1,2}[.)])\s+/.exec(s);
  return m ? `${m[2]} ${m[1]}${s.slice(m[0].length)}` : s;
}

interface Item {
  who: Identity;
  lines: string[];
  indent: number;
  /** where its rows without a marker or an indent start ("1) Ole Petersen" / "Schiffbauingenieur bei Meyer Werft"), if it has any */
  flatFrom: number | null;
}

function fromList(text: string): Person[] | null {
  const { rows, chat } = toRows(text);
  const kind = itemKind(rows, chat);
  if (kind === null) return null;
  const marked = kind !== "";
  // a request's card starts with its person's name alone on a line, a list's title has the items under it ("Pedidos LinkedIn")
  const [first, second] = rows.filter((r) => r.text);
  if (!chat && first && !first.kind && isFullName(first.text) && !(second?.kind === kind && identify(second.body))) return null;
  const items: Item[] = [];
  /** the user's words around the items: a title, "Here are the 4 requests:", a closing question */
  const outside: string[] = [];
  let item: Item | null = null;
  /** unmarked rows after a blank line: the item's own when another item follows, the closing words when none does */
  let pending: string[] = [];
  let gap = false;
  for (const row of rows) {
    if (!row.text) {
      gap = true;
      if (row.start) item = null;
      continue;
    }
    const itemRow: boolean = row.kind === kind && (!item || row.indent <= item.indent + (marked ? 1 : 0)) && (marked || !chat || row.start);
    const who: Identity | null = itemRow ? identify(row.body) : null;
    if (who) {
      if (item && pending.length) item.lines.push(...pending);
      pending = [];
      item = { who, lines: [who.rest], indent: row.indent, flatFrom: null };
      items.push(item);
    } else if ((itemRow && marked && !isHeading(row)) || (!marked && !chat && row.kind && row.indent === 0)) {
      // an item of the list that names nobody ("1. esta es mi prima Carmen:"): not a list of people
      return null;
    } else if (chat && row.start) {
      // the forwarder's own words, a "<Media omitted>" or the encryption notice
      item = null;
    } else if (item && !pending.length && !isHeading(row) && (row.indent > item.indent || (row.kind !== "" && row.kind !== kind) || !gap)) {
      if (row.indent <= item.indent && !row.kind) item.flatFrom ??= item.lines.length;
      item.lines.push(row.kind ? row.body : row.text);
    } else if (item && marked && !isHeading(row)) {
      pending.push(row.text);
    } else {
      // a section heading ends the item above it, with the words between them
      if (item) item.lines.push(...pending);
      pending = [];
      item = null;
      if (!chat) outside.push(row.text);
    }
    gap = false;
  }
  outside.push(...pending);
  // (a chat's messages end where the next one starts)
  if (!chat) trimClosing(items, outside);
  // the words around the list are the user's, not a request's card ("14 mutual connections" above a note that lists a team)
  if (outside.length > MAX_OUTSIDE_LINES || outside.some((o) => readMutual(o) || findMutualConnections(o))) return null;
  const people = items.map((i) => readEntry(i.who, i.lines));
  if (!marked) {
    // a plain or chat line is a request only with a field no sentence has: a count, a note, quotes
    const strong = people.filter((p) => p.strong);
    return strong.length >= 2 ? strong : null;
  }
  // every item says something of its person
  if (!people.every((p) => p.headline || p.mutual || p.note.length || p.extra.length)) return null;
  // "Name – Headline" lines alone could be a note's list of speakers: they need a title at most around them
  return people.some((p) => p.strong) || (outside.length <= 1 && outside.every((o) => o.length <= 80 && !GREETING_START_RE.test(o))) ? people : null;
}

/** A Markdown heading, a line in bold alone, or words ending in a colon: a section of the list, no person's. */
function isHeading(row: Row): boolean {
  if (NOTE_LABEL_RE.test(row.body) || BIO_LABEL_RE.test(row.body)) return false;
  return row.kind === "h" || /^\*\*[^*]+\*\*:?$/.test(row.text) || (!row.kind && row.indent === 0 && /:$/.test(row.text) && row.text.length <= 60);
}

/** The words after the last item with neither a marker nor an indent ("qualquer coisa me avisa") close the list, unless every item has such rows. */
function trimClosing(items: Item[], outside: string[]): void {
  const last = items[items.length - 1];
  if (!last || last.flatFrom === null || items.length < 2 || items.slice(0, -1).some((i) => i.flatFrom !== null)) return;
  // (a quoted note that goes on over those rows keeps them)
  if (segments(last.lines[last.flatFrom - 1] ?? "").some((seg) => seg.open)) return;
  outside.push(...last.lines.splice(last.flatFrom));
}

/** The marker of the list's items: the one most rows that name someone carry ("" for plain lines or chat messages). */
function itemKind(rows: Row[], chat: boolean): string | null {
  const counts = new Map<string, number>();
  let plainStrong = 0;
  for (const row of rows) {
    if (!row.body) continue;
    if (row.kind === "" && !(chat ? row.start : true)) continue;
    const who = identify(row.body);
    if (!who) continue;
    if (row.kind === "") {
      // an unmarked line counts only with a field a sentence has not: a count, a note, quotes, a handle
      if (readEntry(who, [who.rest]).strong || (who.handle && who.rest)) plainStrong++;
      continue;
    }
    counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = k;
  if (best !== null) return best;
  return plainStrong >= 2 ? "" : null;
}

// ---------------------------------------------------------------------------
// Tables: CSV and TSV rows, Markdown tables

type Column = "name" | "first" | "last" | "handle" | "headline" | "company" | "mutual" | "note" | "link" | "direction" | "drop" | "extra";

/** Header words, accents folded, first match wins. */
const HEADER_WORDS: [RegExp, Column][] = [
  [/^(?:first name|firstname|given name|vorname|prenom|primeiro nome|nombre de pila)$/, "first"],
  [/^(?:last name|lastname|surname|family name|nachname|apellidos?|nom de famille|sobrenome|apelidos?)$/, "last"],
  [/^(?:inviter ?profile ?url)$/, "link"],
  [/^(?:invitee ?profile ?url|to|an|para|a|destinataire|sent at|connected on|date|fecha|datum|data|sent|enviado|gesendet|envoye)$/, "drop"],
  [/^(?:direction|richtung|direccion|direcao)$/, "direction"],
  [/^(?:name|full name|fullname|nombre|nombre completo|nom|nom complet|nome|nome completo|person|persona|pessoa|contact|kontakt|contacto|contato|from|de|von|who|quien|wer|qui|quem)$/, "name"],
  [/^(?:handle|username|user ?name|usuario|utilisateur|benutzername|pseudo|instagram|x|twitter)$/, "handle"],
  [/mutual|in common|comun|comum|commun|gemeinsam/, "mutual"],
  // ("Cargo / empresa", "Position & Firma": the role first, the company with it)
  [/^(?:headline|titular|titulo|titel|uberschrift|position|posicion|posicao|titre|intitule|cargo|puesto|rol|role|job|job title|title|beruf|poste|fonction|bio|descripcion|description|beschreibung|perfil|profil|profile|occupation|ocupacion)(?: (?:empresa|company|firma|unternehmen|entreprise|societe|at company))?$/, "headline"],
  // a row number: "#", "Nr.", "Nº"
  [/^(?:|n|no|nr|num|numero|number)$/, "drop"],
  [/^(?:company|empresa|unternehmen|firma|entreprise|societe|organi[sz]ation|organizacion|organizacao|arbeitgeber|employer)$/, "company"],
  [/^(?:(?:personal |invitation )?(?:message|note|notes|text)|mensaje|nota|notas|nachricht|notiz|mensagem|recado|mot|texto)$/, "note"],
  [/^(?:url|link|profile url|profil url|linkedin|enlace|lien)$/, "link"],
  // an export's e-mail column is a contact detail, not an address the person sent: the parser would read it as a way off the platform
  [/^(?:email|e-mail|email address|e-mail address|correo|correo electronico|mail|courriel|adresse e-mail|endereco de e-mail)$/, "drop"],
];

function columnOf(header: string): Column | null {
  const h = header.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9@ -]+/g, " ").replace(/\s+/g, " ").trim();
  for (const [re, col] of HEADER_WORDS) if (re.test(h)) return col;
  return null;
}

function fromTable(text: string): Person[] | null {
  const table = markdownTable(text) ?? delimited(text);
  if (!table) return null;
  const { header, rows } = table;
  const columns = header ? headerColumns(header) : null;
  const cols = columns ?? guessColumns(rows);
  if (!cols) return null;
  const people: Person[] = [];
  for (const row of rows) {
    const p = personOfRow(row, cols, header);
    if (p === "skip") continue;
    if (!p) return null;
    people.push(p);
  }
  return people;
}

/** The header's columns, when it names a person's column and one more it knows. */
function headerColumns(header: string[]): (Column | null)[] | null {
  const cols = header.map(columnOf);
  const known = cols.filter((c) => c !== null).length;
  const named = cols.includes("name") || (cols.includes("first") && cols.includes("last")) || cols.includes("handle");
  // "Nom" beside "Prénom" is the surname
  if (cols.includes("first") && !cols.includes("last")) {
    const i = cols.indexOf("name");
    if (i >= 0) cols[i] = "last";
  }
  return named && known >= 2 && !header.some((h) => /^\d+$/.test(h.trim())) ? cols : null;
}

/** Columns of rows with no header: names first, then counts, the longest texts as notes, the rest as headlines. */
function guessColumns(rows: string[][]): (Column | null)[] | null {
  const width = Math.max(...rows.map((r) => r.length));
  const values = (i: number) => rows.map((r) => (r[i] ?? "").trim()).filter(Boolean);
  const names = rows.every((r) => isFullName(cleanCell(r[0] ?? "")) || HANDLE_RE.test((r[0] ?? "").trim()));
  if (!names || width < 2) return null;
  const cols: (Column | null)[] = ["name"];
  let headline = false;
  let note = false;
  for (let i = width - 1; i >= 1; i--) {
    const v = values(i);
    let col: Column = "extra";
    if (v.length && v.every((x) => /^\d{1,6}$/.test(x))) col = "mutual";
    else if (v.some((x) => /^https?:\/\/\S+$/.test(x))) col = "link";
    else if (v.some((x) => /^\S+@\S+\.\w+$/.test(x))) col = "drop";
    else if (!note && v.some((x) => x.length > 60 || GREETING_START_RE.test(x))) {
      col = "note";
      note = true;
    }
    cols[i] = col;
  }
  for (let i = 1; i < width; i++) {
    if (cols[i] === "extra" && !headline) {
      cols[i] = "headline";
      headline = true;
    }
  }
  return cols.some((c) => c === "headline" || c === "mutual" || c === "note") ? cols : null;
}

function cleanCell(s: string): string {
  const t = stripEmphasis(s.trim()).trim();
  return /^(?:[-–—]|n\/a)$/i.test(t) ? "" : t;
}

/** One row as a person; "skip" for the user's own invitations (Invitations.csv's OUTGOING rows). */
function personOfRow(row: string[], cols: (Column | null)[], header: string[] | null): Person | "skip" | null {
  const p: Person = { name: null, handle: null, headline: null, mutual: null, note: [], extra: [], strong: true };
  let first = "";
  let last = "";
  let company = "";
  for (let i = 0; i < row.length; i++) {
    const value = cleanCell(row[i] ?? "");
    if (!value) continue;
    switch (cols[i]) {
      case "name": {
        const who = identify(value);
        p.name = who?.name ?? (HANDLE_RE.test(value) ? null : value);
        p.handle = who?.handle ?? null;
        if (who?.rest) p.extra.push(who.rest);
        break;
      }
      case "first":
        first = value;
        break;
      case "last":
        last = value;
        break;
      case "handle":
        p.handle = value.replace(/^@/, "");
        break;
      case "headline":
        p.headline = unquote(value);
        break;
      case "company":
        company = value;
        break;
      case "mutual":
        p.mutual = mutualFromColumn(value, header?.[i] ?? null);
        if (!p.mutual) p.extra.push(value);
        break;
      case "note":
        // (a cell that says there is none: "— (sem mensagem)", "(no message)")
        if (!EMPTY_VALUE_RE.test(value) && !NO_NOTE_RE.test(value.replace(/^[-–—\s]*\(?\s*|\s*\)?\s*$/g, ""))) p.note.push(unquote(value));
        break;
      case "direction":
        if (/^outgoing$/i.test(value)) return "skip";
        break;
      case "drop":
        break;
      default:
        p.extra.push(value);
    }
  }
  if (first || last) p.name ??= `${first} ${last}`.trim();
  if (company && !(p.headline ?? "").includes(company)) p.headline = p.headline ? `${p.headline} · ${company}` : company;
  if (!p.name && !p.handle) return null;
  return p;
}

function unquote(s: string): string {
  const q = quotedAt(s.trim());
  return q && !q.open && q.end === s.trim().length ? q.text : s.trim();
}

/** A Markdown table: "| Name | Position |", its "|---|---|" rule, then its rows; the words around it are dropped. */
function markdownTable(text: string): { header: string[]; rows: string[][] } | null {
  if (!text.includes("|")) return null;
  const lines = text.split("\n").map((l) => l.trim());
  const rule = lines.findIndex((l) => /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$/.test(l));
  if (rule < 1) return null;
  const cells = (l: string) => l.replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
  const header = cells(lines[rule - 1]!);
  const rows: string[][] = [];
  for (const l of lines.slice(rule + 1)) {
    if (!l.includes("|")) break;
    rows.push(cells(l));
  }
  return rows.length >= 2 && header.length >= 2 ? { header, rows } : null;
}

/** CSV or TSV rows (RFC 4180 quoting), with or without a header, after a line or two of the user's words. */
function delimited(text: string): { header: string[] | null; rows: string[][] } | null {
  const lines = text.split("\n");
  for (const delimiter of ["\t", ",", ";"]) {
    const min = delimiter === "\t" ? 2 : 3;
    const fields = (l: string) => l.split(delimiter).length;
    const starts = lines.findIndex((l) => fields(l) >= min);
    if (starts < 0 || starts > 2 || lines.filter((l) => fields(l) >= min).length < 2) continue;
    let records: string[][];
    try {
      records = parseCsv(lines.slice(starts).join("\n"), { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: delimiter !== "\t" }) as string[][];
    } catch {
      continue;
    }
    const width = records[0]?.length ?? 0;
    // the table ends where a row of another width starts (the user's closing words)
    let end = 0;
    while (end < records.length && (records[end]!.length === width || records[end]!.length === width - 1)) end++;
    const table = records.slice(0, end);
    if (width < min || table.length < 2) continue;
    const header = headerColumns(table[0]!) ? table[0]! : null;
    const rows = header ? table.slice(1) : table;
    if (rows.length >= (header ? 1 : 2)) return { header, rows };
  }
  return null;
}
