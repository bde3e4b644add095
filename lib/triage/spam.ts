// Is this request from an obvious bot or spammer? Two voices, added on one log-odds scale:
//  - the learned text model (spam-model.ts), which knows how spam is written in SMS and
//    YouTube comments, and
//  - social-platform signals the corpora lack: money and crypto pitches, "move to
//    WhatsApp", fees for jobs, romance-scam openers, link bait, follower selling, fake
//    personas, handles stuffed with digits. Each carries a weight in log-odds, a human
//    sentence and the words that show it.
// The request is ignored when the sum reaches the threshold that the training script
// chose by cross-validation on the TRAIN rows (ignoring a real person costs ten missed spams).
import { modelMargin, shippedSpamModel, type SpamModel } from "./spam-model";
import type { ParsedRequest, Signal } from "./schema";

interface SpamPattern {
  key: string;
  label: string;
  weight: number;
  re: RegExp;
}

const MONEY = String.raw`(?:[$£€₹₦]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:usd|dollars|euros?|pounds|gbp|eur|btc|usdt))`;

// Weights are log-odds: 3 makes a request spam on its own unless the text model is sure of the opposite.
const PATTERNS: SpamPattern[] = [
  {
    key: "spam.off_platform",
    label: "Asks to move the conversation to WhatsApp, Telegram or another app, away from the platform.",
    weight: 3,
    re: /\b(?:add|text|message|msg|contact|reach|chat with|talk to|call|ping|hit|dm|write to|find)\s+(?:me|us|our [\w ]{1,30}?|him|her)\s+(?:up\s+|directly\s+)?(?:on|via|at|through|in)\s+(?:whats\s?app|telegram|signal|we\s?chat|kik|viber|hangouts?|line app|snap(?:chat)?|skype)\b|\b(?:my|our)\s+(?:whats\s?app|telegram|wechat|kik|viber|skype)\b|\b(?:move|continue|take)\s+(?:this|our|the)\s+(?:chat|conversation|talk|discussion)\s+(?:to|on(?:to)?)\s+(?:whats\s?app|telegram|signal|we\s?chat|kik|viber|hangouts?|email)\b|\b(?:whats\s?app|telegram|wechat|kik|viber)\s*(?:me|:|@|\+|on)\s*[+@]?\w/i,
  },
  {
    key: "spam.money_pitch",
    label: "Pitches easy money, guaranteed returns or an investment.",
    weight: 3,
    re: new RegExp(
      String.raw`\b(?:earn|make|making|earning|profit|receive|get paid)\s+(?:up to\s+|over\s+|about\s+)?${MONEY}\s*(?:\+\s*)?(?:/|per|a|an|every|each|in a|weekly|daily|monthly)?\s*(?:day|week|month|hour|weekly|daily|monthly)?|\bguarantee[sd]?\b[^.!?\n]{0,40}\b(?:returns?|profits?|income|roi|payouts?)\b|\b\d{1,3}\s?%\s*(?:monthly|weekly|daily|per (?:day|week|month))?\s*(?:returns?|profits?|roi|interest)\b|\bpassive income\b|\bfinancial freedom\b|\b\d+x\s+your\s+(?:money|investment|income|capital)\b|\bdouble your (?:money|investment|income)\b|\b(?:zero|no) risk\b|\brisk[- ]free\b|\binvestment (?:platform|opportunity|plan|package|scheme)\b|\bstart(?:ing)? with (?:just|only) ${MONEY}|\bwork from home and (?:earn|make)\b|\b(?:make|earn) (?:a lot of |lots of |real |easy |extra )?money (?:fast|online|from home|while you sleep|for being online|with (?:0|zero|no|little) effort)\b|\bearn (?:lots of |easy |extra )?money\b`,
      "i",
    ),
  },
  {
    key: "spam.crypto",
    label: "Mentions crypto, forex or trading signals, the most common pitch from scam accounts.",
    weight: 1.5,
    re: /\b(?:bitcoin|btc|crypto(?:currency|currencies)?|forex|fx trading|binary options?|usdt|ethereum|nft drops?|trading signals|free signals|pump signals|mining pool|cloud mining)\b/i,
  },
  {
    key: "spam.job_scam",
    label: "Offers a job that needs no experience, pays a lot for little, or asks for a fee.",
    weight: 2.5,
    re: new RegExp(
      String.raw`\b(?:registration|training|processing|application|onboarding|starter kit|visa) fee\b|\bpay (?:a|the) (?:small )?fee\b|\b(?:remote|online|home[- ]based)\s+(?:data entry|typing|copy[- ]paste|part[- ]time|like and review|review)\s+(?:job|work|position|role)s?\b|\bpaying\s+${MONEY}\s*(?:/|per|a)\s*(?:hour|day|week)|\bno experience (?:needed|required|necessary)\b|\b(?:receive|get) (?:your|an) offer letter\b|\byou (?:have been|were|are|'ve been) (?:selected|shortlisted|chosen) for (?:a|an|the|our)\b[^.!?\n]{0,40}\b(?:job|position|role|opportunity)\b`,
      "i",
    ),
  },
  {
    key: "spam.romance",
    label: "Opens like a romance scam: pet names, loneliness, private photos.",
    weight: 2,
    re: /\b(?:hello|hi|hey)\s+(?:my\s+)?(?:dear|dearest|handsome|beautiful|gorgeous|sexy|sweetheart|sweetie|honey|babe|baby|cutie|pretty)\b|\bmy dear\b|\bi came across your profile and\b|\b(?:like|love|want) to know you (?:better|more)\b|\b(?:so |very )?lonely\b|\b(?:private|hot|sexy|nude)\s+(?:photos?|pics?|pictures?|videos?)\b|\bnew (?:in|to) (?:your|this) (?:city|town|area)\b|\blooking for (?:a |my )?(?:serious |true |honest )?(?:relationship|partner|soul ?mate|love|wife|husband)\b|\bwidow(?:er)? with\b|\bsingle (?:mom|mother|dad|father) (?:of|with)\b/i,
  },
  {
    key: "spam.fake_persona",
    label: "Describes a persona common in scam profiles (a soldier on a mission, an offshore engineer, a UN doctor).",
    weight: 2,
    re: /\b(?:u\.?s\.?|united states|british|uk)\s+(?:army|navy|military|marine)s?\s+(?:officer|general|captain|sergeant|doctor|surgeon|commander)\b|\bpeace[- ]?keeping mission\b|\b(?:un|united nations)\s+(?:doctor|surgeon|peacekeeper|mission)\b|\b(?:oil rig|offshore)\s+(?:engineer|contractor|worker)\b|\bdeployed (?:in|to) (?:syria|afghanistan|yemen|iraq|somalia|libya)\b/i,
  },
  {
    key: "spam.link_bait",
    label: "Baits a click: a shortened or prize link, a giveaway, a flash sale.",
    weight: 2.5,
    re: /\b(?:bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|is\.gd|cutt\.ly|rb\.gy|shorturl\.at|tiny\.cc|t\.ly|linktr\.ee|rebrand\.ly)\/\S+|\bclick (?:the|this|my|on the|here)(?: link)?\b|\blink in (?:my |the )?bio\b|\bclaim (?:now|it now|your (?:prize|reward|gift|bonus))\b|\byou(?:'ve| have)? (?:been selected as (?:a|the|our) winner|won (?:a|an|our|the)\b)|\bcongratulations?\b[^.\n]{0,60}\b(?:winner|won|selected|prize)\b|\bfree (?:gift ?cards?|iphone|giveaway)\b|\bgift card giveaway\b|\bflash sale\b|\b\d{2}\s?% off\b|\blimited (?:time )?offer\b|\bact now\b|\bbefore it expires\b/i,
  },
  {
    key: "spam.follower_selling",
    label: "Trades or sells follows and likes.",
    weight: 3,
    re: /\b(?:f4f|l4l|s4s|sub4sub|follow4follow|like4like)\b|\b(?:follow|like|sub|subscribe)\s*(?:4|for)\s*(?:follow|like|sub|subscribe)\b|\bfollow back guaranteed\b|\b100\s?% follow ?back\b|\b(?:buy|gain|get)\s+(?:\d[\d,.]*k?\s+)?(?:new\s+)?(?:real\s+|active\s+)?(?:followers|likes|subscribers|views)\b|\b(?:cheap|instant)\s+(?:followers|likes|subscribers)\b/i,
  },
  {
    key: "spam.self_promotion",
    label: "Promotes their own channel, page or product instead of writing to you.",
    weight: 2,
    re: /\bcheck (?:out )?(?:my|our) (?:new |latest )?(?:channel|page|profile|video|vids|music|songs?|tracks?|mixtape|website|site|blog|store|shop|link|playlist|account|covers?)\b|\bcheck (?:me|us) out\b|\b(?:come (?:and )?)?(?:watch|see|hear|listen to) (?:my|our) (?:new |latest |first )?(?:video|channel|track|song|cover|music|mixtape)\b|\b(?:subscribe|subcribe|sucscribe|sub) to (?:me|my|our)\b|\bplease (?:subscribe|sub|follow me|like and subscribe)\b|\bfollow me on (?:instagram|insta|ig|twitter|tiktok|soundcloud|spotify|twitch)\b|\b(?:i|we) (?:just )?(?:made|started|created) (?:a|my|our) (?:new )?(?:\w+ )?channel\b|\bvisit (?:my|our|the|this) (?:channel|website|web site|site|page|store|shop|blog|link)\b|\b(?:just |please )?(?:search|look up|type in|google)\s+(?:for\s+)?["“]|\bplease look up\b|\b(?:dm|message|text|reply)\s+(?:me\s+)?["“']?[A-Z]{3,}["”']?\s+to\s+(?:get|start|join|receive|learn|claim)\b/i,
  },
  {
    key: "spam.engagement_farming",
    label: "Farms likes, views, votes or subscribers.",
    weight: 1.5,
    re: /\bhelp (?:me|us|him|her|them) (?:get|reach|hit|to reach|get to) (?:\d[\d,.]*\s?[km]?\s+)?(?:views|followers|subscribers|subs|likes|votes)\b|\broad to \d+\s?k?\s+(?:subs|subscribers|followers)\b|\b(?:get|got|gain|some|more) subs\b|\bappreciate (?:it )?if (?:i|you) (?:got|get|could get|gave me) (?:some |a few )?(?:subs|subscribers|followers|likes)\b|\bgive (?:it|this|me|us) a (?:like|thumbs up|follow)\b|\bplease (?:vote|share|like|repost|retweet)\b|\bvote for (?:me|us|my|our)\b/i,
  },
  {
    key: "spam.donation_appeal",
    label: "Asks a stranger for money for a cause, a common scam on social platforms.",
    weight: 2,
    re: /\b(?:gofundme|go fund me|donate (?:to|now|here|today)|raise money for|help (?:me|us) raise|send (?:a )?donations?)\b/i,
  },
];

/** "@crypto_wealth_8841", "anna19920417": handles with a long run of digits, typical of mass-made accounts. */
function digitStuffedHandle(parsed: ParsedRequest): string | null {
  for (const h of parsed.handles) {
    const bare = h.replace(/^@/, "");
    if (/\d{4,}/.test(bare) && /[a-z]/i.test(bare) && !/(?:19|20)\d\d$/.test(bare)) return h;
  }
  return null;
}

export interface SpamAssessment {
  isSpam: boolean;
  /** 0..1, from the combined log-odds */
  probability: number;
  /** model margin plus signal weights, minus the threshold: ≥ 0 means ignore */
  margin: number;
  modelMargin: number;
  signals: Signal[];
}

export interface WeightedSignal {
  signal: Signal;
  weight: number;
}

/** The platform signals found in the text, each counted once. */
export function socialSpamSignals(text: string, parsed: ParsedRequest): WeightedSignal[] {
  const out: WeightedSignal[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) out.push({ weight: p.weight, signal: { key: p.key, label: p.label, evidence: m[0].trim() } });
  }
  const handle = digitStuffedHandle(parsed);
  if (handle) {
    out.push({
      weight: 1,
      signal: { key: "spam.digit_handle", label: "The handle is stuffed with digits, as mass-made accounts' handles are.", evidence: handle },
    });
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The text the model reads: the request minus the platform's own lines (buttons, the mutual-connection count). */
export function modelInput(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^\s*(?:accept|ignore|confirm|delete|decline|message|reply|follows you|view profile)\s*$/i.test(l))
    .map((l) => l.replace(/\b\d[\d,.]*\s*(?:mutual|shared)\s+(?:connections?|friends?|followers?)\b|\b\d[\d,.]*\s+connections? in common\b|\brequested to follow you\b/gi, " "))
    .join("\n");
}

/** Log-odds taken off when the user knows the person: only a hijacked account's obvious spam is still ignored. */
export const KNOWN_PERSON_TRUST = 3;

export function assessSpam(
  text: string,
  parsed: ParsedRequest,
  model: SpamModel = shippedSpamModel(),
  precomputedMargin?: number,
  options: { known?: boolean } = {},
): SpamAssessment {
  const z = precomputedMargin ?? modelMargin(modelInput(text), model);
  const social = socialSpamSignals(text, parsed);
  const total = z + social.reduce((s, x) => s + x.weight, 0) - (options.known ? KNOWN_PERSON_TRUST : 0);
  const margin = total - model.threshold;
  const isSpam = margin >= 0;
  const signals = social.map((s) => s.signal);
  if (isSpam && z > 0) {
    signals.unshift({
      key: "spam.model",
      label: `Reads like the spam the text model learned from (${Math.round(100 * sigmoid(z))}% by the model alone).`,
      evidence: strongestSpamLine(text, parsed),
    });
  }
  return { isSpam, probability: sigmoid(margin), margin, modelMargin: z, signals };
}

/** The line to show as the model's evidence: the note when there is one, else the longest line. */
function strongestSpamLine(text: string, parsed: ParsedRequest): string {
  if (parsed.note) return (parsed.note.split("\n").sort((a, b) => b.length - a.length)[0] ?? parsed.note).trim().slice(0, 300);
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  return (lines.sort((a, b) => b.length - a.length)[0] ?? text.trim()).slice(0, 300);
}
