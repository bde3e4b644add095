// Graceful decline drafts: thanks first, the first name, one brief honest sentence per
// reason (the user's own wording verbatim when given), a way to stay in touch that fits
// the reason, the signature. Three tones; a short version of at most 300 characters;
// always within the platform's message limit. The same input gives the same draft; a
// different `variant` gives another wording.
import { PLATFORM_LABELS, PLATFORM_LIMITS } from "./platforms";
import { REASON_KEYS, type DeclineDraft, type ParsedRequest, type Platform, type ReasonKey, type Tone } from "./schema";
import { stableHash, truncateWords } from "./text";

export const SHORT_LIMIT = 300;

export const TEMPLATE_VARIABLES = {
  firstName: "the person's first name, as parsed from the request (\"Priya\")",
  name: "the person's full name (\"Priya Raman\")",
  company: "the company on their headline (\"Globex\")",
  platform: "where the request came from (\"LinkedIn\", \"Facebook\", \"X\", \"Instagram\")",
} as const;

export type TemplateVariables = Partial<Record<keyof typeof TEMPLATE_VARIABLES, string | null>>;

/** The engine's own sentence per reason; new users start from these as their editable templates. */
export const DEFAULT_REASON_SENTENCES: Record<ReasonKey, string> = {
  competitor: "My company policy prohibits me from connecting with competitors.",
  blocked_role: "I have a personal rule of not connecting with people in your line of work on {platform}, and I keep it for everyone.",
  not_known_in_real_life: "I only connect with people I know in real life.",
  no_personal_note: "I only accept invitations that come with a short personal note about why we should connect.",
};

// Other wordings of each reason, for variety. `{roles}` is the blocked kind of role in
// plain words ("recruiters"), known only to the engine.
const REASON_VARIANTS: Record<ReasonKey, Record<Tone, string[]>> = {
  competitor: {
    warm: [
      DEFAULT_REASON_SENTENCES.competitor,
      "My company's policy doesn't allow me to connect with people at competing companies, and I keep to it.",
      "Because of my company's policy, I can't connect with people who work for competitors.",
    ],
    formal: [
      DEFAULT_REASON_SENTENCES.competitor,
      "Company policy does not permit me to connect with employees of competing firms.",
      "Under my employer's policy, I am unable to connect with people who work for competitors.",
    ],
    brief: [DEFAULT_REASON_SENTENCES.competitor, "Company policy: I can't connect with competitors.", "My employer's policy rules out connecting with competitors."],
  },
  blocked_role: {
    warm: [
      "I have a personal rule of not connecting with {roles} on {platform}, and I keep it for everyone.",
      "On {platform}, I keep my network to people I work with directly, so I don't connect with {roles}, whoever they are.",
      "It's a rule of mine not to connect with {roles} on {platform}; it isn't about you.",
    ],
    formal: [
      "As a rule, I do not connect with {roles} on {platform}, and I apply it to everyone.",
      "On {platform}, I keep my network to direct working relationships, so I do not connect with {roles}.",
    ],
    brief: ["I don't connect with {roles} on {platform}, as a rule.", "I keep a rule of not connecting with {roles} here."],
  },
  not_known_in_real_life: {
    warm: [
      DEFAULT_REASON_SENTENCES.not_known_in_real_life,
      "I keep my connections on {platform} for people I know well in real life.",
      "I only connect here with people I've met in person.",
    ],
    formal: [DEFAULT_REASON_SENTENCES.not_known_in_real_life, "I reserve my connections on {platform} for people I know personally."],
    brief: [DEFAULT_REASON_SENTENCES.not_known_in_real_life, "On {platform}, I only connect with people I know in person."],
  },
  no_personal_note: {
    warm: [
      DEFAULT_REASON_SENTENCES.no_personal_note,
      "I only accept invitations that come with a few words about why we should connect.",
      "I only connect when an invitation comes with a short note about what we have in common.",
    ],
    formal: [
      DEFAULT_REASON_SENTENCES.no_personal_note,
      "I accept only invitations accompanied by a brief note on the purpose of connecting.",
    ],
    brief: ["I only accept invitations with a personal note.", DEFAULT_REASON_SENTENCES.no_personal_note],
  },
};

/** Shorter wordings for the 300-character version, used when the full sentence does not fit. */
const SHORT_REASONS: Record<ReasonKey, string> = {
  competitor: "Company policy: I can't connect with competitors.",
  blocked_role: "I don't connect with {roles} here, as a rule.",
  not_known_in_real_life: "I only connect with people I know in real life.",
  no_personal_note: "I only accept invitations with a personal note.",
};

const ROLE_WORDS: Record<string, string> = {
  recruiter: "recruiters",
  sales: "salespeople",
  "real estate": "real estate agents",
  insurance: "insurance agents",
  "financial advisor": "financial advisors",
  "network marketing": "network marketers",
  marketing: "marketers",
  crypto: "people in crypto",
  coach: "coaches",
  investor: "investors",
  journalist: "journalists",
  founder: "founders",
  consultant: "consultants",
  freelancer: "freelancers",
  influencer: "creators",
  hr: "HR professionals",
};

/** "recruiter" → "recruiters", "Lawyer" → "lawyers", an already plural word stays. */
export function rolesInPlainWords(family: string | null | undefined): string {
  if (!family) return "people in your line of work";
  const known = ROLE_WORDS[family.toLowerCase()];
  if (known) return known;
  const f = family.trim().toLowerCase();
  return /s$/.test(f) ? f : `${f}s`;
}

function requestNoun(platform: Platform): string {
  switch (platform) {
    case "linkedin":
      return "invitation to connect";
    case "facebook":
      return "friend request";
    case "instagram":
      return "follow request";
    case "x":
      return "message";
    default:
      return "request to connect";
  }
}

const THANKS: Record<Tone, string[]> = {
  warm: [
    "Thank you so much for your {request}; it was kind of you to think of me.",
    "Thanks a lot for the {request}; I really appreciate you reaching out.",
    "Thank you for reaching out and for the kind {request}.",
  ],
  formal: ["Thank you for your {request}.", "Thank you for reaching out with your {request}.", "I appreciate your {request} and the thought behind it."],
  brief: ["Thanks for the {request}.", "Thanks for reaching out.", "Thank you for the {request}."],
};

/** Ways to stay in touch that fit each reason: none at all for a company policy. */
const STAY_IN_TOUCH: Partial<Record<ReasonKey, Record<Tone, string[]>>> = {
  blocked_role: {
    warm: ["You're very welcome to follow my public posts if they're useful to you."],
    formal: ["You are welcome to follow my public posts."],
    brief: ["Feel free to follow my posts."],
  },
  not_known_in_real_life: {
    warm: ["You're welcome to follow my public posts instead.", "If you like, you can follow my public posts instead."],
    formal: ["You are welcome to follow my public posts instead."],
    brief: ["Feel free to follow my public posts instead."],
  },
  no_personal_note: {
    warm: ["If you'd like to send a short note about what you have in mind, I'll gladly read it."],
    formal: ["Should you wish to send a brief note on what you have in mind, I will gladly read it."],
    brief: ["Feel free to send a note about what you have in mind."],
  },
};

/** Whose offer speaks when there are several reasons: a follow suits a personal rule and a stranger; a note only a missing note. */
const OFFER_PREFERENCE: ReasonKey[] = ["not_known_in_real_life", "blocked_role", "no_personal_note"];

const CLOSINGS: Record<Tone, string[]> = {
  warm: ["Wishing you all the best.", "I wish you every success.", "Take care, and all the best with your work."],
  formal: ["I wish you every success.", "With best wishes for your work."],
  brief: [""],
};

const SIGN_OFFS: Record<Tone, string[]> = {
  warm: ["Warmly,", "Best wishes,", "Kind regards,"],
  formal: ["Kind regards,", "Best regards,", "Sincerely,"],
  brief: ["Best,", "Cheers,", "All the best,"],
};

/** Fills {firstName}, {name}, {company}, {platform}; a missing value is dropped and the punctuation around it tidied. */
export function fillTemplate(body: string, vars: TemplateVariables & { roles?: string | null }): string {
  const filled = body.replace(/\{(\w+)\}/g, (m, key: string) => {
    if (!(key in vars) && !(key in TEMPLATE_VARIABLES) && key !== "roles") return m;
    const v = (vars as Record<string, string | null | undefined>)[key];
    if (v) return v;
    if (key === "company") return "your company";
    if (key === "platform") return "here";
    if (key === "roles") return "people in your line of work";
    return "";
  });
  return filled
    .replace(/[ \t]+([,.!?;:])/g, "$1")
    .replace(/,\s*([.!?])/g, "$1")
    .replace(/([,;:])(?=[,;:])/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^\s*,\s*/, "")
    .trim();
}

function ensureSentence(s: string): string {
  const t = s.trim();
  return !t || /[.!?…]["”')]*$/.test(t) ? t : `${t}.`;
}

export interface DraftInput {
  parsed: ParsedRequest;
  reasons: ReasonKey[];
  /** the profile's wording, signature and tone (a validated CriteriaProfile fits, and so does a partial one) */
  profile: { reasons?: Partial<Record<ReasonKey, string | null | undefined>>; signature?: string | null; tone?: Tone };
  platform?: Platform;
  tone?: Tone;
  variant?: number;
  /** the blocked kind of role that was matched ("recruiter"), for the engine's own wording */
  blockedRole?: string | null;
  /** the competitor that matched, used for {company} when the headline names no company */
  competitor?: string | null;
}

/** Picks one of `options`, the same for the same seed, another for another variant. */
function pick<T>(options: readonly T[], seed: string, slot: string, variant: number): T {
  const i = (stableHash(`${slot}\u0000${seed}`) + Math.abs(Math.trunc(variant))) % options.length;
  return options[i]!;
}

export function draftDecline(input: DraftInput): DeclineDraft {
  const { parsed, profile } = input;
  const platform = input.platform ?? parsed.platform;
  const tone: Tone = input.tone ?? profile.tone ?? "warm";
  const variant = Number.isFinite(input.variant) ? Math.trunc(input.variant ?? 0) : 0;
  const reasons = REASON_KEYS.filter((k) => input.reasons.includes(k));
  const limit = PLATFORM_LIMITS[platform].limit;
  const seed = `${parsed.name ?? parsed.handles[0] ?? parsed.note ?? ""}|${reasons.join(",")}|${tone}`;
  const vars = {
    firstName: parsed.firstName,
    name: parsed.name,
    company: parsed.company ?? input.competitor ?? null,
    platform: PLATFORM_LABELS[platform],
    roles: rolesInPlainWords(input.blockedRole),
  };
  const firstName = parsed.firstName?.trim() || null;
  const signature = profile.signature?.trim() || null;

  const greeting =
    tone === "formal" ? (parsed.name?.trim() || firstName ? `Dear ${parsed.name?.trim() || firstName},` : "Hello,") : firstName ? `Hi ${firstName},` : "Hi there,";
  const thanks = pick(THANKS[tone], seed, "thanks", variant).replace("{request}", requestNoun(platform));
  const reasonSentences = reasons.map((key) => {
    const own = profile.reasons?.[key];
    if (own && own.trim()) return ensureSentence(fillTemplate(own, vars));
    return ensureSentence(fillTemplate(pick(REASON_VARIANTS[key][tone], seed, `reason:${key}`, variant), vars));
  });
  // The offer must hold for every reason: none under a company policy, and "send a note" only when the note is all that is missing.
  const offerKey = reasons.includes("competitor") ? null : (OFFER_PREFERENCE.find((k) => reasons.includes(k)) ?? null);
  const offer = offerKey && platform !== "other" ? pick(STAY_IN_TOUCH[offerKey]![tone], seed, "offer", variant) : "";
  const closing = pick(CLOSINGS[tone], seed, "closing", variant);
  const signOff = signature ? `${pick(SIGN_OFFS[tone], seed, "signoff", variant)}\n${signature}` : "";

  const compose = (parts: { offer: boolean; closing: boolean }): string => {
    if (tone === "brief") {
      const body = [`${greeting.replace(/,$/, "")}, ${lowerFirst(thanks)}`, ...reasonSentences, parts.offer ? offer : ""].filter(Boolean).join(" ");
      return signature ? `${body}\n${signature}` : body;
    }
    const paragraphs = [greeting, [thanks, ...reasonSentences, parts.offer ? offer : ""].filter(Boolean).join(" "), parts.closing ? closing : "", signOff];
    return paragraphs.filter(Boolean).join("\n\n");
  };

  let text = compose({ offer: true, closing: true });
  if (text.length > limit) text = compose({ offer: false, closing: true });
  if (text.length > limit) text = compose({ offer: false, closing: false });
  const shortThanks = pick(THANKS.brief, seed, "short-thanks", variant).replace("{request}", requestNoun(platform));
  const short = shortVersion({ firstName, thanks: shortThanks, reasonSentences, reasons, vars, signature });
  if (text.length > limit) text = short;

  return { text, short, platformLimit: limit, tone, variant };
}

function lowerFirst(s: string): string {
  return /^(?:I\b|I')/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** At most 300 characters: greeting and thanks first, then each reason (the user's words when they fit), then the signature. */
function shortVersion(o: {
  firstName: string | null;
  thanks: string;
  reasonSentences: string[];
  reasons: ReasonKey[];
  vars: Parameters<typeof fillTemplate>[1];
  signature: string | null;
}): string {
  const head = o.firstName ? `Hi ${o.firstName}, ${lowerFirst(o.thanks)}` : o.thanks;
  const sign = o.signature ? ` – ${o.signature}` : "";
  const build = (sentences: string[], withSign: boolean) => [head, ...sentences].join(" ") + (withSign ? sign : "");
  let sentences = [...o.reasonSentences];
  let out = build(sentences, true);
  // swap the longest own sentences for the short defaults until it fits
  for (let i = 0; out.length > SHORT_LIMIT && i < sentences.length; i++) {
    const longest = sentences.reduce((best, s, j) => (s.length > (sentences[best] ?? "").length ? j : best), 0);
    const key = o.reasons[longest];
    if (!key) break;
    sentences = sentences.map((s, j) => (j === longest ? ensureSentence(fillTemplate(SHORT_REASONS[key], o.vars)) : s));
    out = build(sentences, true);
  }
  if (out.length > SHORT_LIMIT) out = build(sentences, false);
  return truncateWords(out, SHORT_LIMIT);
}
