// Splits a paste of many requests into one text per request: a whole invitations page,
// a friend-requests or follow-requests list, several e-mails, or requests the user
// separated by hand. *Many at once*, the single Triage page (to notice a paste that
// holds several requests) and `triage --split` all use this one splitter.
//
// The rule:
//  1. When the paste has separator lines (three or more dashes alone on a line: "---",
//     "—————"), they alone separate requests: the reliable way, the one to suggest.
//  2. Otherwise each line is labelled (parse.ts `labelLines`, with every platform's
//     interface words from surfaces/) and cards are read in page order. A card opens
//     at a line that names someone new: a profile picture's alt text, "X wants to
//     connect", a new e-mail's From header, or a name or handle once the card before
//     has its own person and has ended (its buttons were seen, or a blank line closed
//     a card that has a headline). A note after a blank line, a sign-off, a lone
//     "Accept / Ignore" or a footer stays with the request before it.
//  3. Page chrome ("Invitations (3)", "Manage", "Show all") is dropped, and so is a
//     suggestions section ("People you may know", "Suggested for you"): those people
//     did not ask for anything.
import { isMessageLike, recipientNames, labelLines, looksLikeName, looksLikeRequestStart, repairPaste, type PasteLine } from "./parse";
import { splitUserList } from "./lists";
import { detectPlatformScored } from "./platforms";
import type { Platform } from "./schema";
import { AD_LABEL_RE, EVENT_HINT_RE, findMutual, MAIL_CLIENT_BUTTON_RE, MESSAGING_PANEL_RE, REPLY_MARKER_RE, REQUESTS_HEADING_RE, SUGGESTIONS_RE, TRAILING_TIME_RE } from "./surfaces";

const SEPARATOR_LINE_RE = /^[ \t]*[-–—─━]{3,}[ \t]*$/;
const SEPARATOR_RE = /^[ \t]*[-–—─━]{3,}[ \t]*$/m;
const SIGN_OFF_LINE_RE = /^(?:best|cheers|thanks|thank you|regards|kind regards|best regards|warm regards|all the best|sincerely|yours|take care|talk soon|xo|love)[,!.]?$/i;
// Headings of suggestions and of requests, in every language: surfaces/ (SUGGESTIONS_RE, REQUESTS_HEADING_RE)
const MAX_REQUESTS = 1_000;

/** Cues of a request, by kind: two of one kind (or one separator) and a paste may hold several requests. */
const MARKER_KINDS: RegExp[] = [
  /profile picture|['’]s profile\b|wants to connect|requested to follow|sent you a friend request|wants to be friends|followed you|^(?:from|von|de)\s*:/gim,
  /mutual|in common|followed by|gemeinsame|en común|em comum|en commun/gi,
  /^[ \t]*(?:accept|confirm|follow back|aceptar|annehmen|accepter|aceitar|confirmar|bestätigen|confirmer)[ \t]*$/gim,
];

function atLeastTwo(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text) && re.test(text);
  re.lastIndex = 0;
  return found;
}

interface Card {
  lines: PasteLine[];
  /** the person the card is about is known (a name, a handle, or a line that names them) */
  person: string | null;
  /** the card's buttons were seen: it is complete */
  closed: boolean;
  /** a headline, a mutual line or a note followed the person */
  body: boolean;
  /** the person's own lines so far (name, headline, note) */
  own: number;
  /** a list row ended with its time ("… · 2d"): the next short line is the next person */
  rowEnded?: boolean;
  /** a post, not a request: X's "Replying to @you" under its author */
  post?: boolean;
}


const PERSON_KINDS = new Set(["content", "name", "handle", "location", "bio"]);

function isStrongStart(line: PasteLine): boolean {
  return (line.kind === "picture" && !!line.who) || (line.kind === "event" && !!line.who) || (line.kind === "header" && !!line.who) || line.kind === "forward";
}

function isUsernameLine(t: string): boolean {
  return t.length <= 30 && /^[a-z0-9._]{2,30}$/.test(t) && /[a-z]/.test(t);
}

/** "@ana_r", "ana.r": a handle, which follows its person's name on X and Instagram. */
function isHandleLike(t: string): boolean {
  return /^@[A-Za-z0-9_.]{1,30}$/.test(t) || isUsernameLine(t);
}

const PLATFORM_WORD_RE = /^(?:linkedin|facebook|instagram|x|twitter)\s+(?=\S)/i;
const TITLE_RE = /^(?:dr|dra|prof|profa|sr|sra|mr|mrs|ms|mme|mlle|herr|frau|ing)\.?\s+/;
function sameWho(a: string | null, b: string | undefined): boolean {
  if (!a || !b) return false;
  // (a title the card adds: "Amanda Lewis quer se conectar" above "Dra. Amanda Lewis")
  const x = a.toLowerCase().replace(TITLE_RE, "");
  const y = b.toLowerCase().replace(TITLE_RE, "");
  if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  const cx = x.replace(/[^\p{L}\p{N}]/gu, "");
  const cy = y.replace(/[^\p{L}\p{N}]/gu, "");
  if (cx === cy) return true;
  // a handle and the name it spells: "rosa.delgado.art" in the subject, "Rosa Delgado" in the e-mail
  const handle = (s: string) => /^@?[a-z0-9._]{3,30}$/.test(s);
  return (handle(x) !== handle(y)) && Math.min(cx.length, cy.length) >= 6 && (cx.startsWith(cy) || cy.startsWith(cx));
}

/** The most lines an advert takes when no button ends it. */
const AD_MAX_LINES = 5;

/** The button of an invitation the user sent: "Withdraw", "Zurückziehen", "Retirar", "Retirer", "Cancelar convite". */
const WITHDRAW_RE = /^(?:withdraw|zurückziehen|zuruckziehen|retirar|retirer|cancelar(?: convite| solicitud| solicitação)?|annuler(?: l'invitation)?|cancel request|anfrage zurückziehen)$/i;

/** A card's end under its first line: its buttons or its mutual count. */
const cardTail = (l: PasteLine | undefined): boolean => !!l && (l.kind === "button" || l.kind === "mutual" || (l.kind === "content" && !!findMutual(l.text)));

function nextNonBlankIndex(lines: PasteLine[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.kind !== "blank") return k;
  return lines.length;
}

/** Whether a button line comes within the next `n` lines after line `i` (of content, times and counts only). */
function buttonsWithin(lines: PasteLine[], i: number, n: number): boolean {
  for (let k = i + 1, seen = 0; k < lines.length && seen < n; k++) {
    const l = lines[k]!;
    if (l.kind === "blank") continue;
    // (LinkedIn's "Reply to Ana" is one of a card's buttons)
    if (l.kind === "button" || l.kind === "reply") return true;
    if (l.kind !== "content" && l.kind !== "time" && l.kind !== "mutual" && l.kind !== "badge") return false;
    seen++;
  }
  return false;
}

/** "Follows you" in the five languages, as X shows it beside a follower's handle. */
const FOLLOWS_YOU_RE = /(?:^|[\s·•|])(?:follows you|te sigue|folgt dir|vous suit|te segue|segue você|segue-te)(?:$|[\s·•|])/i;

/** Whether line `i` or the line after it says, beside an X @handle, that this account follows the user (Instagram's suggestions say "Follows you" too). */
function followsYouWithin(lines: PasteLine[], i: number): boolean {
  const follower = (raw: string) => FOLLOWS_YOU_RE.test(raw) && /(?:^|\s)@[A-Za-z0-9_]{1,15}(?:\s|$)/.test(raw);
  return follower(lines[i]!.raw) || follower(nextNonBlank(lines, i)?.raw ?? "");
}

function previousNonBlank(lines: PasteLine[], i: number): PasteLine | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.kind !== "blank") return lines[k];
  return undefined;
}

function nextNonBlank(lines: PasteLine[], i: number): PasteLine | undefined {
  return lines[nextNonBlankIndex(lines, i)];
}

/** Splits a paste into cards, in page order, each card's lines as pasted (page chrome dropped). */
function splitCards(text: string): string[] {
  const { lines } = labelLines(text);
  const cards: Card[] = [];
  let card: Card | null = null;
  let afterBlank = false;
  let inSuggestions = false;
  /** in a page's messaging panel; lines left of an advert */
  let inPanel = false;
  let adLines = 0;
  /** after a notice: how many more lines may be the post it quotes */
  let inNotice = 0;
  let previous: PasteLine | undefined;
  /** lines kept before the first card opens */
  const before: PasteLine[] = [];
  /** the user, named in the e-mails' "To:" lines and footers ("This email was intended for Jenn Hanford"), and again above each card of an e-mail */
  const recipients = [...new Set(recipientNames(lines).map((r) => r.toLowerCase()))];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank") {
      afterBlank = true;
      // a line that is blank only once cleaned (a lone ">" of a quoted e-mail) is still kept with its card
      if (line.raw.trim()) (card ? card.lines : before).push(line);
      continue;
    }
    // a page's messaging panel (after its search box: conversations, not requests) and its adverts
    if (inPanel || MESSAGING_PANEL_RE.test(line.text)) {
      inPanel = line.kind !== "header" && !REQUESTS_HEADING_RE.test(line.text);
      if (inPanel) continue;
    }
    if (AD_LABEL_RE.test(line.text)) {
      adLines = AD_MAX_LINES;
      continue;
    }
    if (adLines > 0) {
      // (the advert ends at its button, or where the page's own headings resume)
      const resumes = line.kind === "header" || REQUESTS_HEADING_RE.test(line.text);
      adLines = resumes || line.kind === "button" ? 0 : adLines - 1;
      if (!resumes) continue;
    }
    if (line.kind === "chrome" || line.kind === "rule") {
      // a suggestions heading among a screen's tabs ("Vous connaissez peut-être" beside "Spam" in Messenger) is a tab, not a section
      // (the heading may share its line with a column: "Sugestões para ti          Ver tudo")
      if (SUGGESTIONS_RE.test(line.text) || SUGGESTIONS_RE.test(line.raw.trim().split(/\s{3,}|\t+/)[0]!)) inSuggestions = !(previousNonBlank(lines, i)?.kind === "chrome" && nextNonBlank(lines, i)?.kind === "chrome");
      // (a rule or the next e-mail's headers end the suggestions too)
      else if (REQUESTS_HEADING_RE.test(line.text) || line.kind === "rule") inSuggestions = false;
      continue;
    }
    if (line.kind === "header") inSuggestions = false;
    // (a follower, "Sergio Vidal / @sergiovidal · Te sigue", right under another app's suggestions is no suggestion)
    if (inSuggestions && followsYouWithin(lines, i)) inSuggestions = false;
    if (inSuggestions) continue;
    // the page's other activity ("Marcus Lee liked your post") ends a card; it and the post it quotes are dropped
    if (line.kind === "notice") {
      if (card && REPLY_MARKER_RE.test(line.text) && !card.closed && !card.lines.some((l) => l.kind === "event" || l.kind === "button")) card.post = true;
      else if (card?.person) card.closed = true;
      inNotice = NOTICE_QUOTE_LINES;
      continue;
    }
    // the post a notice quotes: a line or two of words, never a name, a handle, a button or a request
    if (inNotice > 0 && line.kind === "content" && !isHandleLike(line.text) && !looksLikeName(line.text.split(/\s+[·•|]\s+/)[0]!) && !looksLikeRequestStart(line.text)) {
      inNotice--;
      continue;
    }
    inNotice = 0;
    // (after the platform's logo on the same line too: "LinkedIn	Jenn Hanford")
    if (line.kind === "content" && recipients.length && recipients.some((r) => sameWho(r, line.text.replace(PLATFORM_WORD_RE, "")))) continue;

    let opens = false;
    let who: string | undefined;
    if (isStrongStart(line)) {
      who = line.who;
      // the same person named again ("Marcus Lee is waiting for your response" under his card) is the same card
      // (or its handle: "sam.writes.poems requested to follow you" in the subject, "sam.writes.poems (Sam Porter) requested…" in the e-mail)
      opens = !!card?.person && !(line.kind !== "forward" && (sameWho(card.person, who) || (isHandleLike(card.person) && line.text.toLowerCase().startsWith(`${card.person.toLowerCase()} `))));
    } else if (line.kind === "content") {
      const t = line.text;
      const next = nextNonBlank(lines, i);
      const username = isUsernameLine(t) && !!next && (next.kind === "event" || (next.kind === "content" && looksLikeName(next.text)));
      // X and Instagram show a display name above its @handle, and a display name can be anything: "Crypto King 👑", "Gewinnspiel Team"
      const aboveHandle = !!next && next.kind === "content" && /^@[A-Za-z0-9_]{1,30}$/.test(next.text) && t.length <= 50 && !isMessageLike(t);
      // after a list row that ended with its time, a short line is the next row's sender ("Inversiones Cripto Elite")
      const afterRow = !!card?.rowEnded && t.length <= 60 && !isMessageLike(t) && !findMutual(t);
      // after a card's buttons, a short line with its own time, count or buttons under it opens the next, whatever its name looks like:
      // "Amanda Forex Trader (WhatsApp +44 7700 900318)" / "2w" / "Confirm"
      // (a time alone under it is a notification's: "You have a new friend suggestion: Brandon Hale." / "2d")
      const afterButtons =
        !!card?.closed &&
        t.length <= 80 &&
        // (not a sentence's end: "pourrait vous intéresser. »")
        !/[.!?…]["”»’)\s]*$/.test(t) &&
        !findMutual(t) &&
        !!next &&
        // (a display name may read like a sentence, "Célia 💋 Viens Me Voir En Privé", "Earn $3K/Week From Home 💸 DM Me": its own buttons under it settle it)
        (cardTail(next) || (next.kind === "time" && cardTail(nextNonBlank(lines, nextNonBlankIndex(lines, i)))) || buttonsWithin(lines, i, 5));
      const startsLikeRequest = username || aboveHandle || afterRow || afterButtons || (looksLikeRequestStart(t) && !isMessageLike(t) && !findMutual(t));
      if (startsLikeRequest) {
        who = t.split(/\s+[·•|]\s+/)[0];
        const signOffBefore = previous?.kind === "content" && SIGN_OFF_LINE_RE.test(previous.text);
        if (card?.person && !sameWho(card.person, who)) {
          if (card.closed || afterRow) opens = true;
          // after a gap: a new name opens a card; a handle opens one only when the card already has more than its name
          else if (afterBlank && !signOffBefore && (card.body || (!isHandleLike(t) && !isHandleLike(card.person) && looksLikeName(who ?? t)))) opens = true;
          // a new name right after a finished card header with no blank line: "…mutual connections / Next Name / Headline"
          else if (!afterBlank && previous?.kind === "content" && !!findMutual(previous.text) && !!next && next.kind === "content" && !isMessageLike(next.text)) opens = true;
          // X's lists of message requests: "Name / @handle / message", one after another with no buttons or gaps
          // (and a notification line is a whole item: "X followed you", then a post's "Name / @handle")
          else if (!afterBlank && aboveHandle && (card.body || (previous?.kind === "event" && !sameWho(card.person, next!.text.replace(/^@/, ""))))) opens = true;
          // a list with neither buttons nor gaps: "Name / Headline / Name / Headline"
          else if (!afterBlank && card.own === 2 && previous?.kind === "content" && !isMessageLike(previous.text) && t.includes(" ") && looksLikeName(t) && !!next && next.kind === "content" && !isMessageLike(next.text) && !looksLikeName(next.text) && !findMutual(next.text)) opens = true;
        }
      }
    }

    if (!card || opens) {
      card = { lines: card ? [] : before, person: null, closed: false, body: false, own: 0 };
      cards.push(card);
    }
    card.lines.push(line);
    // an e-mail's footer ends it as buttons end a card (a mail client's "Reply all" does not)
    if ((line.kind === "button" && !MAIL_CLIENT_BUTTON_RE.test(line.text)) || line.kind === "footer") {
      // Gmail's "Unsubscribe" beside a sender line opens the e-mail, it does not end it
      if (card.person && !(card.own === 0 && !card.body && card.lines.some((l) => l.kind === "header" && !!l.who))) card.closed = true;
    } else if (isStrongStart(line) || line.kind === "event") {
      card.person ??= line.who ?? null;
    } else if (PERSON_KINDS.has(line.kind)) {
      card.own++;
      // Messenger's and the inboxes' rows: "Hello! … · 2d"
      const row = line.raw.trim();
      if (card.person && row.length > 20 && /[·•]\s*\S+(?:\s\S+)?$/.test(row) && TRAILING_TIME_RE.test(row)) card.rowEnded = true;
      if (!card.person && (who || looksLikeRequestStart(line.text))) card.person = who ?? line.text;
      // the name said again ("Marcus Lee" under "Marcus Lee followed you!") is not more of the card
      else if (card.person && !sameWho(card.person, line.text.split(/\s+[·•|]\s+/)[0])) card.body = true;
    } else if (line.kind === "time" || line.kind === "badge") {
      // a card's time or degree: part of it, says nothing about where it ends
    } else if (card.person) card.body = true;
    afterBlank = false;
    previous = line;
  }

  // a card with no person (a lone footer, stray buttons) belongs with the card before it
  const out: PasteLine[][] = [];
  for (const c of cards) {
    if (c.post) continue;
    // the user's own invitations, under "Sent": their only button takes the invitation back
    const buttons = c.lines.filter((l) => l.kind === "button");
    if (buttons.length && buttons.every((l) => WITHDRAW_RE.test(l.text))) continue;
    const hasPersonWords = c.lines.some((l) => PERSON_KINDS.has(l.kind) || !!l.who);
    if (!hasPersonWords && out.length) out[out.length - 1]!.push(...c.lines);
    else if (!hasPersonWords && c === cards[0] && cards.length > 1) cards[1]!.lines.unshift(...c.lines);
    else out.push(c.lines);
  }
  return out.map((ls) => joinCard(ls)).filter((s) => s.trim());
}

/** A card's text: its lines as pasted, with one blank line kept where the page had some. */
function joinCard(lines: PasteLine[]): string {
  return lines.map((l) => l.raw.trimEnd()).join("\n").trim();
}

/**
 * The requests in a paste, in page order, each card whole, the page's own chrome dropped.
 * A paste of one request gives one text.
 */
export function splitBulkRequests(text: string): string[] {
  // (an inbox's rows before the repair, which would cut a row with a mutual count into a card's lines)
  const rows = inboxRows((text ?? "").replace(/\r\n?/g, "\n"));
  if (rows) return rows.slice(0, MAX_REQUESTS);
  // a list the user made (numbered lines, a spreadsheet's rows, a chat forwarding profiles): ./lists.ts
  const listed = splitUserList(text ?? "");
  if (listed) return listed.slice(0, MAX_REQUESTS);
  const normalized = repairPaste((text ?? "").replace(/\r\n?/g, "\n"));
  if (!normalized.trim()) return [];
  if (SEPARATOR_RE.test(normalized)) {
    const parts: string[] = [];
    let current: string[] = [];
    for (const line of normalized.split("\n")) {
      if (SEPARATOR_LINE_RE.test(line)) {
        parts.push(current.join("\n"));
        current = [];
      } else current.push(line);
    }
    parts.push(current.join("\n"));
    const out: string[] = [];
    for (const part of parts) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      // a part that is only interface text (a footer after "---") stays with the request before it
      const { lines } = labelLines(trimmed);
      const person = lines.some((l) => PERSON_KINDS.has(l.kind) || !!l.who);
      if (!person && out.length) out[out.length - 1] += `\n${trimmed}`;
      else {
        // a part may itself hold several cards: a reminder e-mail lists two or three people
        const cards = splitCards(trimmed);
        if (cards.length > 1) out.push(...cards);
        else out.push(trimmed);
      }
    }
    return out.slice(0, MAX_REQUESTS);
  }
  const cards = splitCards(normalized);
  // nothing but the interface's words: still one request, for the user to see and correct
  return (cards.length ? cards : [normalized.trim()]).slice(0, MAX_REQUESTS);
}

/** A mail client's inbox copied as rows of columns: sender, subject and snippet, time. */
const INBOX_ROW_RE = /^([^\t]{2,80})\t+([^\t]{6,})\t+([^\t]{1,24})$/;
const ROW_TIME_RE = /^(?:\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?|\p{L}{3,5}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,5}\.?|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/iu;
/** A platform's sender: "LinkedIn", "Megan Foster via LinkedIn", "Stefan Maier über LinkedIn". */
const PLATFORM_SENDER_NAME_RE = /^(?:.{2,60}?\s+(?:via|vía|über|par l['’]intermédiaire de|por meio de|através de)\s+)?(?:linkedin|facebook|instagram|x|twitter)$/i;

/**
 * An inbox copied whole: each row is one e-mail, and only the platforms' rows that ask for
 * something are requests ("Megan Foster via LinkedIn · I want to connect - …"; not the
 * shop's order or "You appeared in 14 searches"). Each comes out as its sender over its
 * subject and snippet, which the parser reads as an inbox row.
 */
function inboxRows(text: string): string[] | null {
  if (!text.includes("\t")) return null;
  const rows = text
    .split("\n")
    .map((l) => INBOX_ROW_RE.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m && ROW_TIME_RE.test(m[3]!.trim()));
  if (rows.length < 2) return null;
  const requests = rows.filter((m) => PLATFORM_SENDER_NAME_RE.test(m[1]!.trim()) && EVENT_HINT_RE.test(m[2]!));
  return requests.length ? requests.map((m) => `${m[1]!.trim()}\n${m[2]!.trim()}`) : null;
}

/** The lines of a post a notice may quote ("Marcus Lee liked your post" / "shipping a tiny CLI…"), dropped with it. */
export const NOTICE_QUOTE_LINES = 2;

/** The page's other activity, which the splitter drops: "Marcus Lee liked your post", "C'est l'anniversaire de …". */
export function isPageActivity(line: string): boolean {
  return labelLines(line.trim()).lines[0]?.kind === "notice";
}

/** A line of page chrome or a drawn rule, which the splitter drops: "Invitations (3)", "Show all", "……". */
export function isPageChrome(line: string): boolean {
  const kind = labelLines(line.trim()).lines[0]?.kind;
  return kind === "chrome" || kind === "rule";
}

/**
 * The platform of one request cut from a page: its own cues when it has any, else the
 * page's ("Friend requests" above a card that only says "Confirm / Delete").
 */
export function platformOfPart(part: string, page: string): Platform {
  const own = detectPlatformScored(part);
  if (part === page) return own.platform;
  // a card shows little: "Confirmer / Supprimer" is Facebook's and Instagram's, the page's heading says which
  if (own.score > BUTTONS_WORTH) return own.platform;
  const whole = detectPlatformScored(page);
  return whole.platform !== "other" && whole.score > own.score ? whole.platform : own.platform;
}
/** What a card's buttons alone score (a pair and a lone button): more than this is a cue of the card's own. */
const BUTTONS_WORTH = 3;

/** How many requests a paste holds. */
export function countRequests(text: string): number {
  return splitBulkRequests(text).length;
}

/**
 * Whether a paste holds more than one request, cheaply: only a paste with two or more
 * request markers (pictures, "wants to connect", mutual lines, Accept/Confirm buttons,
 * separators, From headers) is split to find out. The single Triage page uses it to
 * offer *Many at once*; the engine lowers its confidence on such a paste.
 */
export function severalRequests(text: string): boolean {
  const t = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (!SEPARATOR_RE.test(t) && !MARKER_KINDS.some((re) => atLeastTwo(re, t))) return (splitUserList(t)?.length ?? 0) > 1;
  return countRequests(t) > 1;
}
