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

function collect(key: keyof SurfaceWords, surfaces: readonly SurfaceVocabulary[] = SURFACES, languages?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of surfaces) {
    for (const [lang, words] of Object.entries(s.words)) {
      if (languages && !languages.includes(lang)) continue;
      for (const p of (words?.[key] as readonly string[] | undefined) ?? []) out.add(p.toLowerCase());
    }
  }
  return [...out];
}

/** Each accented letter also as its bare letter: a screenshot's text and a hurried typist drop accents ("amigos en comun"). */
const BARE: Record<string, string> = { á: "a", à: "a", â: "a", ã: "a", ä: "a", é: "e", è: "e", ê: "e", ë: "e", í: "i", î: "i", ï: "i", ó: "o", ô: "o", õ: "o", ö: "o", ú: "u", ù: "u", û: "u", ü: "u", ç: "c", ñ: "n" };
const withoutAccents = (pattern: string): string => pattern.replace(/[áàâãäéèêëíîïóôõöúùûüçñ]/g, (c) => `[${c}${BARE[c]}]`);

/** A count as the platforms write it: "3", "1,204", "12 345", "1.2k", "2 mil", "500+". */
const NUMBER = String.raw`\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*(?:\s?(?:[km]|mil|mio\.?|mill?\.?))?\+?`;

/** A phrase as a pattern: "{n}" a number, "{x}" any short text, any apostrophe, any run of spaces. */
function phrasePattern(p: string): string {
  return p
    .split(/(\{n\}|\{x\})/)
    // (a word's first "i" also matches Turkish's capital "İ", which no case-insensitive match folds to "i": "Arkadaşlık İstekleri")
    .map((part) => (part === "{n}" ? NUMBER : part === "{x}" ? ".{1,80}?" : withoutAccents(escapeRegExp(part).replace(/['’]/g, "['’]").replace(/(^|[^\p{L}])i/gu, "$1[iİ]").replace(/\s+/g, "\\s+"))))
    .join("");
}

function alternation(phrases: string[]): string {
  return phrases
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join("|");
}

/**
 * The same alternatives with the phrases that open with a count sharing one number:
 * "{n} a|{n} b" as "{n}(?:a|b)". Each alternative read the number again (one such group,
 * a line like "3 mutual connections" against every count phrase of five languages, was
 * the engine's costliest expression). Only for whole-line tests: the lines matched are the
 * same, though which alternative matches first may not be.
 */
function countsShared(phrases: string[]): string {
  const counted = phrases.filter((p) => p.startsWith("{n}"));
  if (counted.length < 2) return alternation(phrases);
  const rest = phrases.filter((p) => !p.startsWith("{n}"));
  return [`${NUMBER}(?:${alternation(counted.map((p) => p.slice(3)))})`, ...(rest.length ? [alternation(rest)] : [])].join("|");
}

// (a heading may ask: "Wem folgen?", "¿A quién seguir?")
const wholeLine = (phrases: string[]) => new RegExp(`^¿?(?:${alternation(phrases)})[.!:?]?$`, "iu");

const BUTTONS = collect("buttons");
/** Salutations of every language as one alternation: "hi|hola|guten tag…". */
export const SALUTATION_WORDS = alternation(collect("salutations"));
const BADGES = collect("badges");

/** A line that is only buttons: "Accept", "Ignore · Accept", "Confirm Delete". */
export const BUTTON_LINE_RE = new RegExp(`^(?:(?:${alternation(BUTTONS)})(?:\\s*[|·•/]\\s*|\\s{1,3}|$))+$`, "iu");
/** A mail client's own buttons ("Reply all", "Forward", "Allen antworten"): around an e-mail, not the end of one. */
export const MAIL_CLIENT_BUTTON_RE = new RegExp(`^(?:(?:${alternation(collect("buttons", [EMAIL]))})(?:\\s*[|·•/]\\s*|\\s{1,3}|$))+$`, "iu");
const CHROME = [...new Set([...collect("chrome"), ...collect("navigation"), ...collect("requestHeadings"), ...collect("suggestions")])];
/** Headings of sections that list suggestions, not requests: a page splitter drops everything under them. */
export const SUGGESTIONS_RE = wholeLine(collect("suggestions"));
/** An advert's label in a page's side column: its few lines, up to its button, are no request. */
export const AD_LABEL_RE = /^(?:ad|promoted|sponsored|anuncio|promocionado|patrocinado|anzeige|gesponsert|annonce|sponsorisé|sponsorise|anúncio|anuncio patrocinado|promovido)$/iu;
/** The messaging panel a page shows in its corner: its search box opens it, and the rest of the page is conversations. */
export const MESSAGING_PANEL_RE = /^(?:search messages|buscar mensajes|buscar en mensajes|nachrichten durchsuchen|rechercher des messages|rechercher dans les messages|pesquisar mensagens|buscar mensagens|pesquisar nas mensagens)$/iu;
/** Headings of sections that list requests: a suggestions section ends there. */
export const REQUESTS_HEADING_RE = wholeLine(collect("requestHeadings"));
/** A line's or a phrase's first word as phraseIndex keys it: lower case, one apostrophe, no closing punctuation; "#" for a number. */
function firstKey(s: string): string {
  // (Spanish opens an exclamation or a question with its mark: "¡Tienes un nuevo seguidor!")
  const t = s.trimStart().replace(/^[¡¿]/, "");
  if (/^(?:\{n\}|\d)/.test(t)) return "#";
  const space = t.search(/\s/);
  // ("İstekler" lower-cases to "i̇stekler", with a combining dot)
  return (space < 0 ? t : t.slice(0, space)).toLowerCase().replace(/\u0307/g, "").replace(/’/g, "'").replace(/[.,:!]+$/, "");
}

/**
 * Phrases indexed by their first word, each word's phrases compiled into one small
 * expression on first use. Hundreds of phrases in five languages as one /iu alternation
 * took about 9 ms to compile at start-up and were all tried on every line; a line now
 * meets only the phrases that open with its own first word.
 */
function phraseIndex(phrases: readonly string[], build: (alternatives: string) => RegExp): (line: string, keyFrom?: string) => boolean {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const k = firstKey(p);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const compiled = new Map<string, RegExp>();
  return (line, keyFrom = line) => {
    const k = firstKey(keyFrom);
    let re = compiled.get(k);
    if (!re) {
      const g = groups.get(k);
      if (!g) return false;
      re = build(countsShared(g));
      compiled.set(k, re);
    }
    return re.test(line);
  };
}

// phrases that open with "{x}" make the engine try every length at every line: kept apart, tried only on lines with a digit
// a heading may carry its count after a separator: "Friend requests · 3", "Follow requests (12)"
const chromeFixed = phraseIndex(
  CHROME.filter((p) => !p.startsWith("{x}")),
  (alt) => new RegExp(`^[¡¿]?(?:${alt})(?:\\s*[·•]\\s*\\d[\\d,.]*\\+?|\\s*\\(\\d[\\d,.]*\\+?\\))?[.!:]?$`, "iu"),
);
const CHROME_WILD_RE = wholeLine(CHROME.filter((p) => p.startsWith("{x}")));
/**
 * Tabs and headings that a copied bar puts on one line: "Received Sent", "Invitaciones (4)
 * Gestionar", "Kontaktanfragen (1) · Alle". The line is cut into two or more pieces that
 * are each a chrome phrase.
 */
const tabBar = (s: string): boolean => {
  const words = s.split(/\s*[|·•]\s*|\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  // reach[i]: the fewest pieces that cover words[0..i); a line of one piece is no bar
  const reach: number[] = [0];
  for (let j = 1; j <= words.length; j++) {
    let best = Infinity;
    for (let i = Math.max(0, j - 4); i < j; i++) if (reach[i]! < Infinity && chromeFixed(words.slice(i, j).join(" "))) best = Math.min(best, reach[i]! + 1);
    reach[j] = best;
  }
  const pieces = reach[words.length]!;
  return pieces >= 2 && pieces < Infinity;
};
export const CHROME_LINE_RE = {
  test: (s: string): boolean => s.length <= 90 && (chromeFixed(s) || (/\d/.test(s) && CHROME_WILD_RE.test(s)) || (s.length <= 40 && tabBar(s))),
};
/** First words of every button, chrome, badge and time phrase: a line opening with another word (and no digit) is none of them. */
export const INTERFACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...BUTTONS, ...CHROME, ...BADGES, "yesterday", "today", "just", "now", "active", "sent", "an", "a", "one", "hace", "vor", "il", "há", "ha", "ayer", "hoy", "ahora", "justo", "gestern", "heute", "jetzt", "gerade", "hier", "aujourd'hui", "aujourd’hui", "à", "maintenant", "ontem", "hoje", "agora", "enviado", "enviada", "recibido", "recibida", "gesendet", "erhalten", "envoyé", "envoyée", "reçu", "reçue", "recebido", "recebida", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    .map((p) => p.split(/\s+/)[0]!.replace(/[,.:]+$/, ""))
    .filter((w) => w && !w.startsWith("{"))
    // Turkish's "İsteği sil" lower-cases to "i̇steği": the word with its dotted capital too
    .flatMap((w) => (w.startsWith("i") ? [w, `i\u0307${w.slice(1)}`] : [w])),
);
export const BADGE_LINE_RE = new RegExp(`^[·•|\\s]*(?:(?:${alternation(BADGES)})(?:\\s*[·•|,]\\s*|\\s+|$))+$`, "iu");
const STOCK = collect("stock");
// (in the five languages: "Bonjour Claire, je souhaiterais faire partie de votre réseau LinkedIn.")
const STOCK_GREETING = String.raw`(?:hi|hello|dear|hey|hola|buenos días|buenas|estimad[oa]|hallo|guten tag|liebe[r]?|sehr geehrte[r]?|bonjour|salut|cher|chère|olá|ola|oi|bom dia|boa tarde|prezad[oa]|car[oa])\s+[^\s,]{1,30},?\s*`;
const STOCK_GREETING_RE = new RegExp(`^${STOCK_GREETING}`, "iu");
const stockRe = (alternatives: string) => new RegExp(`^(?:${STOCK_GREETING})?(?:${alternatives})[.!:]?$`, "iu");
const stockFixed = phraseIndex(
  STOCK.filter((p) => !p.startsWith("{x}")),
  stockRe,
);
const STOCK_WILD_RE = stockRe(alternation(STOCK.filter((p) => p.startsWith("{x}"))));
/** The platforms' stock sentences, after a greeting or not; those that open with a name ("Jenn, please add me…") are tried only on lines with a comma. */
export const STOCK_LINE_RE = {
  test: (s: string): boolean => {
    if (s.length > 200) return false;
    if (stockFixed(s)) return true;
    const greeting = STOCK_GREETING_RE.exec(s);
    return (!!greeting && stockFixed(s, s.slice(greeting[0].length))) || (s.includes(",") && STOCK_WILD_RE.test(s));
  },
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
// es/fr/pt profiles show one word: "(Ella)", "(Elle)", "(Ela)"
export const PRONOUNS_RE = /\s*\((?:she|he|they|ze|xe|ella|él|el|er|sie|il|elle|ele|ela|iel)\s*\/\s*[^)]{1,20}\)|\s*\((?:ella|él|elle|il|iel|ela|ele|elu)\)|\s*[·•]\s*(?:she|he|they)\/(?:her|him|them|hers|his|theirs)\b/giu;

/** Relative and absolute times the interfaces print: "2h", "3 weeks ago", "Yesterday", "Mon, Nov 23, 4:15 PM (2 days ago)". */
const TIME_LINE_BASE_RE =
  /^[·•\s]*(?:\d{1,3}\s?(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|sec|secs)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|yesterday|today|just now|now|active now|(?:sent|invited you|received|requested|followed you)\s+(?:\d{1,3}|an?|one) \w+ ago|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,\s+(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?)(?:,?\s+\d{4})?,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?(?:\s+\(.{1,30}\))?|(?:lun|mar|mi[ée]|mer|jue|jeu|vie|ven|s[áa]b|sam|dom|dim|seg|ter|qua|qui|sex|mo|di|mi|do|fr|sa|so)\p{L}*\.?,?\s+\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?,?\s+(?:(?:a las|à|às|um)\s+)?\d{1,2}[:h]\d\d(?::\d\d)?(?:\s+\(.{1,30}\))?|\d{1,2}:\d\d\s?(?:am|pm)?(?:\s+\(.{1,30}\))?|(?:hace|vor|il y a|há|ha)\s+(?:\d{1,3}|una?|einem|einer|un|une|uma?)\s+\p{L}+\.?|(?:ayer|hoy|ahora|justo ahora|gestern|heute|jetzt|gerade eben|hier|aujourd['’]hui|à l['’]instant|maintenant|ontem|hoje|agora)|(?:enviad[ao]|recibid[ao]|gesendet|erhalten|envoyée?|reçue?|recebid[ao])\s+(?:hace|vor|il y a|há)\s+.{1,20}|\d{1,3}\s?(?:j|sem|std|t|tg|wo|mon|min|an|a|d|sem\.)\.?)\.?$/iu;
/** Month abbreviations of the five languages, for a list's short dates: "Mar 4", "27 févr.", "4. März", "2 de mar." */
const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|mär|mai|okt|dez|janv|févr|fevr|avr|juin|juil|août|aout|déc|fev|set|out";
/** Weekdays of the five languages, for a mail client's dates: "Tue 5/14/2024 8:12 AM", "lun. 18:20", "Mo 06.05.2024 09:12". */
const WEEKDAYS = "mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|mie|mer|jue|jeu|vie|ven|sáb|sab|sam|dom|dim|seg|ter|qua|qui|sex|mo|di|mi|do|fr|sa|so";
export const TIME_LINE_RE = new RegExp(
  `${TIME_LINE_BASE_RE.source}|^(?:(?:${MONTHS})\\p{L}*\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\p{L}*\\.?)$` +
    `|^(?:(?:${WEEKDAYS})\\p{L}*\\.?,?\\s+)?\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?(?:,?\\s+(?:à\\s+|às\\s+|um\\s+|a las\\s+)?\\d{1,2}[:h]\\d\\d(?:\\s?[ap]\\.?m\\.?)?)?$` +
    `|^(?:${WEEKDAYS})\\p{L}*\\.?\\s+\\d{1,2}[:h]\\d\\d(?:\\s?[ap]\\.?m\\.?)?$` +
    // an app's relative time in words without "ago": "1 Tag", "3 Wochen", "2 días", "1 semaine", "3 dias", "1 mês"
    `|^[·•\\s]*\\d{1,3}\\s+(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|stunde|stunden|std|minute|minuten|día|días|dia|dias|semana|semanas|mes|meses|mês|año|años|ano|anos|hora|horas|minuto|minutos|jour|jours|semaine|semaines|mois|heure|heures|ans)\\.?$` +
    // a day and a time: "Gestern um 21:14", "Yesterday at 9:14 PM", "hoy, 7:03", "hier à 09:31", "ontem às 21:14"
    `|^(?:yesterday|today|ayer|hoy|gestern|heute|vorgestern|hier|aujourd['’]hui|avant-hier|ontem|hoje|anteontem)(?:,|\\s+(?:at|a las|a la|um|à|às|as))?\\s+\\d{1,2}[:h.]\\d\\d(?:\\s?[ap]\\.?m\\.?)?(?:\\s*uhr)?$` +
    // the read-only languages' short times and "ago": "2 g", "3 u", "5 tim", "1 tydz.", "2 sa"; "2 giorni fa", "3 dagen geleden", "2 dni temu", "för 2 dagar sedan", "2 gün önce"
    `|^[·•\\s]*(?:\\d{1,3}\\s?(?:g|gg|u|v|sa|dk|sn|tim|godz|tydz|dni|sett|setm|uur|ore)\\.?|\\d{1,3}\\s+\\p{L}{1,12}\\.?\\s+(?:fa|geleden|temu|sedan|önce)|(?:för|fa)\\s+\\d{1,3}\\s+\\p{L}{1,12}(?:\\s+sedan)?)\\.?$`,
  "iu",
);
/** A relative time at the end of a line: "requested to follow you. 2h" */
// (and the read-only languages' short units and "ago": "2 g", "3 u", "5 tim", "1 tydz.", "2 sa"; "2 giorni fa", "3 dagen geleden", "2 dni temu", "2 gün önce")
export const TRAILING_TIME_RE =
  /[.,·•]?\s+(?:\d{1,3}\s?(?:s|m|h|d|w|y|j|min|mins|hr|hrs|sem|std|g|gg|u|v|sa|dk|sn|tim|godz|tydz|dni|sett|setm|uur|ore)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|(?:hace|vor|il y a|há)\s+\d{1,3}\s+\p{L}+|\d{1,3}\s+\p{L}{1,12}\s+(?:fa|geleden|temu|sedan|önce))\.?$/iu;

export const EMAIL_HEADER_RE = new RegExp(`^(?:${EMAIL_HEADER_NAMES.map(escapeRegExp).join("|")})\\s*:\\s*(.*)$`, "iu");
export const FORWARD_MARKER_RE =
  /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original|message transféré|message d['’]origine|mensagem encaminhada|mensagem original)\s*-{2,}|(?:begin forwarded message|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|comienzo del mensaje reenviado|début du message réexpédié|début du message transféré|início da mensagem encaminhada)\s*:?|-{3,}\s*original message\s*-{3,}|on .{5,80} wrote:|am .{5,80} schrieb .{1,60}:|el .{5,80} escribió:|le .{5,80} a écrit\s?:|em .{5,80} escreveu:)$/iu;
/** Lines that only draw: "......", "———", "____", "* * *". */
export const RULE_LINE_RE = /^[\s.·•*_=~\-–—─━|…]+$/u;
/** "[image: LinkedIn]" in Gmail's plain-text copy. */
export const IMAGE_PLACEHOLDER_RE =
  /\[(?:image|bild|imagen|imagem|photo|foto|logo|logotipo|logotype|profilbild|profile (?:photo|picture)|photo de profil|foto del perfil|foto do perfil|foto de perfil)\b[^\]\n]{0,80}\]/giu;
/**
 * A phone's notification header: "LinkedIn · now", "X · vor 5 Min.", "Instagram · há 2 min".
 * (Gmail on a phone: "to me · 2:14 PM", "para mí · 10:05".)
 */
export const PUSH_HEADER_RE =
  /^(?:(?:linkedin|facebook|instagram|x|twitter|messenger|whatsapp|telegram|gmail|outlook)\s*[·•]\s*(?:now|just now|ahora|jetzt|gerade|maintenant|à l['’]instant|agora|\d{1,2}:\d\d|(?:hace|vor|il y a|há)?\s*\d{1,3}\s*\p{L}{1,8}\.?(?:\s+ago)?)|(?:to me|para mí|para mim|an mich|à moi|a mí)\s*[·•]\s*.{1,25})$/iu;

/** Picture alt text and profile links that name the person: "Marcus Lee's profile picture", "View Marcus Lee’s profile", "Photo of Ana". */
export const PROFILE_PICTURE_RE =
  /^(?:view\s+|check out\s+|see\s+)?(.{2,60}?)['’]s?\s+(?:profile(?:\s+(?:picture|photo|image))?|photo|avatar|picture)(?:\s+on\s+(?:linkedin|facebook|instagram|x|twitter))?(?:\s*:?\s*(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com|facebook\.com|instagram\.com|x\.com|twitter\.com)\/\S*)?$|^(?:profile (?:picture|photo) of|photo of|view profile of|profilbild von|profilfoto von|foto de perfil de|foto del perfil de|foto do perfil de|photo de profil de|photo du profil de|ver (?:el )?perfil de|voir le profil de|ver o perfil de)\s+(.{2,60}?)(?:\s+anzeigen)?$|^(?:profilbild|bild) (?:von )?(.{2,60})s?$|^(?:profil von)\s+(.{2,60}?)\s+anzeigen$/iu;
/**
 * A phone's share sheet, the way a profile reaches the app from another one: "Check out Rachel
 * Moore’s profile on LinkedIn https://…", "Echa un vistazo al perfil de Valentina Ríos en
 * LinkedIn", "Sehen Sie sich das Profil von Tobias Lange auf LinkedIn an:", "Découvrez le profil
 * de Thomas Girard sur LinkedIn", "Confira o perfil de Thiago Rocha (@thiagorocha_dev) no
 * Instagram • https://…". Group 1 is the name.
 */
const SHARED_ON = String.raw`(?:\s*\(@[\w.]{1,30}\))?\s+(?:on|en|auf|sur|no|na|in)\s+(?:linkedin|instagram|facebook|x|twitter)(?:\s+an)?`;
export const SHARE_SHEET_RE = new RegExp(
  String.raw`^(?:check out|see|view)\s+(.{2,60}?)['’]s?\s+profile${SHARED_ON}|^(?:echa un vistazo al|mira el|ve el|consulta el)\s+perfil de\s+(.{2,60}?)${SHARED_ON}|^(?:sehen sie sich das|schau dir das|sieh dir das)\s+profil von\s+(.{2,60}?)${SHARED_ON}|^(?:d[ée]couvrez|d[ée]couvre|voir|consultez)\s+le\s+profil\s+de\s+(.{2,60}?)${SHARED_ON}|^(?:confira|veja|conhe[çc]a)\s+o\s+perfil\s+de\s+(.{2,60}?)${SHARED_ON}` +
    String.raw`\s*[:•·-]?\s*(?:https?:\/\/\S+)?\s*$`,
  "iu",
);

/** "Reply to Marcus", "Message Marcus": a button that names the person (their first name, usually). */
/** "Reply to Ana", "Responder a Ana", "Répondre à Ana", and German's "Ana antworten": the name is group 1 or 2. */
/** Also the heading of the person's message on a card: "Message from Ana:", "Mensaje de Diego:", "Nachricht von Clara:". */
export const REPLY_TO_RE = /^(?:reply to|message(?: from)?|mensaje de|mensagem de|nachricht von|responder a|antworten an|répondre à|responder)\s+(.{2,60}?)\s*:?$|^(\p{Lu}[\p{L}'’-]{1,30})\s+antworten$/iu;

const EVENTS_EN = collect("events", SURFACES, ["en"]);
const EVENTS = collect("events");
// (and the read-only languages' notifications: "vuole collegarsi", "heeft gevraagd je te volgen", "chce cię obserwować")
const EVENTS_FOREIGN = collect("events", SURFACES, ["es", "de", "fr", "pt", "it", "nl", "pl", "sv", "tr", "ca"]);
const eventRe = (events: string[]) => new RegExp(`^(.{1,80}?)\\s+(?:${alternation(events)})(?![\\p{L}\\p{N}])[.!:]?\\s*(.*)$`, "iu");
const eventOnlyRe = (events: string[]) => new RegExp(`^(?:${alternation(events)})(?![\\p{L}\\p{N}])[.!:]?(?:\\s*(?:\\d{1,3}\\s?(?:[smhdwyj]|sem|std)\\.?|\\d{1,3}\\s+\\w+\\s+ago))?\\.?$`, "iu");
/** The longest word of each of the other languages' notifications: the five languages' expressions are compiled, and tried, only on lines holding one. */
const FOREIGN_EVENT_HINT = keyWords(EVENTS_FOREIGN.filter((p) => !p.includes("{")))
  .map(escapeRegExp)
  .join("|");
const FOREIGN_EVENT_HINT_RE = new RegExp(FOREIGN_EVENT_HINT, "iu");
/** English's notifications, and all five languages' built on first need. */
function twoStage(english: RegExp, all: () => RegExp) {
  let every: RegExp | undefined;
  const pick = (s: string) => (FOREIGN_EVENT_HINT_RE.test(s) ? (every ??= all()) : english);
  return { test: (s: string): boolean => pick(s).test(s), exec: (s: string): RegExpExecArray | null => pick(s).exec(s) };
}
/**
 * Activity on a notifications page that asks for nothing: "Marcus Lee liked your post",
 * "Julien Marchand et 7 autres personnes ont réagi à votre publication", "Pierre a accepté
 * votre invitation", "hat heute Geburtstag". Who did it is group 1; the splitter ends a card
 * at such a line and drops it with the lines that quote the post.
 */
const NOTICE_VERBS = [
  // English
  String.raw`(?:liked|loved|likes|reacted to|commented on|replied to|quoted|shared|reposted|retweeted|saved|viewed|endorsed you for|mentioned you|tagged you|invited you to(?! connect)|accepted your|voted in|is going to|is interested in|posted (?:in|a|an|on)|added (?:a|\d+) new|updated (?:his|her|their)|has a birthday|celebrates|congratulated you|commented:|replied:|mentioned you in)`,
  // Spanish
  String.raw`(?:le gusta|les gusta|le gustó|les gustó|le encanta|reaccionó a|reaccionaron a|ha reaccionado a|han reaccionado a|comentó|comentaron|ha comentado|han comentado|respondió a|respondió:|ha respondido a|te mencionó|te mencionó en un comentario|te ha mencionado|te etiquetó|te ha etiquetado|compartió|compartieron|ha compartido|reposteó|citó|guardó|te invitó a(?! conectar)|te ha invitado a(?! conectar)|aceptó tu|ha aceptado tu|publicó|ha publicado|cumple años|vio tu perfil|ha visto tu perfil)`,
  // German
  String.raw`(?:gefällt|gefallen|hat auf|haben auf|hat deinen|hat deine|hat dein|hat ihren|hat ihre|hat ihr|haben deinen|haben deine|haben dein|hat dich erwähnt|hat dich markiert|hat dich in einem kommentar erwähnt|hat dich in einem beitrag markiert|hat sie in einem kommentar erwähnt|hat sie erwähnt|hat sie markiert|hat dich eingeladen|hat sie eingeladen|hat deine einladung angenommen|hat ihre einladung angenommen|hat heute geburtstag|hat einen beitrag|hat etwas|hat ein foto|hat ein video|hat einen kommentar|haben ein foto|kommentierte|antwortete|hat ihre einladung angenommen|hat deine freundschaftsanfrage angenommen|hat ihre freundschaftsanfrage angenommen)`,
  // French
  String.raw`(?:aime|aiment|a aimé|ont aimé|a réagi à|ont réagi à|a commenté|ont commenté|a répondu à|ont répondu à|vous a mentionnée?|vous a mentionnée? dans un commentaire|t'a mentionnée? dans un commentaire|vous a identifiée?|t'a mentionnée?|a partagé|ont partagé|a republié|a reposté|a enregistré|vous a invitée? à(?! (?:vous |se )?connecter| rejoindre (?:son|mon) réseau)|t'a invitée? à(?! (?:te |se )?connecter| rejoindre (?:son|mon) réseau)|a accepté votre|a accepté ton|a publié|a consulté votre profil)`,
  // Portuguese
  String.raw`(?:curtiu|curtiram|reagiu a|reagiu à|reagiram a|reagiram à|comentou|comentaram|respondeu|respondeu:|mencionou você|mencionou você em um comentário|marcou você|te mencionou|te marcou|compartilhou|partilhou|repostou|convidou você(?! para se conectar| a se conectar)|te convidou(?! para se conectar)|aceitou (?:seu|sua|o seu|a sua|o teu|a tua)|publicou|visualizou seu perfil)`,
].join("|");
export const NOTICE_RE = new RegExp(`^(.{1,100}?)\\s+(?:${NOTICE_VERBS})(?![\\p{L}\\p{N}])`, "iu");
/** A birthday or a suggestion: "C'est l'anniversaire de Sophie Lambert aujourd'hui", "Suggestion d'ami : Hugo Perrin". */
export const NOTICE_LINE_RE =
  /^(?:a .{2,60}? (?:y \d[\d.]* personas? más |y \d[\d.]* más )?(?:le|les) (?:ha gustado|han gustado|gusta|gustó|encanta)|felicita a|gratulieren sie|gratuliere|congratulate|félicitez|parabenize|dê os parabéns|wünschen sie .{2,60} alles gute|wünsch .{2,60} alles gute|heute hat .{2,60} geburtstag|(?:your|tu|su|ihr|dein|deine|votre|ta|sua|seu|a sua|o seu) (?:post|publicación|publicacion|beitrag|publication|publicação|publicacao|artículo|artikel|article|artigo|video|vídeo|vidéo|foto|photo)\b.{0,40}\b(?:\d[\d.,]*\s?(?:impressions?|impresiones|impressões|visualizaciones|aufrufe|vues|visualizações|views)|ha obtenido|hat .{0,20}erzielt|a obtenu|obteve|has|got)|(?:new jobs|nuevos empleos|neue jobs|nouvelles offres|novas vagas|nuevas ofertas)\b|(?:new posts? from|neue posts? von|nuevos posts? de|nouveaux posts? de|novos posts? de) .{2,60}$|it['’]s .{2,60}['’]s birthday|today is .{2,60}['’]s birthday|c['’]est l['’]anniversaire de|es el cumpleaños de|hoy es el cumpleaños de|hoje é (?:o )?aniversário de|é (?:o )?aniversário de|(?:friend suggestion|suggestion d['’]ami|sugerencia de amistad|sugestão de amizade|freundschaftsvorschlag)\s*:|there was a login to your account|new login to your account|hubo un inicio de sesión|neue anmeldung|nouvelle connexion à votre compte|novo login na sua conta)/iu;
/** X's line above a reply: the tweet under it answers the user, it asks for nothing. */
export const REPLY_MARKER_RE = /^(?:replying to|en respuesta a|respondiendo a|antwort an|als antwort an|en réponse à|em resposta a|respondendo a)\s+@/iu;

/** "Priya Raman wants to connect", "sam.porter requested to follow you. 2h": who, then the rest of the line. */
// the phrase ends at a letter's end, not at \\b, which knows ASCII letters only ("pediu para seguir você.")
export const EVENT_RE = twoStage(eventRe(EVENTS_EN), () => eventRe(EVENTS));
/** The event with its subject on the line above: "requested to follow you. 2h" */
export const EVENT_ONLY_RE = twoStage(eventOnlyRe(EVENTS_EN), () => eventOnlyRe(EVENTS));
/** Cheap pre-test for EVENT_RE. */
export const EVENT_HINT_RE = new RegExp(`connect|request|follow|message|friend|network|invit|waiting|add(?:ed)? you|${FOREIGN_EVENT_HINT}`, "iu");

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
const FOLLOWED_BY = alternation(collect("followedBy"));
const FOLLOWED_BY_PLAIN = alternation(collect("followedBy").filter((p) => !/\bsiguen?$/.test(p)));
const FOLLOWED_BY_VERB = alternation(collect("followedBy").filter((p) => /\bsiguen?$/.test(p)));
const LINE_START = String.raw`(?:^|[·•|]\s*|(?<![\p{L}])(?:${FOLLOWED_BY})\s+)`;
const FOLLOWED_HINT = /followed by|seguid[oa]|gefolgt|suivie?|siguen|sigue|seguit[oa]?|gevolgd|obserwowan|följs/i;

/** The five languages' "no" before a mutual line's noun: "no", "sin", "ningún", "aucun(e)", "nenhum(a)", "sem"; German inflects the noun ("keine gemeinsamen Kontakte"). */
// (and the read-only languages': "nessun", "geen", "brak", "inga", "cap", and Turkish's "… yok" after the noun)
const NONE_HINT_RE = /(?<![\p{L}])(?:no|not|keine[n]?|sin|ning[uú]n[oa]?|aucune?|pas d['’]|nenhum[a]?|sem|nessun[oa]?|geen|brak|inga|cap)\s|\syok(?![\p{L}])/iu;
const NONE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:no|ning[uú]n[oa]?|sin|aucune?|pas d['’]|nenhum[a]?|sem|nessun[oa]?|geen|brak|inga|cap)\s+(?:(?:mutual|shared)\s+(?:connections?|friends?|followers?|contacts?)|${PLURAL}|${SINGULAR})|no\s+(?:tienes|tenéis|teneis|tienen|tiene|hay)\s+(?:${PLURAL}|${SINGULAR})|keine[n]?\s+gemeinsamen?\s+(?:kontakte|freunde|freundinnen|follower)|(?:${PLURAL}|${SINGULAR})\s+yok|not followed by anyone you(?:'|’)re following|(?:no|nadie|personne|ninguém|niemand)\s+(?:que\s+)?(?:sigues|segues|vous suivez|du folgst)\b)(?![\p{L}])`,
  "iu",
);

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
  // "No mutual friends", "Ningún amigo en común", "Keine gemeinsamen Kontakte", "Aucune relation en commun", "Nenhum amigo em comum"
  { hint: NONE_HINT_RE, re: NONE_RE, count: () => 0 },
  // "Followed by ana.r, tom_b and 3 others", "Followed by Ana Ruiz and 12 others you follow"
  // "Seguido(a) por mariana.f e mais 2 pessoas", "Suivi(e) par thomas_g et 5 autres personnes"
  // and with the word before the count alone: "Seguido por fernandalopes e mais 5"
  { hint: FOLLOWED_HINT, re: new RegExp(String.raw`(?:^|[·•|])[ \t·•]*(?:${FOLLOWED_BY})\s+${NAMES}\s*(?:,\s*)?(?:${AND}|\+)\s*(?:(?:${OTHER})\s+${NUM}(?:\s+(?:${OTHER}))?|${NUM}\s+(?:${OTHER}))(?![\p{L}\d])`, "imu"), count: (m) => countNames(m[1]) + toInt(m[2] ?? m[3]) },
  // "Hannah Becker and 21 other mutual connections", "Carlos Lima e mais 7 conexões em comum": the named person plus the others
  { hint: new RegExp(`\\s(?:${AND})\\s+(?:(?:${OTHER})\\s+)?\\d`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s*,?\s+(?:${AND})\s+(?:(?:${OTHER})\s+)?${NUM}\s+(?:(?:${OTHER})\s+)?${NOUN}(?![\p{L}])`, "imu"), count: (m) => countNames(m[1]) + toInt(m[2]) },
  // "21 mutual connections", "1 mutual friend", "8 connections in common", "12 gemeinsame Kontakte"
  { re: new RegExp(String.raw`(?<![\p{L}\d])${NUM}\s*(?:(?:${OTHER})\s+)?${NOUN}(?![\p{L}])`, "iu"), count: (m) => toInt(m[1]) },
  // "Ana Ruiz and Tom Becker are mutual connections"
  { hint: new RegExp(`\\s(?:${ARE})\\s`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s+(?:${ARE})\s+(?:${PLURAL})(?![\p{L}])`, "imu"), count: (m) => Math.max(2, countNames(m[1])) },
  // "Hannah Becker is a mutual connection"
  { hint: new RegExp(`\\s(?:${IS_A})\\s`, "iu"), re: new RegExp(String.raw`${LINE_START}${NAMES}\s+(?:${IS_A})\s+(?:${SINGULAR})(?![\p{L}])`, "imu"), count: () => 1 },
  // "Followed by ana.r", "Followed by ana.r and tom_b", "Followed by ana.r, tom_b"
  // ("Lo sigue intentando" is a sentence: after Spanish's "le/lo/la sigue(n)" only user names count)
  { hint: FOLLOWED_HINT, re: new RegExp(String.raw`(?:^|[·•|])[ \t·•]*(?:(?:${FOLLOWED_BY_PLAIN})\s+([\p{L}\p{N}._ ,&+'’-]{1,120}?)|(?:${FOLLOWED_BY_VERB})\s+((?:[\p{L}\p{N}_]*[._\d][\p{L}\p{N}._]*)(?:\s*(?:,|${AND})\s*[\p{L}\p{N}._]+){0,3}))\s*$`, "imu"), count: (m) => countNames(m[1] ?? m[2]) },
];

const MUTUAL_HINT_RE =
  /mutual|common|shared|followed by|gemeinsam|comum|commun|común|comun|you follow|you know|seguid[oa]|gefolgt|suivie?|siguen|sigue|comune|comú|gemeenschappelijk|wederzijds|wspóln|gemensam|ortak|takip edi|che segui|che conosci|die je volgt|die je kent|du följer|du känner|que coneixes|seguit|gevolgd|obserwowan|följs/i;

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

const OWN_HOST_ONLY_RE = new RegExp(`(?:^|\\.)(?:${OWN_HOSTS.map(escapeRegExp).join("|")})$`, "i");
/** A host name that is one of the platforms' own ("www.linkedin.com", "lnkd.in", "m.facebook.com"). */
export const isOwnHost = (host: string): boolean => OWN_HOST_ONLY_RE.test(host);

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

// ---------------------------------------------------------------------------
// Platform detection in the languages beyond English (platforms.ts holds the English cues).

export interface PlatformCue {
  platform: "linkedin" | "facebook" | "instagram" | "x";
  re: RegExp;
  weight: number;
}

/** Whole words in any script: `\b` only knows ASCII letters. */
const anywhere = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(phrases)})(?![\\p{L}\\p{N}])`, "iu");
const lines = (phrases: string[]) => new RegExp(`^[ \\t]*(?:${alternation(phrases)})[ \\t]*$`, "imu");

/**
 * Each platform's own words in es/de/fr/pt, weighted like platforms.ts's English cues: a
 * mutual line, a notification ("quiere conectar contigo") or a badge settles it (3), the
 * card's two buttons together nearly do ("Aceptar" and "Ignorar"), a heading leans (1).
 */
export const localPlatformCues = (): readonly PlatformCue[] => (localCues ??= SURFACES.flatMap((s): PlatformCue[] => {
  if (s.surface === "email") return [];
  const platform = s.surface;
  const out: PlatformCue[] = [];
  const langs = Object.entries(s.words).filter(([lang]) => lang !== "en").map(([, w]) => w!);
  const all = (key: keyof SurfaceWords) => [...new Set(langs.flatMap((w) => (w[key] as readonly string[] | undefined) ?? []).map((p) => p.toLowerCase()))];
  const mutual = [...all("mutualPlural"), ...all("mutualSingular")];
  if (mutual.length) out.push({ platform, re: anywhere(mutual), weight: 3 });
  const events = all("events").filter((p) => !p.includes("{"));
  if (events.length) out.push({ platform, re: new RegExp(`\\S\\s+(?:${alternation(events)})(?![\\p{L}\\p{N}])`, "iu"), weight: 3 });
  const badges = all("badges");
  if (badges.length) out.push({ platform, re: platform === "linkedin" ? new RegExp(`[·•]\\s*(?:${alternation(badges)})(?![\\p{L}\\p{N}])`, "iu") : lines(badges), weight: 3 });
  for (const w of langs) {
    const pair = w.decisionButtons;
    if (pair) out.push({ platform, re: new RegExp(`${lines([pair[0]]).source}[\\s\\S]*${lines([pair[1]]).source}|${lines([pair[1]]).source}[\\s\\S]*${lines([pair[0]]).source}`, "imu"), weight: platform === "linkedin" ? 3 : 2 });
  }
  // a list's own heading that no other platform uses ("Demandes d'abonnement" is Instagram's) settles it
  const headings = all("requestHeadings").filter((p) => !p.includes("{") && !OTHER_PLATFORMS_WORDS(platform).has(p));
  if (headings.length) out.push({ platform, re: lines(headings), weight: 3 });
  const chrome = all("chrome").filter((p) => !p.startsWith("{x}") && p.split(" ").length > 1);
  if (chrome.length) out.push({ platform, re: lines(chrome), weight: 1 });
  return out;
}));
/** built on the first paste that does not say its platform */
let localCues: readonly PlatformCue[] | undefined;

/** Every heading, chrome and button phrase of the platforms other than `platform`, any language. */
function OTHER_PLATFORMS_WORDS(platform: string): Set<string> {
  const out = new Set<string>();
  for (const s of SURFACES) {
    if (s.surface === platform || s.surface === "email") continue;
    for (const w of Object.values(s.words)) for (const key of ["requestHeadings", "chrome", "buttons"] as const) for (const p of w?.[key] ?? []) out.add(p.toLowerCase());
  }
  return out;
}

// ---------------------------------------------------------------------------
// The language of the interface around a request

/** The five draft languages only: it/nl/pl/sv/tr/ca interfaces are read, never answered in, and never vote. */
type Lang = Extract<keyof SurfaceVocabulary["words"], "en" | "es" | "de" | "fr" | "pt">;
/** Built on the first request whose person wrote no sentence. */
let langTables: { ofLine: Map<string, Lang[]>; phrases: { lang: Lang; re: RegExp }[] } | undefined;
function languageTables() {
  if (langTables) return langTables;
  const LANG_OF_LINE = new Map<string, Lang[]>();
  const LANG_PHRASES: { lang: Lang; re: RegExp }[] = [];
  for (const lang of ["en", "es", "de", "fr", "pt"] as const) {
    const phrases: string[] = [];
    for (const s of SURFACES) {
      const w = s.words[lang];
      if (!w) continue;
      for (const key of ["buttons", "chrome", "navigation", "stock", "badges"] as const) {
        for (const p of w[key] ?? []) {
          if (p.includes("{")) continue;
          const k = p.toLowerCase();
          const langs = LANG_OF_LINE.get(k) ?? [];
          if (!langs.includes(lang)) LANG_OF_LINE.set(k, [...langs, lang]);
        }
      }
      phrases.push(...(w.events ?? []).filter((p) => !p.includes("{")), ...(w.mutualPlural ?? []), ...(w.mutualSingular ?? []));
    }
    LANG_PHRASES.push({ lang, re: anywhere([...new Set(phrases.map((p) => p.toLowerCase()))]) });
  }
  return (langTables = { ofLine: LANG_OF_LINE, phrases: LANG_PHRASES });
}

/**
 * The language the platform's own lines are written in ("Ignorar / Aceptar", "12 gemeinsame
 * Kontakte"), when one leads: the user's interface language, the best guess for a request
 * whose person wrote no sentence. Each line votes, shared among the languages that use it.
 */
export function interfaceLanguage(interfaceLines: readonly { text: string; kind: string }[]): Lang | null {
  const { ofLine: LANG_OF_LINE, phrases: LANG_PHRASES } = languageTables();
  const votes = new Map<Lang, number>();
  const vote = (langs: readonly Lang[]) => {
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1 / langs.length);
  };
  for (const { text, kind } of interfaceLines) {
    if (kind === "event" || kind === "mutual") {
      // the languages' notifications and mutual lines do not overlap: the first that matches is it
      const hit = LANG_PHRASES.find((p) => p.re.test(text));
      if (hit) vote([hit.lang]);
    } else {
      const bare = text.replace(/^[·•|\-–—\s]+|[.!:]+$/g, "").toLowerCase();
      // a stock note may open with a greeting: "Hola Jenn, me gustaría añadirte a mi red profesional"
      const langs = LANG_OF_LINE.get(bare) ?? (kind === "stock" ? LANG_OF_LINE.get(bare.replace(STOCK_GREETING_RE, "")) : undefined);
      if (langs) vote(langs);
    }
  }
  let best: Lang | null = null;
  let bestVotes = 0;
  let second = 0;
  for (const [l, v] of votes) {
    if (v > bestVotes) {
      second = bestVotes;
      best = l;
      bestVotes = v;
    } else if (v > second) second = v;
  }
  return best && bestVotes >= 1 && bestVotes > second ? best : null;
}
