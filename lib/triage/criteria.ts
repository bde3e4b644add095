// Matches a parsed request against the user's connection criteria, with care for how
// people write: company names with legal suffixes and any case, roles by meaning
// (a "Talent Acquisition Partner" is a recruiter), names without accents, and how
// the note describes where the two met.
import type { CriteriaProfile, ParsedRequest } from "./schema";
import { escapeRegExp, fold, foldWithMap, memoize, phraseRegExp, type FoldedText } from "./text";

// ---------------------------------------------------------------------------
// Companies

const LEGAL_SUFFIX_RE =
  /(?:[\s,]+(?:inc|incorporated|corp|corporation|llc|l\.l\.c|ltd|limited|co|company|gmbh|plc|ag|s\.?a|s\.?a\.?s|b\.?v|n\.?v|pty|pte|srl|s\.?r\.?l|spa|s\.?p\.?a|oy|ab|as|kk|group|holdings?|international|intl|worldwide|global)\.?)+$/i;

/** "Globex Corporation" → "globex", "The Initech Group, Inc." → "initech". */
export function companyCore(name: string): string {
  let s = fold(name).replace(/^the\s+/, "");
  for (let i = 0; i < 3; i++) s = s.replace(LEGAL_SUFFIX_RE, "").trim();
  return s.replace(/[.,;:]+$/, "").trim();
}

/** Words right before a company that say the person has left it. */
const PAST_RE = /(?:\bex[-\s]?|\bformer(?:ly)?\s+(?:at\s+|with\s+|of\s+)?|\bpreviously\s+(?:at\s+|with\s+)?|\bprev\.?\s+(?:at\s+)?|\balum(?:nus|na|ni)?\s+(?:of\s+)?|\bretired\s+(?:from\s+)?|\bleft\s+)$/;
/** In a note, a company counts only where the words say the person works there. */
const EMPLOYMENT_BEFORE_RE = /(?:\b(?:at|with|for|from|join(?:ed|ing)?|here at|i work at|work(?:ing)? (?:at|for|with))\s+(?:the\s+)?)$/;

export interface Match {
  evidence: string;
  where: "company" | "headline" | "note" | "email";
}

function findPhrase(hay: FoldedText, phrase: string | readonly string[], guard?: (before: string) => boolean): string | null {
  const re = phraseRegExp(phrase);
  if (!re) return null;
  for (const m of hay.folded.matchAll(re)) {
    const start = m.index ?? 0;
    const before = hay.folded.slice(Math.max(0, start - 40), start);
    if (PAST_RE.test(before)) continue;
    if (guard && !guard(before)) continue;
    return hay.slice(start, start + m[0].length);
  }
  return null;
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
    const inHeadline = headline && findPhrase(headline, core);
    if (inHeadline) return { competitor, evidence: inHeadline, where: "headline" };
    const inNote = note && findPhrase(note, core, (before) => EMPLOYMENT_BEFORE_RE.test(before));
    if (inNote) return { competitor, evidence: inNote, where: "note" };
    const domain = core.replace(/[^a-z0-9]/g, "");
    const email = domain.length >= 3 ? parsed.emails.find((e) => new RegExp(`@(?:[\\w-]+\\.)*${escapeRegExp(domain)}\\.`, "i").test(e)) : undefined;
    if (email) return { competitor, evidence: email, where: "email" };
  }
  return null;
}

/** Headline segments about the present: "PM at Hooli | ex-Globex" keeps "PM at Hooli". */
function currentHeadline(headline: string): string {
  return headline
    .split(/\s*[|•·]\s*/)
    .filter((seg) => !/^\s*(?:ex[-\s]|former|formerly|previously|prev\.|alum)/i.test(seg))
    .join(" | ");
}

// ---------------------------------------------------------------------------
// Roles

/**
 * Kinds of role people block, with the ways headlines name them. A blocked role that
 * names any term of a family blocks the whole family; an unknown role is matched as written.
 */
export const ROLE_FAMILIES: Record<string, string[]> = {
  recruiter: [
    "recruiter", "recruiting", "recruitment", "talent acquisition", "talent partner", "talent advisor", "talent sourcer",
    "talent scout", "sourcer", "sourcing specialist", "sourcing partner", "headhunter", "head hunter", "executive search",
    "search consultant", "staffing", "placement consultant", "ta partner", "ta specialist", "talent hunter", "hiring partner",
  ],
  sales: [
    "sales", "salesperson", "salespeople", "salesman", "salesmen", "saleswoman", "salespersons", "account executive", "account exec", "bdr", "sdr",
    "business development representative", "business development rep", "business development manager", "business development executive",
    "business development", "sales development", "inside sales", "outside sales", "account manager", "sales rep", "sales representative",
    "sales manager", "sales director", "sales executive", "sales engineer", "head of sales", "vp sales", "chief revenue officer",
    "revenue leader", "lead generation", "closer",
  ],
  "real estate": [
    "real estate", "realtor", "realtors", "real estate agent", "estate agent", "real estate broker", "realty", "property consultant",
    "property agent", "listing agent", "buyer's agent", "broker associate", "homes specialist",
  ],
  insurance: ["insurance", "insurance agent", "insurance advisor", "insurance broker", "underwriter"],
  "financial advisor": [
    "financial advisor", "financial adviser", "financial planner", "wealth manager", "wealth advisor", "wealth management",
    "investment advisor", "financial consultant", "retirement planner",
  ],
  "network marketing": [
    "network marketing", "network marketer", "mlm", "multi-level marketing", "independent distributor", "brand ambassador",
    "independent consultant", "direct sales", "direct seller", "team builder",
  ],
  marketing: ["marketing", "marketer", "growth marketer", "digital marketer", "seo specialist", "social media manager", "brand strategist"],
  crypto: ["crypto", "cryptocurrency", "bitcoin", "blockchain", "web3", "nft", "defi", "forex", "crypto trader"],
  coach: ["coach", "life coach", "business coach", "career coach", "mindset coach", "executive coach", "coaching"],
  investor: ["investor", "venture capitalist", "venture capital", "vc", "angel investor", "venture partner"],
  journalist: ["journalist", "reporter", "correspondent", "editor", "news producer"],
  founder: ["founder", "co-founder", "cofounder", "ceo", "entrepreneur"],
  consultant: ["consultant", "consulting"],
  freelancer: ["freelancer", "freelance"],
  influencer: ["influencer", "content creator", "creator", "youtuber", "blogger"],
  hr: ["hr", "human resources", "people partner", "hr business partner", "people operations"],
};

/** "Recruiters", "recruiting" and "Talent Acquisition" all block the recruiter family. */
export const expandBlockedRole = memoize(expand, 2000);

function expand(role: string): { family: string; terms: string[] } {
  const r = fold(role).replace(/[^\p{L}\p{N}' &-]/gu, " ").replace(/\s+/g, " ").trim();
  const singular = r.replace(/(?<=\w{3})(?:ies)$/, "y").replace(/(?<=\w{3})(?<!s)s$/, "").replace(/\bpeople$/, "person");
  for (const [family, terms] of Object.entries(ROLE_FAMILIES)) {
    if (family === r || family === singular || terms.includes(r) || terms.includes(singular)) return { family, terms: [...new Set([family, ...terms])] };
  }
  // "salespeople", "sales people", "sales folks" → sales
  const head = singular.split(" ")[0] ?? "";
  if (head && ROLE_FAMILIES[head]) return { family: head, terms: [...new Set([head, ...ROLE_FAMILIES[head]!])] };
  return { family: r, terms: [...new Set([r, singular].filter(Boolean))] };
}

const GERUND_SEGMENT_RE = /^\s*(?:helping|building|shipping|making|creating|driving|turning|bringing|connecting|empowering|transforming|growing|scaling|writing|for|to|with|supporting|serving|partnering|working with)\b/i;
const SELF_DESCRIPTION_RE = /(?:\b(?:i'?m|i am|i work as|i work in|working as|work in|as an?|i'?ve been an?|i lead|i run|i head|my role is|i'?m now|now an?|we'?re|we are)\s+(?:(?:a|an|the|now|also|currently|still)\s+)*(?:[\p{L}-]+\s+){0,3})$/u;

/** The first blocked role the headline shows, or that the note says the person does. */
export function matchBlockedRole(parsed: ParsedRequest, blockedRoles: string[]): (Match & { role: string }) | null {
  const segments = [parsed.role, ...(parsed.headline ? currentHeadline(parsed.headline).split(/\s*\|\s*|\s+[-–—]\s+/) : [])]
    .filter((s): s is string => !!s && !GERUND_SEGMENT_RE.test(s))
    .map((s) => foldWithMap(s));
  const note = parsed.note ? foldWithMap(parsed.note) : null;
  for (const blocked of blockedRoles) {
    const { terms } = expandBlockedRole(blocked);
    for (const seg of segments) {
      const hit = findPhrase(seg, terms);
      if (hit) return { role: blocked, evidence: hit, where: "headline" };
    }
    const hit = note && findPhrase(note, terms, (before) => SELF_DESCRIPTION_RE.test(before));
    if (hit) return { role: blocked, evidence: hit, where: "note" };
  }
  return null;
}

// ---------------------------------------------------------------------------
// People the user knows

/** The words of a name, folded; remembered, as the same known people come with every request. */
const nameTokens = memoize(tokenize, 2000);

function tokenize(s: string): string[] {
  return fold(s)
    .replace(/[^\p{L}\p{N}@._' -]/gu, " ")
    .split(/[\s-]+/)
    .filter((t) => t && !/^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/.test(t));
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
  for (const known of knownPeople) {
    const k = nameTokens(known);
    if (!k.length) continue;
    const bare = fold(known).replace(/^@/, "").trim();
    if (handles.has(bare)) return known;
    if (!name.length) continue;
    // every word of the known name in the request's name: "Dana Whitfield" ↔ "Dr. Dana Whitfield"; one-word names must match exactly
    if (k.length === 1 ? name.length === 1 && name[0] === k[0] : k.every((t) => name.includes(t))) return known;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Where they met, and whether the note is personal

// Cues in the note for how the two met. Words that also name plans ("grab coffee") or
// other things ("fair", "story") count only in the phrases that describe a meeting.
const ONLINE_RE = new RegExp(
  [
    String.raw`\b(?:commented|commenting|replies|replied|subreddit|reddit|slack|discord|forum|online|virtual(?:ly)?|zoom|webinar|livestream|live stream|twitter space|x space|hashtag|timeline|chatted|chatting|dm'?d|dms|direct message|group chat|on here|here on (?:linkedin|facebook|instagram|x|twitter))\b`,
    String.raw`\b(?:your|the|a|my|this|that|our|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|posts|comment|comments|thread|threads|article|blog|video|reel|story|stories|tweet|tweets|newsletter|podcast|stream|group|community|feed|channel|space|reply)\b`,
    String.raw`\b(?:in|on|from)\s+(?:the|a|our|your)\s+(?:[\p{L}-]+\s+){0,2}?chat\b`,
    String.raw`\b(?:group|community)\b`,
  ].join("|"),
  "u",
);
const IN_PERSON_RE = new RegExp(
  [
    String.raw`\b(?:conference|summit|meetup|meet-up|booth|expo|trade ?show|career fair|job fair|trade fair|wedding|funeral|school|high school|college|university|campus|dorm|roommates?|classmates?|colleagues?|co-?workers?|teammates?|hackathon|keynote|gym|church|mosque|temple|synagogue|neighbou?rs?|neighbou?rhood|book club|in person|in-person|irl|in real life|cousin|aunt|uncle|childhood|grew up|hometown|bumped into|sat next to)\b`,
    String.raw`\b(?:worked|work|working|studied|served|volunteered|played|trained)\s+together\b`,
    String.raw`\b(?:nice|great|good|lovely|wonderful)\s+(?:meeting|seeing|to meet|to see|chatting with|talking to)\s+you\b(?!\s+(?:online|on|in the|here|virtually))`,
    String.raw`\b(?:met|meeting|saw|seeing|see|sat|talked|spoke|chatted)\s+(?:you\s+|briefly\s+|each other\s+)?(?:at|during|after)\s+(?!(?:the\s+|a\s+|your\s+|my\s+)?(?:webinar|zoom|thread|post|group|slack|discord|chat|comments?|online|virtual))`,
    String.raw`\b(?:at|during|after|from)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|my\s+|sam's\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:breakfast|lunch|dinner|brunch|drinks|party|reception|event|workshop|seminar|panel|talk|class|classes|club|office|retreat|festival|concert|game night|bbq|barbecue|gala|ceremony|offsite|off-site|training)\b`,
    String.raw`\b(?:same|your|our|my)\s+(?:[\p{L}-]+\s+)?(?:class|classes|team|office|club|course|program|cohort|building|floor)\b`,
    String.raw`\b(?:your|the|a|his|her)\s+(?:[\p{L}-]+\s+)?(?:talk|presentation|session|keynote|panel|workshop|booth|stand)\s+at\b`,
  ].join("|"),
  "u",
);
const ONLINE_EVENT_RE = /\b(?:virtual|online|remote|zoom)\s+(?:conference|summit|meetup|event|workshop|panel|class|classes|hackathon|fair|seminar|coffee|course|program|cohort|team)\b/g;

export interface MeetingMatch {
  how: "online" | "in_person";
  evidence: string;
}

/** How the note says the two met: online (a thread, a post, a group, a chat) or in person (a conference, work, school, a wedding). */
export function describeMeeting(note: string | null): MeetingMatch | null {
  if (!note) return null;
  const hay = foldWithMap(note);
  const text = hay.folded.replace(ONLINE_EVENT_RE, (m) => `${m.split(/\s+/)[0]} ${"~".repeat(m.length - m.split(/\s+/)[0]!.length - 1)}`);
  const inPerson = IN_PERSON_RE.exec(text);
  if (inPerson) return { how: "in_person", evidence: phraseAround(hay, inPerson.index, inPerson[0].length) };
  const online = ONLINE_RE.exec(text);
  if (online) return { how: "online", evidence: phraseAround(hay, online.index, online[0].length) };
  return null;
}

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

const GENERIC_NOTE_PARTS = [
  /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^,!.\n]{0,40}[,!.]?/,
  /i'?d like to (?:add you to|join) (?:your|my) (?:professional )?network(?: on linkedin)?/g,
  /i'?d (?:love|like) to (?:add you to my network|connect(?: with you)?(?: here)?(?: on linkedin)?)/g,
  /(?:i )?would (?:love|like) to (?:connect|add you)(?: with you)?(?: here)?(?: on linkedin)?/g,
  /(?:let'?s|lets) (?:connect|keep in touch|stay connected|stay in touch)(?: here)?/g,
  /please (?:accept|add|connect)(?: my (?:invitation|invite|request))?(?: me)?/g,
  /(?:add me|connect with me|follow me back)/g,
  /(?:looking forward to (?:connecting|hearing from you))/g,
  /(?:hope (?:you'?re|you are|all is) (?:well|good|doing well))/g,
  /(?:(?:would be )?(?:great|nice|happy|glad) to connect)/g,
  /(?:thanks?(?: you)?|cheers|best|regards|kind regards|best regards)[,!.]?(?:\s+[\p{L}'-]+)?\s*$/u,
];

/** A note counts as personal when, without greetings, sign-offs and stock phrases, at least three words remain. */
export function hasPersonalNote(note: string | null): boolean {
  if (!note) return false;
  let rest = fold(note);
  for (const re of GENERIC_NOTE_PARTS) rest = rest.replace(re, " ");
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

/** The criteria a real person breaks; a person the user knows is held only to the competitor policy. */
export function evaluateCriteria(parsed: ParsedRequest, profile: CriteriaProfile, known: KnownPerson | null): CriteriaOutcome {
  return {
    competitor: profile.competitors.length ? matchCompetitor(parsed, profile.competitors) : null,
    blockedRole: !known && profile.blockedRoles.length ? matchBlockedRole(parsed, profile.blockedRoles) : null,
    missingNote: !known && profile.requirePersonalNote && !hasPersonalNote(parsed.note),
    mutualBelowMinimum: parsed.mutualConnections !== null && parsed.mutualConnections < profile.minMutualConnections,
  };
}
