// Matches a parsed request against the user's connection criteria, with care for how
// people write: company names with legal suffixes and any case, roles by meaning
// (a "Talent Acquisition Partner" is a recruiter), names without accents, and how
// the note describes where the two met.
//
// The words of each language (role families, meeting cues, stock phrases) live in
// ./lang/<code>.ts; this file holds none of its own.
import { ALL_ROLE_FAMILIES, cueLanguages, EMPLOYMENT_RE, meetingRegExps, PACKS, salesPitch, selfDescription, stockPhrases, type Language } from "./lang";
import type { CriteriaProfile, ParsedRequest } from "./schema";
import { CLIENTS_RE } from "./parse";
import { escapeRegExp, fold, foldWithMap, memoize, phraseRegExp, type FoldedText } from "./text";

// ---------------------------------------------------------------------------
// Companies

const LEGAL_SUFFIX_RE =
  /(?:[\s,&]+(?:inc|incorporated|corp|corporation|llc|l\.l\.c|ltd|limited|co|company|gmbh|plc|ag|s\.?a|s\.?a\.?s|s\.?a\.?u|b\.?v|n\.?v|pty|pte|srl|s\.?r\.?l|spa|s\.?p\.?a|oy|ab|as|kk|group|holdings?|international|intl|worldwide|global|se|kg|kgaa|ug|e\.?v|mbh|ltda|lda|s\.?l|s\.?l\.?u|sarl|eireli|s\/a|s\.?a\.? de c\.?v|gruppe|groupe|grupo)\.?)+$/i;
/** "Grupo Boticário", "Groupe SEB", "The Initech Group": a group's name without the word for group. */
// (and a bank's generic first word before one distinctive name: "Banco Santander" is Santander, "Banco do Brasil" stays whole)
const GROUP_PREFIX_RE = /^(?:the|grupo|groupe|gruppe|group)\s+(?=\S{3,})|^(?:banco|banque|banca)\s+(?=[a-z]\S{4,}$)/;

/** "Globex Corporation" → "globex", "The Initech Group, Inc." → "initech". Remembered per name: profiles repeat from request to request. */
export const companyCore = memoize(companyCoreOf, 2000);

function companyCoreOf(name: string): string {
  let s = fold(name).replace(GROUP_PREFIX_RE, "");
  for (let i = 0; i < 3; i++) s = s.replace(LEGAL_SUFFIX_RE, "").trim();
  return s.replace(/[.,;:]+$/, "").trim();
}

/** Words right before a company that say the person has left it. */
const PAST_RE = /(?:\bex[-\s]?|\bformer(?:ly)?\s+(?:at\s+|with\s+|of\s+)?|\bpreviously\s+(?:at\s+|with\s+)?|\bprev\.?\s+(?:at\s+)?|\balum(?:nus|na|ni)?\s+(?:of\s+)?|\bretired\s+(?:from\s+)?|\bleft\s+)$/;
/** In a note, a company counts only where the words say the person works there. */
const EMPLOYMENT_BEFORE_RE = /(?:\b(?:at|with|for|from|join(?:ed|ing)?|here at|i work at|work(?:ing)? (?:at|for|with))\s+(?:the\s+)?)$/;
/** Someone else's employer: "with someone from Globex", "a friend at Globex" (folded text). */
const SOMEONE_ELSE_RE = /\b(?:someone|somebody|a friend|friends|people|folks|a colleague|colleagues|a contact|contacts|one of (?:the|your|my) [\p{L}]+)\s+(?:from|at|with)\s+(?:the\s+)?$/u;
/** "I'm on the Globex sales team", "ich bin im Globex-Team": the person's team, named by its company (folded text). */
const TEAM_BEFORE_RE = /\b(?:i'?m|i am|we'?re|we are|i work|i sit)\s+(?:on|in|within|part of)\s+(?:the\s+)?$|\b(?:bin|arbeite|sind)\s+im\s+$|\b(?:estoy|estamos|trabajo) en el equipo (?:[\p{L}]+ ){0,2}?de\s+(?:la\s+|el\s+)?$|\b(?:je suis dans|je fais partie de|je travaille dans) l'?\s?equipe (?:[\p{L}]+ ){0,2}?(?:de |d')\s*$|\b(?:estou|trabalho|faco parte) (?:na|no|da|do) (?:equipe|time|area) (?:[\p{L}]+ ){0,3}?(?:da|do|de)\s+$/u;
const TEAM_AFTER_RE = /^[\s-]*(?:[\p{L}&]+[\s-]+){0,2}?(?:team|squad|department|teams)\b|^$/u;

export interface Match {
  evidence: string;
  where: "company" | "headline" | "note" | "email";
}

function findPhrase(hay: FoldedText, phrase: string | readonly string[], guard?: (before: string, start: number, end: number) => boolean): string | null {
  const re = phraseRegExp(phrase);
  if (!re) return null;
  // exec on the shared (global) expression, not matchAll, which copies the expression on every call
  const folded = hay.folded;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index;
    if (m[0].length === 0) re.lastIndex++;
    const before = folded.slice(Math.max(0, start - 40), start);
    const beforeGroup = before.replace(/\b(?:grupo|groupe|gruppe|group|the)\s+$/, "");
    if (PAST_RE.test(beforeGroup) || EMPLOYMENT_RE.past.test(beforeGroup)) continue;
    if (guard && !guard(folded.slice(Math.max(0, start - 70), start), start, start + m[0].length)) continue;
    if (namesAnotherBody(folded, start, start + m[0].length, phrase)) continue;
    re.lastIndex = 0;
    return hay.slice(start, start + m[0].length);
  }
  return null;
}

const BODIES = String.raw`club|hospital|clinica|klinikum|gymnasium|schule|school|escola|escuela|colegio|lycee|college|verein|association|asociacion|associacao|fundacion|fundacao|foundation|stiftung|church|iglesia|igreja|kirche|eglise|museum|museo|musee|universidad|universidade|universite|university|conservation`;
/** "Real Racing Club de Santander", "Hospital Regional do Vale do Paraíba", "Werner-von-Siemens-Gymnasium": named after a place or a person. */
const BODY_BEFORE_RE = new RegExp(String.raw`\b(?:${BODIES})\b[^|·•,;]{0,40}\b(?:de|do|da|dos|das|del|of|von|van)\s+$|[a-z]-(?:von|van|de|da)-$`);
/** "Amazon Conservation Association", "Siemens-Gymnasium": the word opens another body's name. */
const BODY_AFTER_RE = /^[\s-]+(?:conservation|association|asociacion|associacao|foundation|fundacion|fundacao|stiftung|club|gymnasium|schule|verein)\b/;
const BODY_WORD_RE = new RegExp(String.raw`\b(?:${BODIES})\b`);

/**
 * Whether the phrase found is only part of another body's name: a club, a school, a hospital or
 * a charity named after a city, a river or a person ("Santander", "Vale", "Siemens"). Not when
 * the phrase itself names such a body (a user whose competitor is a university or a hospital).
 */
function namesAnotherBody(folded: string, start: number, end: number, phrase: string | readonly string[]): boolean {
  if (typeof phrase !== "string" || BODY_WORD_RE.test(phrase)) return false;
  return BODY_BEFORE_RE.test(folded.slice(Math.max(0, start - 60), start)) || BODY_AFTER_RE.test(folded.slice(end, end + 30));
}

/** Small words a company's initials skip: "Caixa Geral de Depósitos" is CGD. */
const INITIALS_SKIP_RE = /^(?:of|the|and|de|del|la|las|los|el|do|da|dos|das|du|des|le|les|et|y|e|und|der|die|das|von|für|fur|&|\+)$/;

/** Legal forms, which initials leave out: "Banco Bilbao Vizcaya Argentaria, S.A." is BBVA. */
const LEGAL_WORD_RE = /^(?:inc|corp|llc|ltd|plc|co|gmbh|ag|se|kg|kgaa|sa|sas|sau|sl|slu|srl|spa|bv|nv|ltda|lda|sarl|oy|ab|as|mbh|ug|ev|s|a|l|u)$/;

/** A multi-word name's initials, when they make an acronym worth matching: "Boston Consulting Group" → "bcg". */
const initialsOf = memoize((name: string): string | null => {
  const words = fold(name).replace(/\b(?:s\.a\.|s\.l\.|s\.a\.s\.|n\.v\.|b\.v\.)/g, " ").replace(/[.,]/g, " ").split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP_RE.test(w) && !LEGAL_WORD_RE.test(w));
  if (words.length < 3 || words.length > 6) return null;
  return words.map((w) => w[0]).join("");
}, 2000);

/**
 * First words that are no company's own name: "Banco Santander" is not "Banco", "Deutsche
 * Bank" is not "Deutsche". A competitor's other first word alone ("Itaú" for "Itaú
 * Unibanco") names it.
 */
const GENERIC_FIRST_WORD_RE = /^(?:banco|bank|banque|caixa|caja|grupo|group|groupe|gruppe|the|first|general|united|national|nacional|deutsche|credit|credito|societe|royal|american|british|new|global|international|digital|data|tech|capital|city|union|central|allianz|mutua|seguros|compagnie|compania|companhia|instituto|institut|universidad|universidade|universite|universitat|hospital|clinica|fundacion|fundacao|fondation|stiftung|ministerio|ministere|agencia|agence|agentur|consulting|software|systems|solutions|services|media|energy|energia|telecom|air|red|blue|green|black|white|open|smart|euro|asia|africa|latin)$/;

/** Where the whole company shown is another form of a competitor's name: its initials either way ("BBVA" ↔ "Banco Bilbao Vizcaya Argentaria"), or its own first word ("Itaú" for "Itaú Unibanco"). */
function sameCompanyOtherForm(shown: string, competitor: string): boolean {
  const core = companyCore(shown);
  const theirs = companyCore(competitor);
  if (!core || !theirs || core === theirs) return false;
  // written as one word or a handle: "@MercadoLibre" for "Mercado Libre", "Ali Baba" for "Alibaba"
  const joined = (s: string) => s.replace(/[\s.'’-]+/g, "");
  if (joined(core) === joined(theirs) && joined(core).length >= 5) return true;
  const upper = (s: string) => /^[A-Z0-9&]{3,6}$/.test(s.trim().replace(/[.,]+$/, ""));
  const initials = initialsOf(competitor);
  if (initials && upper(shown) && core === initials) return true;
  const shownInitials = initialsOf(shown);
  if (shownInitials && upper(competitor) && theirs === shownInitials) return true;
  const first = theirs.split(" ");
  return first.length >= 2 && first[0]!.length >= 4 && core === first[0] && !GENERIC_FIRST_WORD_RE.test(core);
}

/** The first of the user's competitors the request shows the person works for. */
export function matchCompetitor(parsed: ParsedRequest, competitors: string[]): (Match & { competitor: string }) | null {
  const company = parsed.company ? foldWithMap(parsed.company) : null;
  const headline = parsed.headline ? foldWithMap(currentHeadline(parsed.headline)) : null;
  const note = parsed.note ? foldWithMap(parsed.note) : null;
  for (const competitor of competitors) {
    const core = companyCore(competitor);
    if (!core) continue;
    const inCompany = company && findPhrase(company, core);
    if (inCompany) return { competitor, evidence: inCompany, where: "company" };
    if (parsed.company && sameCompanyOtherForm(parsed.company, competitor)) return { competitor, evidence: parsed.company, where: "company" };
    const inHeadline = headline && findPhrase(headline, core);
    if (inHeadline) return { competitor, evidence: inHeadline, where: "headline" };
    const inNote =
      note &&
      findPhrase(
        note,
        core,
        (before, _start, end) =>
          !SOMEONE_ELSE_RE.test(before) && (EMPLOYMENT_BEFORE_RE.test(before) || EMPLOYMENT_RE.current.test(before) || (TEAM_BEFORE_RE.test(before) && TEAM_AFTER_RE.test(teamTail(note.folded.slice(end), before)))),
      );
    if (inNote) return { competitor, evidence: inNote, where: "note" };
    const domain = core.replace(/[^a-z0-9]/g, "");
    const email = domain.length >= 3 ? parsed.emails.find((e) => new RegExp(`@(?:[\\w-]+\\.)*${escapeRegExp(domain)}\\.`, "i").test(e)) : undefined;
    if (email) return { competitor, evidence: email, where: "email" };
  }
  return null;
}

/** After "I'm on the Globex …": English and German need the word "team" after the name; the other languages' phrases already said "equipo", "équipe". */
function teamTail(after: string, before: string): string {
  return /\b(?:equipo|equipe|time|area)\b/.test(before) ? "" : after.slice(0, 40);
}

/** Headline segments about the present: "PM at Hooli | ex-Globex" keeps "PM at Hooli". */
function currentHeadline(headline: string): string {
  return headline
    .split(/\s*[|•·]\s*/)
    // (and the other languages' "before": "Antes 9 años en BBVA", "Zuvor bei Siemens", "Auparavant chez Orange", "Anteriormente no Itaú")
    .filter((seg) => !/^\s*(?:ex[-\s]|former|formerly|previously|prev\.|alum|antes\b|anteriormente\b|früher\b|frueher\b|zuvor\b|vorher\b|ehemals\b|auparavant\b|anciennement\b|avant\b|antigamente\b)/i.test(seg) && !CLIENTS_RE.test(seg))
    .join(" | ");
}

// ---------------------------------------------------------------------------
// Roles

/**
 * Kinds of role people block, with the ways English headlines name them (./lang/en.ts).
 * A blocked role that names any term of a family, in any language, blocks the whole family
 * in every language ("reclutador" and "Recruiter" both block Personalberaterin).
 */
export const ROLE_FAMILIES: Record<string, readonly string[]> = PACKS.en.roles;

/** "Recruiters", "recruiting" and "Talent Acquisition" all block the recruiter family. */
export const expandBlockedRole = memoize(expand, 2000);

function expand(role: string): { family: string; terms: string[]; key: string } {
  const { family, terms } = expandTerms(role);
  // the terms joined as phraseRegExp keys them, once: joining a hundred terms on every match cost more than matching
  return { family, terms, key: terms.join("\u0000") };
}

function expandTerms(role: string): { family: string; terms: string[] } {
  const r = fold(role).replace(/[^\p{L}\p{N}' &-]/gu, " ").replace(/\s+/g, " ").trim();
  const singular = singularOf(r);
  const family = familyOf(r, singular);
  if (family) return { family, terms: familyTerms(family) };
  // "salespeople", "sales people", "sales folks" → sales; "gente de ventas", "agents immobiliers" → the family of one of the words
  for (const word of r.split(" ")) {
    if (word.length < 4 || ROLE_FILLER_RE.test(word)) continue;
    const f = ALL_ROLE_FAMILIES[word] ? word : familyOf(word, singularOf(word));
    if (f) return { family: f, terms: familyTerms(f) };
  }
  // a role of no family, in its feminine form too: "corretor" → "corretora", "vendeur" → "vendeuse"
  return { family: r, terms: [...new Set([r, singular, feminineOf(singular)].filter(Boolean))] };
}

const feminineOf = (w: string): string =>
  w.replace(/(?<=\w{3})(?:or|eur|o)$/, (end) => ({ or: "ora", eur: "euse", o: "a" })[end] ?? end);

/** "recruiters" → "recruiter", "agencies" → "agency", "corretores" → "corretor" (folded text). */
/** Families that hold another: whoever blocks HR ("gente de RRHH") blocks its recruiters too, not the other way round. */
const HOLDS: Record<string, readonly string[]> = { hr: ["recruiter"] };
const familyTerms = (family: string): string[] => [...new Set([family, ...ALL_ROLE_FAMILIES[family]!, ...(HOLDS[family] ?? []).flatMap((f) => ALL_ROLE_FAMILIES[f] ?? [])])];

const singularOf = (r: string): string =>
  r
    .split(" ")
    // ("coaches", "brokers", "agencies", "vendedores"; English's -ches/-shes/-xes lose their "es")
    .map((w) => w.replace(/(?<=\w{3})(?:ies)$/, "y").replace(/(?<=\w{2}(?:ch|sh|x))es$/, "").replace(/(?<=\w{3}[rlnzd])es$/, "").replace(/(?<=\w{3})(?<!s)s$/, ""))
    .join(" ")
    .replace(/\bpeople$/, "person");

/** The role family a term names, as written or as its singular. */
function familyOf(r: string, singular: string): string | null {
  for (const [family, terms] of Object.entries(ALL_ROLE_FAMILIES)) {
    if (family === r || family === singular || terms.some((t) => { const f = foldedTerm(t); return f === r || f === singular; })) return family;
  }
  return null;
}
/** The words around a role in the user's phrase: "gente de ventas", "people in sales". */
const ROLE_FILLER_RE = /^(?:people|person|folks|gente|personas|leute|personen|gens|pessoas|pessoal|profiles|perfiles|profils|perfis|type|types|tipo|tipos)$/;

/** A blocked role's terms in some languages only, as a phraseRegExp key: a note is read in its own language (and English). */
const termsInLanguages = memoize((k: string): string => {
  const [blocked = "", langs = ""] = k.split("\u0001");
  const { family, terms, key } = expandBlockedRole(blocked);
  if (!ALL_ROLE_FAMILIES[family]) return key;
  const own = langs.split(",").flatMap((l) => PACKS[l as Language].roles[family] ?? []);
  return [...new Set([family, ...own, ...terms.filter((t) => !ALL_ROLE_FAMILIES[family]!.includes(t))])].join("\u0000");
}, 2000);

/** A term as `expand` compares it: folded, punctuation as spaces ("Recruiter:in" → "recruiter in"). */
const foldedTerm = memoize((t: string) => fold(t).replace(/[^\p{L}\p{N}' &-]/gu, " ").replace(/\s+/g, " ").trim(), 5000);

const GERUND_SEGMENT_RE = /^\s*(?:construindo|ajudando|criando|transformando|construyendo|ayudando|creando|transformando|aidant|accompagnant|construisant|créant|creant|wir bauen|ich helfe|helping|building|shipping|making|creating|driving|turning|bringing|connecting|empowering|transforming|growing|scaling|writing|for|to|with|supporting|serving|partnering|working with)\b/i;

/** Fields that hold a role's word without the role: a tax manager, a lawyer in commercial law, a geneticist ("Selección Genética"). */
const NOT_A_ROLE_RE = /\bsales cloud\b|\bcoach (?:driver|tours?|travel|bus|operator|company|holidays)\b|\b(?:bus|motor)coach\b|\bsales (?:and |& )?use tax\b|\bsales tax\b|\bdroit commercial\b|\bdireito comercial\b|\bderecho (?:mercantil|comercial)\b|\bselecci[oó]n gen[eé]tica\b|\bsele[cç][aã]o gen[eé]tica\b|\bvertriebsrecht\b/giu;

/** A role the note says the person is not: "I'm not a recruiter", "Não sou recrutador", "ich bin kein Headhunter" (folded text before the role). */
const NEGATED_ROLE_RE = /\b(?:not|never|no|nao|nunca|nicht|kein|keine|pas|jamais)\s+(?:(?:sou|soy|am|bin|suis|a|an|um|uma|un|una|ein|eine|du tout)\s+){0,2}$/;

/** At most two words before a role at the very start of a note: "Tech recruiter", "Senior IT recruiter". */
const ROLE_TITLE_START_RE = /^\s*(?:[\p{L}\p{N}&+]+[\s-]+){0,2}$/u;

/** The first blocked role the headline shows (in any language), or that the note says the person does (in the note's language or English). */
export function matchBlockedRole(parsed: ParsedRequest, blockedRoles: string[], language: string = "en"): (Match & { role: string }) | null {
  const noteLanguages = cueLanguages(language);
  const selfDescribed = selfDescription(noteLanguages);
  const segments = [parsed.role, ...(parsed.headline ? currentHeadline(parsed.headline).split(/\s*\|\s*|\s+[-–—]\s+/) : [])]
    .filter((s): s is string => !!s && !GERUND_SEGMENT_RE.test(s))
    .map((s) => foldWithMap(s.replace(NOT_A_ROLE_RE, (m) => "~".repeat(m.length))));
  const note = parsed.note ? foldWithMap(parsed.note) : null;
  for (const blocked of blockedRoles) {
    const { key: terms } = expandBlockedRole(blocked);
    for (const seg of segments) {
      const hit = findPhrase(seg, terms);
      if (hit) return { role: blocked, evidence: hit, where: "headline" };
    }
    // "I'm a recruiter", or a note that opens with the role as a title: an X or Instagram bio read as the note ("Tech recruiter at Hays. I help…")
    const hit = note && findPhrase(note, termsInLanguages(`${blocked}\u0001${noteLanguages.join(",")}`), (before, start) => !NEGATED_ROLE_RE.test(before) && (selfDescribed.test(before) || (start === before.length && ROLE_TITLE_START_RE.test(before))));
    if (hit) return { role: blocked, evidence: hit, where: "note" };
    // a note that pitches a product or a service shows a seller, whatever the headline says
    if (note && expandBlockedRole(blocked).family === "sales") {
      const pitch = salesPitch(noteLanguages)?.exec(note.folded);
      if (pitch) return { role: blocked, evidence: note.slice(pitch.index, pitch.index + pitch[0].length), where: "note" };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// People the user knows

/** The words of a name, folded; remembered, as the same known people come with every request. */
const nameTokens = memoize(tokenize, 2000);

/**
 * A hyphenated given name stays one word ("Anna-Lena" is not "Anna"), a hyphenated surname
 * is two ("Müller-Schmidt" holds "Müller"); "ß" is "ss" ("Weiß" is "Weiss"), "ue" is "ü".
 */
function tokenize(s: string): string[] {
  const words = fold(s)
    .replace(/ß/g, "ss")
    // "Schaefer" is "Schäfer" typed without umlauts (applied to both sides of a comparison alike)
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/[^\p{L}\p{N}@._' -]/gu, " ")
    .split(/\s+/)
    .map((t) => t.replace(/^-+|-+$/g, ""))
    .filter((t) => t && !/^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/.test(t));
  return words.flatMap((t, i) => (i === 0 ? [t] : t.split("-").filter(Boolean)));
}

/**
 * A known person whose name (case and accents ignored) or handle matches the request.
 * `firstLine`, the first line of the paste, catches names the parser could not take for
 * one ("dana whitfield" in lower case): a full known name there counts too.
 */
export function matchKnownPerson(parsed: ParsedRequest, knownPeople: string[], firstLine?: string): string | null {
  if (!knownPeople.length) return null;
  const name = parsed.name ? nameTokens(parsed.name) : firstLine ? nameTokens(firstLine) : [];
  const handles = new Set([...parsed.handles, ...parsed.emails].map((h) => fold(h).replace(/^@/, "")));
  const said = parsed.note ? selfNamed(parsed.note) : [];
  const spelled = new Set(parsed.handles.map((h) => fold(h).replace(/^@/, "").replace(/[._-]+/g, "").replace(/\d+$/, "")).filter((h) => h.length >= 6));
  for (const known of knownPeople) {
    const k = nameTokens(known);
    if (!k.length) continue;
    const bare = fold(known).replace(/^@/, "").trim();
    if (handles.has(bare)) return known;
    // a username that spells the whole name: "danny.lopes", "anabeatriz_lima" for "Ana Beatriz Lima"
    if (k.length > 1 && spelled.has(k.join(""))) return known;
    // the note names the known one, on a card that shows another form of the name: "it's Bobby from the climbing gym" on
    // Robert Nguyen's card (Bobby Nguyen), "Kate Morgan here" on Katherine Morgan's, "ich bin's, Matthias" on Matze Brandt's
    if (k.length > 1 && name.length && said.length && name.includes(k[k.length - 1]!) && said.some((g) => (g.length === 1 ? g[0] === k[0] : k.every((t) => g.includes(t))))) return known;
    if (!name.length) continue;
    // every word of the known name in the request's name: "Dana Whitfield" ↔ "Dr. Dana Whitfield"; one-word names must match exactly;
    // "Jean-Pierre" and "Jean Pierre" are the same given name
    const words = name.length > 1 && k[0]!.includes("-") ? [`${name[0]}-${name[1]}`, ...name] : name;
    const theirs = k[0]!.includes("-") || !name[0]!.includes("-") ? k : [k.slice(0, 2).join("-"), ...k.slice(2)];
    if (theirs.length === 1 ? words.length === 1 && words[0] === theirs[0] : theirs.every((t) => words.includes(t))) return known;
  }
  return null;
}

/** How a note names its writer: "it's Bobby", "Kate Morgan here", "Soy Nacho, Ignacio Ruiz", "ich bin's, Matthias" (each name's words, folded). */
function selfNamed(note: string): string[][] {
  const out: string[][] = [];
  for (const m of note.matchAll(SELF_NAMED_RE)) for (const g of [m[1], m[2], m[3]]) if (g) out.push(nameTokens(g));
  return out;
}
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
const SELF_NAMED_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]t'?s|[Ii]t’s|[Tt]his is|I'?m|I’m|I am|[Ss]oy|[Ss]ou|[Ii]ch bin(?:'s|’s)?,?|[Hh]ier ist|[Jj]e suis|[Cc]'est|[Cc]’est|[Aa]qui é|[Aa]quí|[Éé] (?:a|o))\s+(${NAME_WORDS})(?:,\s+(${NAME_WORDS}))?|(${NAME_WORDS}) (?:here|aqui|aquí)(?![\p{L}])`,
  "gu",
);

/** Whether the note introduces the person by a name on their card: "c'est Yasmine du food truck", "é a Cida dos brigadeiros". */
export function introducesSelf(parsed: ParsedRequest): boolean {
  if (!parsed.note || !parsed.name) return false;
  const card = new Set(nameTokens(parsed.name));
  return selfNamed(parsed.note).some((tokens) => tokens.some((t) => card.has(t)));
}

// ---------------------------------------------------------------------------
// Where they met, and whether the note is personal

// Cues in the note for how the two met, per language (./lang): words that also name plans
// ("grab coffee") or other things ("fair", "story") count only in the phrases that describe a meeting.

/**
 * Words that hold a meeting cue but say nothing of a meeting (folded text), masked first: links and domains
 * ("bzst-erstattung-online.com"), names with "online" ("ZEIT ONLINE", "banca online"), regions ("Comunidad
 * Valenciana"), a journalist's "story" or "artículo", "DMs open", a group named for neighbours ("grupo Vecinos Roma-Condesa").
 */
const NOT_A_MEETING_RE =
  /(?<=\b(?:grupo|group|groupe|gruppe)\s+(?:de\s+|do\s+|da\s+|des\s+|der\s+)?['"«“]?)(?:vecinos|vizinhos|voisins|nachbarn|neighbou?rs)\b|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|de|es|fr|pt|br|co|uk|info|biz|app)\b\S*|\b(?:banca|banco|banking|tienda|loja|shop|magazine|zeit|spiegel|revista|jornal|journal|compras|compra|formation|curso|cursos|course|courses|presse|news|noticias)\s+online\b|\b(?:formation|formations|cours|vente|boutique)\s+en ligne\b|\b(?:print|druck|impreso|papier|papel|imprimee?)\s+(?:und|and|y|et|e)\s+(?:online|digital|en ligne)\b|\bcomunidad (?:valenciana|de madrid|autonoma|foral|de murcia)\b|\b(?:working on|writing|preparing|escribiendo|preparando|es|is|for|para|fur|pour|sobre) (?:a|an|un|una|um|uma|einen|ein) (?:story|article|piece|articulo|reportaje|artigo|materia|reportage|artikel|beitrag)\b|\bdms? (?:offen|open|abiertos|abiertas|abertas|abertos|ouverts)\b|\b(?:(?:don'?t|do not|never|haven'?t|have not|didn'?t) (?:know|met|meet) (?:him|her|them|you|each other)? ?(?:in person|irl|in real life)|never (?:met|seen) (?:him|her|them) (?:in person|irl|in real life)|no (?:lo|la|le|los|las) (?:conozco|he visto|vi) (?:en persona|en la vida real|nunca)|(?:personlich|im echten leben) (?:kenne|kennen|kenn) ich (?:sie|ihn|die|den|das) (?:aber |noch )?nicht|(?:kenne|kennen) (?:sie|ihn) (?:aber |noch )?nicht (?:personlich|im echten leben)|nao (?:conheco|conheci|vi) (?:ela|ele|a|o)? ?(?:pessoalmente|ao vivo|na vida real)|ne (?:l'ai|les ai|la|le) (?:jamais|pas|encore jamais) (?:vue?s?|rencontree?s?|connue?) (?:en vrai|en personne|dans la vraie vie)|ne (?:la|le|les) connais pas (?:en vrai|en personne))|\b(?:keep|stay|manter|mantener|seguir|seguimos|bleiben|rester) (?:o |el |en |em |in )?(?:in touch|contato|contacto|en contacto|em contato|in kontakt|en contact) (?:por aqui|por aca|aqui|here|hier|ici)\b|\b(?:about|regarding|sobre|acerca de|uber|a propos d[eu']|concernant)\s+(?:the|a|an|la|el|los|las|le|les|die|der|das|den|o|os|as)\s+[\w-]+(?:\s+[\w-]+)?/g;

/** Words of an "online event" that say it was online: kept, while the in-person noun beside them is masked. */
const ONLINE_WORD_RE = /^(?:virtual\w*|virtuel\w*|virtuell\w*|online|on-line|remote|remot[oa]|zoom|digital\w*|en|linea|ligne|visio|por|pelo)$/;

export interface MeetingMatch {
  how: "online" | "in_person";
  evidence: string;
}

/**
 * How the note says the two met: online (a thread, a post, a group, a chat) or in person (a
 * conference, work, school, a wedding), read with English's cues and the note's language's
 * (every language's when it is unknown).
 */
export function describeMeeting(note: string | null, language: string = "en"): MeetingMatch | null {
  if (!note) return null;
  const { online: ONLINE_RE, inPerson: IN_PERSON_RE, onlineEvent: ONLINE_EVENT_RE } = meetingRegExps(cueLanguages(language));
  const hay = foldWithMap(note);
  const text = hay.folded
    .replace(NOT_A_MEETING_RE, (m) => "~".repeat(m.length))
    .replace(FAMILY_SCHOOL_RE, (m) => "~".repeat(m.length))
    .replace(HOPE_TO_MEET_RE, (m) => "~".repeat(m.length))
    .replace(ONLINE_EVENT_RE, (m) => m.replace(/[^\s-]+/g, (w) => (ONLINE_WORD_RE.test(w) ? w : "~".repeat(w.length))));
  // an event the same sentence says was held online is not a meeting in person: "the meetup …, the one we did over Zoom"
  let masked = text;
  const online = ONLINE_RE.exec(text);
  for (let tries = NEVER_MET_RE.test(text) ? 4 : 0; tries < 4; tries++) {
    const inPerson = IN_PERSON_RE.exec(masked);
    if (!inPerson) break;
    // after the note has said where online they came across each other ("I replied to your post…", "vi tu publicación…"),
    // a school, a run or an uncle is what they wrote about unless its sentence says they met: "…buscando gente para la carrera solidaria"
    const aside = !!online && online.index < inPerson.index && ONLINE_PLACE_RE.test(text.slice(online.index, online.index + online[0].length + 30)) && !MET_RE.test(sentenceAround(masked, inPerson.index, inPerson[0].length));
    if (!aside && !heldOnline(masked, inPerson.index, inPerson[0].length)) return { how: "in_person", evidence: phraseAround(hay, inPerson.index, inPerson[0].length) };
    masked = masked.slice(0, inPerson.index) + "~".repeat(inPerson[0].length) + masked.slice(inPerson.index + inPerson[0].length);
  }
  if (online) return { how: "online", evidence: phraseAround(hay, online.index, online[0].length) };
  return null;
}

/** How an event was held, when a sentence says it was online: "por Zoom", "en visio", "virtual", "über Teams" (folded text). */
const HELD_ONLINE_RE =
  /\b(?:por|via|on|over|sur|en|uber|per|pelo|pela|no|na|in|im|auf)\s+(?:zoom|teams|google meet|meet|webex|skype|visio|videollamada|videoconferencia|visioconference|videokonferenz|videochamada|videoconferencia)\b|\b(?:en visio|en ligne|online|on-line|virtual|virtuel(?:le)?|virtuell(?:e[nmrs]?)?|en linea|em linha|a distancia|a distance|remote|remoto|remota)\b|\b(?:live ?stream\w*|stream(?:ed|ing)?|transmision|transmissao|retransmision|retransmissao|ao vivo|en directo|en vivo|en direct|diffusion|direktubertragung|ubertragung|watching from (?:my |home|the office))\b/;
/**
 * The note says they have not met in person ("we've never met", "aún no nos conocemos en persona",
 * "persönlich getroffen haben wir uns noch nicht"): no word of it is a meeting in person (folded text).
 */
const NEVER_MET_RE =
  /\b(?:(?:i|we) (?:haven'?t|have not|didn'?t|did not) (?:yet )?(?:made it|been able to (?:make it|come)|gone|been) to (?:one of )?(?:the|your|any|an?) (?:in-person |irl |live )?(?:meetups?|events?|sessions?)|(?:(?:we(?:'ve| have)?|i(?:'ve| have)?) never (?:met|seen each other)|(?:we )?(?:haven'?t|have not|didn'?t|did not) (?:yet )?met(?: yet)?(?: in person| irl)?|never met (?:in person|irl)|(?:aun |todavia )?no nos (?:conocemos|hemos (?:visto|conocido)|vimos|conocimos)(?: todavia| aun)? en persona|nunca nos (?:hemos visto|conocimos|vimos)(?: en persona)?|(?:personlich|live) (?:getroffen|kennengelernt|gesehen) haben wir uns (?:noch )?(?:nicht|nie)|(?:haben|hatten) uns (?:noch )?(?:nie|nicht) (?:personlich )?(?:getroffen|gesehen|kennengelernt)|(?:on|nous) ne s'est jamais (?:rencontre|vu)e?s?|nous ne nous sommes jamais (?:rencontre|vu)e?s?|on ne se connait pas (?:en vrai|en personne)|(?:ainda )?nao nos conhecemos(?: ainda)?(?: pessoalmente)?|nunca nos (?:vimos|conhecemos|encontramos)(?: pessoalmente)?))\b/;
/** Words that put one thing after another in a sentence: "met at the conference, then chatted on Zoom" is two things. */
const THEN_RE = /\b(?:then|later|afterwards|after that|luego|despues|mas tarde|puis|ensuite|apres|dann|danach|spater|depois|mais tarde|em seguida)\b/;

/** The sentence a cue stands in. */
function sentenceAround(text: string, start: number, length: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.search(/[!?\n](?=[^!?\n]*$)/) + 1, before.lastIndexOf(". ") + 1, 0);
  const after = text.slice(start + length);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return text.slice(from, start + length + (stop < 0 ? after.length : stop));
}

/** Whether the sentence around an in-person cue says the event was held online. */
function heldOnline(text: string, start: number, length: number): boolean {
  const sentence = sentenceAround(text, start, length);
  return HELD_ONLINE_RE.test(sentence) && !THEN_RE.test(sentence);
}

/**
 * A meeting hoped for is none yet: "hope to meet in person at SaaStr next month", "ojalá nos veamos en
 * persona", "espero te conhecer pessoalmente no TDC" (to the sentence's end; folded text).
 */
const HOPE_TO_MEET_RE =
  /\b(?:(?:hope|hoping|would love|i'd love|looking forward|look forward|can't wait|cant wait)\s+to\s+(?:finally\s+|also\s+)?(?:meet|meeting|see|seeing)|hope (?:we|i) (?:get to|can|will|'ll|could) (?:finally\s+|also\s+)?(?:meet|see)|(?:ojala|espero|esperamos|me encantaria)\s+(?:que\s+)?(?:nos\s+veamos|conocerte|verte|vernos|coincidir|conocernos)|hoffe,?\s+(?:dass\s+)?(?:wir\s+uns|dich|sie|euch)\b[^.!?\n]{0,40}\b(?:treffen|sehen|kennenzulernen|kennenlernen)|(?:j'espere|jespere|au plaisir de|hate de|j'aimerais)\s+(?:vous|te|nous)\s+(?:rencontrer|voir|croiser)|(?:espero|tomara que|quem sabe)\s+(?:te\s+|nos\s+|lhe\s+)?(?:conhecer|ver|vemos|encontrar|conhecermos|vermos))\b[^.!?\n]*/g;

/** The person's own family at school: "my son is in boarding school in London" says nothing of where the two met (folded text). */
const FAMILY_SCHOOL_RE = /\b(?:my|his|her|our|mi|mis|mein|meine|meinen|mon|ma|mes|meu|minha|meus|minhas)\s+(?:son|daughter|kids?|children|child|hijo|hija|hijos|sohn|tochter|kinder|fils|fille|enfants|filho|filha|filhos)\b[^.!?\n]{0,40}\b(?:boarding school|school|college|university|escuela|colegio|schule|internat|ecole|pensionnat|escola|colegio|faculdade)\b/g;

/** An online cue that names a place or a piece of content ("your post", "el grupo", "le fil"), not only a chat. */
const ONLINE_PLACE_RE = /post|comment|thread|group|grupo|groupe|gruppe|publica|beitrag|kommentar|forum|foro|webinar|discord|slack|reddit|newsletter|podcast|tweet|story|reel|artigo|articulo|article|artikel|video|fil\b|hilo/;

/** A sentence that says the two met or shared a place, in the five languages (folded text). */
const MET_RE =
  /\b(?:met|meet|meeting|saw you|seeing you|see you|ran into|bumped into|we were|were both|both (?:at|in)|same (?:school|class|university|college|team|office|company|gym|church|floor|building)|together|conoc\w*|coincid\w*|nos vimos|te vi|estuvimos|fuimos|kennengelernt|getroffen|trafen|gesehen|waren (?:beide|zusammen)|zusammen|rencontr\w*|croise\w*|on s'est|nous etions|ensemble|conhec\w*|encontr\w*|estivemos|fomos|juntos|juntas)\b/;

/** The clause around a cue word, so the evidence reads as words of the note ("in the Sourdough Bakers group"). */
function phraseAround(hay: FoldedText, start: number, length: number): string {
  const s = hay.folded;
  let a = start;
  let b = start + length;
  const left = s.slice(0, a).search(/(?:^|[.!?,;:\n]|\b(?:and|but|so|because)\b)[^.!?,;:\n]*$/);
  if (left >= 0) a = Math.max(left, start - 60);
  const rightMatch = s.slice(b).match(/^(?:(?!\s(?:and|but|so|because)\s)[^.!?,;:\n]){0,60}/);
  if (rightMatch) b += rightMatch[0].length;
  return hay.slice(a, b).replace(/^[\s.!?,;:]+|[\s.!?,;:]+$/g, "");
}


/** A note counts as personal when, without greetings, sign-offs and stock phrases (English's and its language's), at least three words remain. */
export function hasPersonalNote(note: string | null, language: string = "en"): boolean {
  if (!note) return false;
  let rest = fold(note);
  for (const re of stockPhrases(cueLanguages(language))) rest = rest.replace(re, " ");
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 3;
}

// ---------------------------------------------------------------------------

export interface KnownPerson {
  by: "answer" | "known_people";
  evidence: string;
}

/** Whether the user knows the person: their own answer wins, else a match on their list of people they know. */
export function findKnownPerson(parsed: ParsedRequest, profile: CriteriaProfile, knownInRealLife: boolean | undefined, text = ""): KnownPerson | null {
  if (knownInRealLife === true) return { by: "answer", evidence: parsed.name ?? "" };
  if (knownInRealLife === false) return null;
  const firstLine = text.trimStart().split("\n", 1)[0]?.slice(0, 80);
  const match = matchKnownPerson(parsed, profile.knownPeople, firstLine);
  return match ? { by: "known_people", evidence: parsed.name ?? firstLine?.trim() ?? match } : null;
}

export interface CriteriaOutcome {
  competitor: (Match & { competitor: string }) | null;
  /** null for a person the user knows: they are exempt */
  blockedRole: (Match & { role: string }) | null;
  /** whether a required personal note is missing (false when none is required, or for a known person) */
  missingNote: boolean;
  mutualBelowMinimum: boolean;
}

/** The criteria a real person breaks; a person the user knows is held only to the competitor policy. `language`: the request's, detected. */
export function evaluateCriteria(parsed: ParsedRequest, profile: CriteriaProfile, known: KnownPerson | null, language: string = "en"): CriteriaOutcome {
  return {
    competitor: profile.competitors.length ? matchCompetitor(parsed, profile.competitors) : null,
    blockedRole: !known && profile.blockedRoles.length ? matchBlockedRole(parsed, profile.blockedRoles, language) : null,
    missingNote: !known && profile.requirePersonalNote && !hasPersonalNote(parsed.note, language),
    mutualBelowMinimum: parsed.mutualConnections !== null && parsed.mutualConnections < profile.minMutualConnections,
  };
}
