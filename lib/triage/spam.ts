// Is this request from an obvious bot or spammer? Two voices, added on one log-odds scale:
//  - the learned text model (spam-model.ts), which knows how spam is written in SMS and
//    YouTube comments, and
//  - social-platform signals the corpora lack: money and crypto pitches, "move to
//    WhatsApp", fees for jobs, romance-scam openers, link bait, follower selling, fake
//    personas, handles stuffed with digits. Each carries a weight in log-odds, a human
//    sentence and the words that show it.
// The request is ignored when the sum reaches the threshold that the training script
// chose by cross-validation on the TRAIN rows (see combinedScore and README.md).
import { modelVote, scamCueSignals } from "./lang";
import { isOwnHost } from "./surfaces";
import { fold } from "./text";
import { modelMargin, shippedSpamModel, type SpamModel } from "./spam-model";
import type { ParsedRequest, Signal } from "./schema";

interface SpamPattern {
  key: string;
  label: string;
  weight: number;
  /**
   * Words of which every match of `re` holds at least one, in lower case (matched against
   * the lower-cased text, no word boundaries): a cheap scan that rules the costly
   * expression out for most texts. It must stay a necessary condition:
   * tests/triage/spam.test.ts checks it on the fixtures and corpora.
   */
  hint: RegExp;
  re: RegExp;
}

interface CompiledPattern extends SpamPattern {
  /** the same expression with the g flag, to look for a second cue */
  all: RegExp;
}

const MONEY = String.raw`(?:[$£€₹₦]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:usd|dollars|euros?|pounds|gbp|eur|btc|usdt))`;

/** Each further, different cue of the same kind (up to three) adds half the weight again: several scam phrases are stronger evidence than one. */
const EXTRA_HIT_FACTOR = 0.5;
const MAX_HITS = 3;

/**
 * The text model learned what spam looks like in SMS and YouTube comments, where the
 * real messages are chats between friends, which is exactly what romance and
 * advance-fee scams imitate. So a very "chatty" score may not cancel the platform
 * signals the corpora lack: the model's vote against spam is floored here.
 */
export const MODEL_FLOOR = -3;

/** Log-odds taken off the text model's "spam" vote (not the platform signals) for a request with a real profile card. */
export const PROFILE_CARD_TRUST = 1;
// (a plain "Role at Company", maybe "Role | Region @ Company", not a bio of slogans: "🚀 Helping founders 10x inbound | 47K+ followers")
const hasProfileCard = (parsed: ParsedRequest): boolean =>
  !!parsed.company && (parsed.mutualConnections ?? 0) >= 1 && !!parsed.headline && parsed.headline.length <= 80 && !/[│!$€%]|\p{Extended_Pictographic}/u.test(parsed.headline);

/** Log-odds taken off when the user knows the person: only a hijacked account's obvious spam is still ignored. */
export const KNOWN_PERSON_TRUST = 3;

// Weights are log-odds: 3 makes a request spam on its own unless the text model is sure of the opposite.
export const PATTERN_SOURCES: readonly SpamPattern[] = [
  {
    key: "spam.off_platform",
    label: "Asks to move the conversation to WhatsApp, Telegram or another app, away from the platform.",
    weight: 3,
    hint: /whats|telegram|signal|chat|kik|viber|hangout|line|snap|skype|wa\.me|t\.me/,
    re: /\b(?:add|text|message|msg|contact|reach|chat with|talk to|call|ping|hit|dm|write to|write|reply|reply to|respond to|answer|find)\s+(?:me|us|our [\w ]{1,30}?|him|her)\s+(?:up\s+|directly\s+)?(?:on|via|at|through|in)\s+(?:whats\s?app|telegram|signal|we\s?chat|kik|viber|hangouts?|google chat|line app|snap(?:chat)?|skype)\b|\b(?:my|our)\s+(?:whats\s?app|telegram|wechat|kik|viber|skype)\b|\b(?:move|continue|take)\s+(?:this|our|the)\s+(?:chat|conversation|talk|discussion)\s+(?:to|on(?:to)?)\s+(?:whats\s?app|telegram|signal|we\s?chat|kik|viber|hangouts?)\b|\b(?:let'?s|let’s|lets|we can|can we|could we|shall we|i'?d like to|want to)\s+(?:chat|talk|continue|connect|speak)\s+(?:more\s+)?(?:on|via|over|through|in)\s+(?:whats\s?app|telegram|signal|we\s?chat|kik|viber|hangouts?|google chat|skype|line)\b|\b(?:whats\s?app|telegram|wechat|kik|viber)\s+me\b|\b(?:whats\s?app|telegram|wechat|kik|viber)\s*(?::|@|\+|on)\s*[+@]?\w|\b(?:whats\s?app|telegram|signal|viber|wechat)\b[^\n]{0,40}?\+\d[\d\s().-]{6,}\d|\b(?:wa\.me|t\.me|chat\.whatsapp\.com)\/\S+|\b(?:group|grupo|groupe|gruppo|gruppe)\s+(?:privado|privée|privee|private|privat|privato)\s+(?:de\s+|on\s+|no\s+|en\s+|auf\s+|sur\s+|di\s+|su\s+)?(?:whats\s?app|telegram)\b|\b(?:private|privat\w*|privad[oa]|privé\w*|exclusive|exklusive\w*|gratuit\w*|free|kostenlose\w*|gratis)\s+(?:whats\s?app|telegram)[- ]?(?:group|gruppe|lerngruppe|grupo|groupe|channel|kanal|canal)\b|\b(?:whats\s?app|telegram)-(?:lerngruppe|gruppe|kanal)\b|\bwa\.me\/\+?\d|\bapi\.whatsapp\.com\/send|\bchat\.whatsapp\.com\/\w|\bt\.me\/\w|\bdo you (?:use|have) (?:whats\s?app|telegram|hangouts?|signal|we\s?chat|kik|viber)\b/i,
  },
  {
    key: "spam.money_pitch",
    label: "Pitches easy money, guaranteed returns or an investment.",
    weight: 3,
    hint: /earn|make|made|making|profit|receive|paid|cashed out|withdrew|%|\dx|start|guarantee|minimum|passive income|financial freedom|double your|risk|investment|work from home|money|loan|credit repair|debt relief|uncle|aunt|cousin|mentor|father|dad|\dx|x\d/,
    re: new RegExp(
      String.raw`\b(?:earn|earns|earned|make|makes|made|making|earning|profit|profited|receive|get paid|got paid|cashed out|withdrew)\s+(?:up to\s+|over\s+|about\s+|almost\s+|nearly\s+)?${MONEY}\s*(?:\+\s*)?(?:/|per|a|an|every|each|in a|in one|this|last|weekly|daily|monthly)?\s*(?:day|week|month|hour|weekly|daily|monthly)?|\bguarantee[sd]?\b[^.!?\n]{0,40}\b(?:returns?|profits?|income|roi|payouts?)\b|\b(?:returns?|profits?|income|payouts?|earnings)\s+(?:are\s+|is\s+)?(?:100\s?%\s+)?guaranteed\b|\bminimum (?:deposit|investment)\b|\b\d{1,3}\s?%\s*(?:monthly|weekly|daily|per (?:day|week|month))?\s*(?:returns?|profits?|roi|interest)\b|\bpassive income\b|\bfinancial freedom\b|\b\d+x\s+your\s+(?:money|investment|income|capital)\b|\bdouble your (?:money|investment|income)\b|\b(?:zero|no) risk\b|\brisk[- ]free\b|\binvestment (?:platform|opportunity|plan|package|scheme)\b|\bstart(?:ing)? with (?:just|only) ${MONEY}|\bwork from home and (?:earn|make)\b|\b(?:make|earn) (?:a lot of |lots of |real |easy |extra )?money (?:fast|online|from home|while you sleep|for being online|with (?:0|zero|no|little) effort)\b|\bearn (?:lots of |easy |extra )?money\b|\b(?:instant|quick|easy|guaranteed|fast|cheap|low[- ]interest) (?:cash )?loans?\b|\bloan offer\b|\bcredit repair\b|\bdebt relief\b|\b(?:made|earned|gained|got|make|earn)\s+(?:a\s+)?\d{1,3}(?:[.,]\d+)?\s?%\s+(?:profit\s+|returns?\s+)?(?:last|this|every|each|per|a|in a|in one)\s+(?:month|week|day)\b|\b(?:profits?|returns?|roi)\s+(?:of\s+)?\d{1,3}(?:[.,]\d+)?\s?%\s+(?:every|each|per|a)\s+(?:week|day|month)\b|\b(?:uncle|aunt|cousin|mentor|father|dad)\b[^.!?\n]{0,80}\b(?:taught|showed|teaches|shows)\s+me\b[^.!?\n]{0,60}\b(?:trading|trade|invest\w*|gold|crypto|forex|strateg\w*|trick)\b|\bminimum (?:start|deposit|investment)\b|\b(?:[1-9]\d{2,4}x|x[1-9]\d{2,4})\b`,
      "i",
    ),
  },
  {
    key: "spam.money_pitch",
    // "$500 ➜ $5,000 in 7 days"
    label: "Pitches easy money, guaranteed returns or an investment.",
    weight: 3,
    hint: /➜|→|->|=>| to | into /,
    re: new RegExp(String.raw`${MONEY}\s*(?:➜|→|->|=>|to|into)\s*${MONEY}\s*(?:in|within)\s*\d+\s*(?:days?|weeks?|hours?|months?)\b`, "i"),
  },
  {
    key: "spam.money_pitch",
    // network marketing: "replaced my full-time wage", "all done from your phone"
    label: "Pitches easy money, guaranteed returns or an investment.",
    weight: 2.5,
    hint: /replaced my|to join my team|from your phone|from my phone|ask me how/,
    re: /\b(?:from home|from my phone|part[- ]time|on the side)\b[^.!?\n]{0,30}\bask me how\b|\breplaced my (?:full[- ]time )?(?:wage|income|salary|job)\b|\b(?:motivated|driven|ambitious|like-minded) (?:ladies|mums|moms|mamas|women|girls|people|individuals) to join my team\b|\b(?:all )?(?:done|run|work(?:ing)?) from (?:your|my) phone\b/i,
  },
  {
    key: "spam.crypto",
    label: "Mentions crypto, forex or trading signals, the most common pitch from scam accounts.",
    weight: 1.5,
    hint: /bitcoin|btc|eth|crypto|forex|fx trading|binary option|usdt|ethereum|nft drop|airdrop|free mint|signals|mining|trading/,
    re: /\b(?:bitcoin|btc|eth|crypto(?:currency|currencies)?|crypto exchange|forex|fx trading|binary options?|usdt|ethereum|nft drops?|airdrops?|free mint|trading signals|free signals|pump signals|mining pool|cloud mining|bitcoin mining|trading (?:app|platform|bot|account manager|trick))\b/i,
  },
  {
    key: "spam.job_scam",
    label: "Offers a job that needs no experience, pays a lot for little, or asks for a fee.",
    weight: 2.5,
    hint: /fee|remote|online|home|paying|experience|offer letter|selected|shortlisted|chosen|commission|task|rate|usdt|trains you|interview|check|cheque|cv|resume/,
    re: new RegExp(
      String.raw`\b(?:registration|training|processing|application|onboarding|starter kit|visa) fee\b|\bpay (?:a|the) (?:small )?fee\b|\b(?:remote|online|home[- ]based)\s+(?:data entry|typing|copy[- ]paste|part[- ]time|like and review|review)\s+(?:job|work|position|role)s?\b|\bpaying\s+${MONEY}\s*(?:/|per|a)\s*(?:hour|day|week)|\bno experience (?:needed|required|necessary)\b|\b(?:receive|get) (?:your|an) offer letter\b|\byou (?:have been|were|are|'ve been) (?:selected|shortlisted|chosen) for (?:a|an|the|our)\b[^.!?\n]{0,40}\b(?:job|position|role|opportunity)\b|\bcommission (?:per|for each|on every) (?:task|order|review|rating)\b|\brate (?:hotels|products|apps|videos|restaurants)\b[^.!?\n]{0,80}\b(?:earn|commission|paid|boost)\b|\bboost their (?:ranking|ratings?|visibility)\b|\bpaid (?:daily )?in (?:usdt|crypto|bitcoin)\b|\b(?:mentor|trainer|supervisor|coordinator)\s+(?:will\s+)?trains? you on (?:telegram|whatsapp)\b|\bsimple (?:online )?tasks?\b[^.!?\n]{0,60}\b(?:earn|paid|\$|commission)\b|\binterview (?:will be |is )?(?:held|conducted|done) (?:via|on|over|through) (?:telegram|whatsapp|google chat|chat)\b|\b(?:receive|send you) a (?:check|cheque)\b[^.!?\n]{0,60}\b(?:equipment|supplies|vendor)\b|\b(?:cv|resume|résumé)\b[^\n]{0,60}@(?:gmail|hotmail|outlook|yahoo)\.`,
      "i",
    ),
  },
  {
    key: "spam.romance",
    label: "Opens like a romance scam: pet names, loneliness, private photos.",
    weight: 2,
    hint: /allowance|sugar|wrong number|lost my|dear|handsome|beautiful|gorgeous|sexy|sweet|honey|bab|cutie|pretty|profile|pic|photo|doing today|to be|to know you|lonely|video|city|town|area|looking for|widow|you look|sugar|allowance|financial|week|month|single|share my life|rest of my life/,
    re: /\b(?:hello|hi|hey)\s+(?:my\s+)?(?:dear|dearest|handsome|beautiful|gorgeous|sexy|sweetheart|sweetie|honey|babe|baby|cutie|pretty)\b|\bmy dear\b|\b(?:i )?(?:came across|saw|found|viewed|was going through|stumbled (?:up)?on) your (?:profile|pictures?|photos?)\b|\bhow are you doing today\b|\b(?:like|love|want) (?:us )?to be (?:your )?(?:friends?|pen ?pals?)\b|\b(?:like|love|want) to know you (?:better|more)\b|\b(?:so |very )?lonely\b|\b(?:private|hot|sexy|nude)\s+(?:photos?|pics?|pictures?|videos?)\b|\bnew (?:in|to) (?:your|this) (?:city|town|area)\b|\blooking for (?:a |an |my )?(?:serious |true |honest |caring |loving |sincere |faithful |loyal |god[- ]fearing )?(?:relationship|partner|soul ?mate|love|wife|husband)\b|\blooking for (?:a |an )?(?:honest|caring|loving|sincere|faithful|loyal|god[- ]fearing|serious|good)\s+(?:woman|man|lady|gentleman)\b|\b(?:to )?share (?:my|the rest of my) life with\b|\bspend the rest of my life with\b|\bwidow(?:er)? with\b|\byou look (?:so |very |really )?(?:kind|handsome|beautiful|sweet|gorgeous|cute|lovely)\b|\bsugar (?:daddy|mommy|mummy|baby)\b|\bweekly allowance\b|\bsingle (?:mom|mother|dad|father) (?:of|with)\b|\bwrong number\b[^\n]{0,80}\byou (?:seem|look|sound) (?:really |so |very )?(?:nice|kind|sweet|friendly|lovely)\b|\blost my (?:wife|husband)\b[^\n]{0,80}\b(?:raising|alone|daughter|son)\b|\b(?:allowance|financial (?:help|support|assistance))\b[^.!?\n]{0,60}\b(?:per|a|every|each) (?:week|month)\b|(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:dollars|euros|pounds))\s*(?:per|a|every|each) (?:week|month)\b[^.!?\n]{0,80}\b(?:just|only|simply) (?:to|for) (?:chat(?:ting)?|talk(?:ing)?|keep(?:ing)? me company)\b|\b(?:weekly|monthly) allowance\b|\bsugar (?:daddy|baby|mommy|mummy)\b|\ballowance for (?:sweet|pretty|young|nice) (?:girls|ladies|women)\b/i,
  },
  {
    key: "spam.advance_fee",
    label: "Offers a share of a large sum, an inheritance or a confidential deal, the classic advance-fee fraud.",
    weight: 3.5,
    hint: /donate|give|leave|bequeath|lawyer|attorney|barrister|solicitor|proposal|transaction|deal|offer|worth|sum of|amount of|total of|inheritance|next of kin|beneficiary|consignment|unclaimed|transfer|diligence|processing|wire|recover|get back|retrieve|show you|show the|keys|restore|hacker/,
    re: /\b(?:confidential|lucrative|mutually beneficial|private|urgent) (?:business )?(?:proposal|transaction|deal|offer)\b|\b(?:worth|sum of|amount of|total of)\s+(?:us\s?)?[$£€]?\s?\d[\d.,]*\s?(?:million|m|billion)\b|\b(?:inheritance|next of kin|(?:named|listed) (?:as )?(?:the |a )?beneficiary|consignment box|unclaimed (?:funds|fund|deposit))\b|\btransfer (?:of )?(?:the )?(?:funds?|money|sum)\b|\b(?:due diligence|processing|release|legal review|administrative|activation|nomination|participation|listing|clearance) fee\b|\bsend (?:you )?the wire details\b|\b(?:recover|get back|retrieve)\b[^.!?\n]{0,40}\b(?:your (?:lost )?(?:funds|money|investment)|the money you lost)\b|\b(?:recover|restore)\b[^.!?\n]{0,40}\b(?:hacked|stolen|locked|disabled)\s+(?:accounts?|profiles?|wallets?)\b|\b(?:certified )?ethical hacker\b|\b(?:can't|cannot|can not) show (?:you )?the (?:flat|apartment|house|room|place)\b|\bsend (?:you )?the keys by (?:courier|mail|post)\b|\b(?:donate|give|leave|bequeath|transfer)\s+(?:the (?:sum|amount) of\s+)?(?:\$|€|£|usd\s?)?\d[\d.,]*\s?(?:million|m)\b|\bcontact my (?:lawyer|attorney|barrister|solicitor)\b/i,
  },
  {
    key: "spam.phishing",
    label: "Warns of a suspended account or offers verification, the way phishing messages do.",
    weight: 3,
    hint: /verify|confirm|validate|suspended|disabled|deleted|locked|restricted|removed|banned|copyright|community|verification|application|verified|appeal form|flagged|fee|parcel|package|secure your|digit code|login|receive the|receive your|card details|linkedln|faceb00k|instagrarn|redelivery|gift|code|phrase|wallet/,
    re: /\b(?:verify|confirm|validate) your (?:account|identity|page|profile)\b|\b(?:account|page|profile) (?:will be|has been|is being|may be) (?:suspended|disabled|deleted|locked|restricted|removed|banned)\b|\bcopyright (?:violation|infringement|strike)\b|\bviolat(?:ed|ing|ion of) (?:our |the )?community (?:standards|guidelines)\b|\b(?:blue (?:tick|badge|check)|verified badge) (?:verification|application)\b|\bget verified (?:now|today|here)\b|\bappeal form\b|\b(?:account|page|profile) (?:has been|was|is) flagged\b|\b(?:unpaid|outstanding) (?:customs|delivery|shipping) fees?\b|\byour (?:parcel|package) (?:could not|couldn't|was not|has not) be(?:en)? delivered\b|\bverify (?:it )?now to keep your (?:blue )?(?:check|badge|tick|account)\b|\bsecure your account (?:now|immediately|right away)\b|\b(?:6|six)-digit code\b|\b(?:will be|is being) restricted (?:in|within) \d+ hours\b|\bconfirm your login (?:details|data|information)\b|\b(?:click|tap)\b[^.!?\n]{0,30}\bto receive (?:the |your )?(?:money|payment|funds)\b|\benter your card details\b|\blinkedln\b|\bfaceb00k\b|\binstagrarn\b|\bredelivery fee\b|\b(?:apple|google play|amazon|itunes|steam) gift ?cards?\b[^\n]{0,120}\b(?:codes?|pictures?|photos?)\b|\bsend me (?:the )?(?:pictures?|photos?) of the codes\b|\b(?:seed|recovery) phrase\b|\bvalidate your wallet\b|\bconnect your wallet (?:at|to|on|here)\b|\b(?:accidentally|mistakenly|by mistake|by accident)\b[^.!?\n]{0,60}\bcode\b|\bcode\b[^.!?\n]{0,60}\b(?:by mistake|by accident|instead of (?:to )?(?:mine|my (?:phone|number)))\b|\bsend (?:it|the code|that code|the (?:\d|six)[- ]digit code) back\b|\b(?:send|forward|tell|give) me the (?:\d[- ]digit |verification |sms |security |login )?code\b|\b(?:send|dm|give) (?:us|me) (?:your|the) wallet address\b/i,
  },
  {
    key: "spam.adult",
    label: "Points to adult content or hook-ups.",
    weight: 2.5,
    hint: /only|hookup|escort|nudes|horny|girls|singles|women|ladies|milf|adult|18\+|video of you|your contacts|bitcoin|family|contacts|friends|followers|colleagues|🔞/,
    re: /\bonly ?fans\b|\bhookups?\b|\bescorts?\b|\bnudes\b|\bhorny\b|\b(?:sexy|hot|lonely) (?:girls|singles|women|ladies|milfs?)\b|\badult (?:dating|content|video)\b|\b18\+|\bi (?:have|recorded) (?:a |your )?video of you\b|\bsend (?:the|this) video to (?:all )?(?:of )?your contacts\b|\bpay\b[^.!?\n]{0,40}\bin bitcoin\b[^.!?\n]{0,80}\b(?:contacts|colleagues|friends|family)\b|\b(?:or|otherwise)\s+i(?:'ll| will)?\s+(?:post|send|share|leak)\b[^.!?\n]{0,60}\b(?:family|contacts|friends|followers|colleagues)\b|🔞/i,
  },
  {
    key: "spam.ambassador_pitch",
    label: "Recruits \"brand ambassadors\" or collaborators by mass message.",
    weight: 2,
    hint: /ambassador|influencer|affiliate|@|collab|main|shipping|become/,
    re: /\b(?:become|be) (?:a|an|our) (?:brand )?(?:ambassador|influencer|affiliate)\b|\bbrand ambassador (?:program|opportunity|position)\b|\b(?:dm|message|contact) (?:our|the) (?:main )?(?:page|account) @\w+|\b(?:write|message|contact|dm)\s+(?:to\s+)?our main (?:account|page)\b|\bbrand ambassadors? (?:wanted|needed)\b|\bdm (?:us|me) ["“']?collab\b|\bcollab(?:oration)? (?:opportunity|offer)\b[^.!?\n]{0,60}\b(?:dm|message)\b|\b(?:dm|message|text) (?:me|us) (?:for|about) (?:a |an |our )?(?:paid )?(?:collab|collaboration|partnership|promo|promotion)\b|\b(?:just|only) (?:pay|cover) (?:for )?(?:the )?shipping\b|\byou(?:'ve| have)? been (?:selected|chosen) to become (?:a|an|our)\b/i,
  },
  {
    key: "spam.fake_persona",
    label: "Describes a persona common in scam profiles (a soldier on a mission, an offshore engineer, a UN doctor).",
    weight: 2,
    hint: /army|navy|military|marine|mission|doctor|surgeon|peacekeeper|oil rig|offshore|deployed/,
    re: /\b(?:u\.?s\.?|united states|british|uk)\s+(?:army|navy|military|marine)s?\s+(?:officer|general|captain|sergeant|doctor|surgeon|commander)\b|\bpeace[- ]?keeping mission\b|\b(?:on|in) (?:a |an )?(?:peace|humanitarian|un|united nations) mission\b|\bpeace mission\b|\b(?:army|military|navy) (?:doctor|surgeon|nurse|general)\b[^.!?\n]{0,40}\b(?:mission|deployed|syria|afghanistan|yemen|iraq|somalia|libya)\b|\b(?:un|united nations)\s+(?:doctor|surgeon|peacekeeper|mission)\b|\b(?:oil rig|offshore)\s+(?:engineer|contractor|worker)\b|\b(?:working|work|stationed|based) on an? (?:offshore )?oil (?:rig|platform)\b|\bdeployed (?:in|to) (?:syria|afghanistan|yemen|iraq|somalia|libya|kabul|mali|sudan|south sudan)\b|\b(?:surgeon|doctor|physician|officer) (?:with|for) the (?:un|united nations)\b[^.!?\n]{0,60}\bdeployed\b/i,
  },
  {
    key: "spam.link_bait",
    label: "Baits a click: a shortened or prize link, a giveaway, a flash sale.",
    weight: 2.5,
    hint: /\/|click|bio|claim|winner|won|win|congrat|free|giveaway|flash sale|%|limited|act now|expires|selected|chosen/,
    re: /\b(?:bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|is\.gd|cutt\.ly|rb\.gy|shorturl\.at|tiny\.cc|t\.ly|rebrand\.ly)\/\S+|\bclick (?:the|this|my|on the|here)(?: link)?\b|\blink in (?:my |the )?bio\b|\bclaim (?:now|it now|your (?:prize|reward|gift|bonus))\b|\byou(?:'ve| have)? (?:been selected as (?:a|the|our) winner|won (?:a|an|our|the)\b)|\bcongratulations?\b[^.\n]{0,60}\b(?:winner|won|selected|prize)\b|\bfree (?:gift ?cards?|iphone|giveaway)\b|\bgift card giveaway\b|\bflash sale\b|\b\d{2}\s?% off\b|\blimited (?:time )?offer\b|\bact now\b|\bbefore it expires\b|\byou(?:'ve| have)? been (?:selected|chosen) to (?:receive|win)\b|\bclaim (?:it|yours|your gift|your prize) (?:before|within|in the next)\b|\bgiveaway\b[^\n]{0,80}\b(?:follow|retweet|rt|like|share|tag)\b|\b(?:follow|retweet|rt|like)\b[^\n]{0,40}\b(?:to win|and win|for a chance to win)\b|\b(?:daily|weekly) giveaway\b/i,
  },
  {
    key: "spam.follower_selling",
    label: "Trades or sells follows and likes.",
    weight: 3,
    hint: /4|follow|like|sub|views|promote your|shout|paid promotion|followers in|analysis|audit|verified|blue/,
    re: /\b(?:f4f|l4l|s4s|sub4sub|follow4follow|like4like)\b|\b(?:follow|like|sub|subscribe)\s*(?:4|for)\s*(?:follow|like|sub|subscribe)\b|\bfollow back guaranteed\b|\b100\s?% follow ?back\b|\b(?:buy|gain|get)\s+(?:\d[\d,.]*k?\s+)?(?:new\s+)?(?:real\s+|active\s+)?(?:followers|likes|subscribers|views)\b|\b(?:cheap|instant)\s+(?:followers|likes|subscribers)\b|\bpromote your (?:account|page|music|profile|business|brand|content)\b|\bshout ?outs? for \$|\bpaid promotion\b|\b\d[\d,.]*k?\s+(?:real\s+|active\s+)?(?:followers|likes)\s+for\s+(?:just\s+|only\s+)?[$£€]|\b\d+k (?:real |active )?followers in \d+ days\b|\bfree (?:growth )?(?:analysis|audit) of your (?:page|profile|account)\b|\b(?:get|buy) verified\b[\s\S]{0,60}?(?:\$|€|\bdm\b|\b\d+\s?h\b|\bonly\b)|\b(?:official )?blue (?:badge|tick|check(?:mark)?)\b[\s\S]{0,40}?(?:\$|€|\bdm\b|\b\d+\s?h\b|\bonly\b|\bprice\b)|\b\d[\d\s.,]*k?\s?(?:followers|likes|views|abonn[eé]s|seguidores|abonnenten|curtidas|vues)\s?=\s?(?:\$|€|r\$)?\s?\d/i,
  },
  {
    key: "spam.self_promotion",
    label: "Promotes their own channel, page or product instead of writing to you.",
    weight: 2,
    hint: /check|video|channel|track|song|cover|music|mixtape|sub|sucscribe|please|follow me|visit|"|“|get|start|join|receive|learn|claim|owner|guarantee|reply|dm|comment|type|write|send|show you/,
    re: /\bcheck (?:out )?(?:my|our) (?:new |latest )?(?:channel|page|profile|video|vids|music|songs?|tracks?|mixtape|website|site|blog|store|shop|link|playlist|account|covers?)\b|\bcheck (?:me|us) out\b|\b(?:come (?:and )?)?(?:watch|see|hear|listen to) (?:my|our) (?:new |latest |first )?(?:video|channel|track|song|cover|music|mixtape)\b|\b(?:subscribe|subcribe|sucscribe|sub) to (?:me|my|our)\b|\bplease (?:subscribe|sub|follow me|like and subscribe)\b|(?<!\b(?:asked|asks|wants|wanted|requested|requests|trying|tried|started|began) to )\bfollow me on (?:instagram|insta|ig|twitter|tiktok|soundcloud|spotify|twitch)\b|\b(?:i|we) (?:just )?(?:made|started|created) (?:a|my|our) (?:new )?(?:\w+ )?channel\b|\bvisit (?:my|our|the|this) (?:channel|website|web site|site|page|store|shop|blog|link)\b|\b(?:just |please )?(?:search|look up|type in|google)[ \t]+(?:for[ \t]+)?["“]|\bplease look up\b|\b(?:dm|message|text|reply)\s+(?:me\s+)?["“']?[A-Z]{3,}["”']?\s+to\s+(?:get|start|join|receive|learn|claim)\b|\bhello,? business owner\b|\bdear (?:website|site|business|page) owner\b|\bguarantee(?:d)? (?:top[- ]?(?:3|5|10)|first[- ]page|page[- ](?:one|1)) (?:rankings?|results?|on google)\b|\breply (?:with )?[\"“']?(?:yes|remove|stop)[\"”']?\b[^\n]{0,60}\b(?:unsubscribe|remove|list|call|audit|quote)\b|\breply [\"“']?remove[\"”']?\b|\b(?:dm|message|text|comment|reply|type|write|send)\s+(?:me\s+|us\s+)?(?:the word\s+)?["“'«]\s?[a-z]{2,12}\s?["”'»]|\breply\s+["“']?(?:interested|yes|info|ready|me|go)["”']?\s+and (?:i|we)(?:'ll| will)\b|\b(?:i can|let me) show you how i (?:changed my life|turned my life around|make|earn|quit my job)\b/i,
  },
  {
    key: "spam.payment_request",
    label: "Asks for money in a way that cannot be traced or taken back: a fee up front, gift-card codes, a transfer to a private account.",
    weight: 3.5,
    hint: /fee|cuota|tasa|tarifa|taxa|geb|frais|kosten|cost|cust|coût|licen|lizenz|gift|card|karte|tarjeta|carte|cart|friends|familie|famille|amigos|pix|cpf|anydesk|teamviewer|kit|cash|zelle|venmo|bizum|transcash|neosurf|pcs/,
    // every language: "a speaker fee of €1,250", "€490 for the NDA registration fee", "frais de dossier de 450 €", "Google Play cards … the codes", "PayPal Friends & Family", "Pix para o CPF"
    re: /\b(?:fee|fees|cuota|tasa|tarifa|taxa|\p{L}*geb(?:ü|ue|u)hr|frais|kostenbeitrag|honorarios|coste|costo|custo|co(?:û|u)t|licen(?:c|s|ç)[ea]|lizenz|starter ?kit|kit de (?:démarrage|demarrage|inicio|início|boas-vindas))\b[^.!?\n]{0,60}?(?:[$€£]\s?\d|\br\$\s?\d|\d[\d.,\s]*\s?(?:€|eur\b|euros?\b|usd\b|\$|reais\b|dollars?\b))|(?:[$€£]\s?\d[\d.,]*|\br\$\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euros?\b|usd\b|reais\b|dollars?\b))[^.!?\n]{0,50}?\b(?:fee|cuota|tasa|taxa|\p{L}*geb(?:ü|ue|u)hr|frais|de (?:inscripción|inscripcion|inscrição|inscricao|dossier|registro|credenciamento)|starter ?kit|kit)\b|\b(?:google play|apple|itunes|amazon|steam|paysafe(?:card)?|razer gold)\b[^.!?\n]{0,30}\b(?:gift ?cards?|cards?|karten|gutscheine?|gutscheinkarten|tarjetas?|cartes?|cart(?:õ|o)es?)\b|\b(?:gift ?cards?|geschenkkarten|gutscheinkarten|guthabenkarten|tarjetas? regalo|cartes? cadeaux?|cart(?:õ|o)es?[- ]presente)\b[^\n]{0,120}\b(?:codes?|c(?:ó|o)digos?)\b|\b(?:friends (?:and|&) family|freunde (?:und|&) familie|amis (?:et|&) famille|amigos (?:e|y|&) fam(?:í|i)lia)\b|\bpix\b[^.!?\n]{0,40}\bcpf\b|\b(?:cash ?app|zelle|venmo|bizum|transcash|neosurf|pcs)\b[^.!?\n]{0,40}(?:[$€£]\s?\d|\d[\d.,]*\s?(?:€|\$|eur|usd|dollars?|euros?))|(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?|dollars?))[^.!?\n]{0,30}\b(?:on|via|por|par|per|pelo|en) (?:cash ?app|zelle|venmo|bizum|transcash|neosurf|pcs)\b|\b(?:install|installez|installieren sie|instale|instala|descarga|descargue|baixe|baixar|download|herunterladen|laden sie|t(?:é|e)l(?:é|e)charger)\b[^.!?\n]{0,60}\b(?:anydesk|teamviewer|quicksupport|ultraviewer)\b/iu,
  },
  {
    key: "spam.wrong_number",
    // "Hi, is this Linda? … sorry, wrong person! … I trade gold with my uncle": how investment scams open
    label: "Says the message was meant for someone else, then turns to investing or trading: how investment scams open.",
    weight: 3.5,
    hint: /wrong|mistake|accident|saved|fate|destiny|coincidence/,
    re: /\b(?:wrong (?:number|person|contact|chat|account|profile)|(?:texted|messaged|added|sent (?:this|that|it) to) the wrong|saved (?:the|your|this) (?:contact|number) wrong|(?:messaged|added|texted) you by (?:mistake|accident))\b[^]{0,400}?\b(?:trad(?:e|es|ing|er)|invest(?:s|ing|ment|ments|or)?|gold|crypto\w*|bitcoin|forex|stocks?|portfolio|analyst|futures|contracts?)\b|\b(?:wrong (?:number|person|contact|chat|account|profile)|(?:texted|messaged|added) the wrong)\b[^]{0,200}?\b(?:you (?:look|seem) (?:like )?(?:a |such a )?(?:nice|kind|friendly|sweet|lovely)|(?:maybe |must be )?(?:it'?s |it was )?fate|destiny|(?:not|no) (?:a )?coincidence)/i,
  },
  {
    key: "spam.boss_fraud",
    // "are you available? I need a quick favour … I'm in a meeting and can't call … gift cards"
    label: "Asks for an urgent, discreet favour while unable to talk, the way scammers posing as a boss or a friend do.",
    weight: 3,
    hint: /favo|task|errand|meeting|call|talk|mum|mom|new number|new phone/,
    re: /\b(?:hi|hey|hello)\s+(?:mum|mom|mummy|mommy|mama|dad)\b[^\n]{0,160}\bnew (?:number|phone)\b|\bthis is my new number\b|\b(?:quick|small|urgent|discreet|confidential|personal)\s+(?:favou?r|task|errand)\b[^]{0,200}?\b(?:in (?:a|an) (?:meeting|conference call)|can'?t (?:talk|call|take (?:a )?calls?|speak)|cannot (?:talk|call|speak)|unable to (?:talk|call|speak))\b|\b(?:in (?:a|an) (?:meeting|conference call)|can'?t (?:talk|call|take (?:a )?calls?|speak)|cannot (?:talk|call|speak))\b[^]{0,200}?\b(?:quick|small|urgent|discreet|confidential)\s+(?:favou?r|task|errand)\b/i,
  },
  {
    key: "spam.engagement_farming",
    label: "Farms likes, views, votes or subscribers.",
    weight: 1.5,
    hint: /help|road to|subs|appreciate|give|please|vote/,
    re: /\bhelp (?:me|us|him|her|them) (?:get|reach|hit|to reach|get to) (?:\d[\d,.]*\s?[km]?\s+)?(?:views|followers|subscribers|subs|likes|votes)\b|\broad to \d+\s?k?\s+(?:subs|subscribers|followers)\b|\b(?:get|got|gain|some|more) subs\b|\bappreciate (?:it )?if (?:i|you) (?:got|get|could get|gave me) (?:some |a few )?(?:subs|subscribers|followers|likes)\b|\bgive (?:it|this|me|us) a (?:like|thumbs up|follow)\b|\bplease (?:vote|share|like|repost|retweet)\b|\bvote for (?:me|us|my|our)\b/i,
  },
  {
    key: "spam.donation_appeal",
    label: "Asks a stranger for money for a cause, a common scam on social platforms.",
    weight: 2,
    hint: /gofundme|go fund me|donat|raise|relief|victims|western union|moneygram/,
    re: /\b(?:gofundme|go fund me|donate (?:to|now|here|today)|raise money for|help (?:me|us) raise|send (?:a )?donations?)\b|\b(?:relief fund|disaster relief|victims of the (?:hurricane|earthquake|flood|wildfire))\b[^]{0,400}?\b(?:cash ?app|zelle|paypal|venmo|gmail)\b|\bdonate (?:anything|whatever|what) you can\b|\b(?:by|via|through|por|par|per|über|uber) (?:western union|moneygram)\b|\bwestern union\b[^.!?\n]{0,40}\b(?:name|nombre|nom|namen|nome)\b/i,
  },
];

const PATTERNS: CompiledPattern[] = PATTERN_SOURCES.map((p) => ({ ...p, all: new RegExp(p.re.source, `${p.re.flags}g`) }));

/** "@crypto_wealth_8841", "anna19920417": handles with a long run of digits, typical of mass-made accounts. */
function digitStuffedHandle(parsed: ParsedRequest): string | null {
  for (const h of parsed.handles) {
    const bare = h.replace(/^@/, "");
    if (/\d{4,}/.test(bare) && /[a-z]/i.test(bare) && !/(?:19|20)\d\d$/.test(bare)) return h;
  }
  return null;
}

/**
 * A username made of a pitch: "earn5k.weekly.dm.me", "criptosenales_vip.dinero", "gagner.argent.facile_fr",
 * "buy.followers.cheap_24h". Split at dots, underscores and digits; a money or crypto word and one more
 * pitch word make it one (a person's "ana.trader" or "maria.invest" has one word only).
 */
// (and a prize: "gratis.iphone15.gewinnspiel", "promo.iphone.gratuit_2024")
const HANDLE_MONEY_RE = /^(?:crypto|cripto|krypto|bitcoin|btc|forex|usdt|airdrop|signals?|senales|signale|sinais|earn|earning|cash|money|dinero|dinheiro|argent|geld|profit|profits|lucro|renda|income|rich|wealth|gagner|ganar|gana|ganhe|pix|\d+k|iphone|gewinnspiel|sorteo|sorteio|giveaway|concours|ganancias|ganhos|gains|gewinne|paid)$/;
const HANDLE_PITCH_RE = /^(?:trader|trading|invest|investing|investor|weekly|daily|diario|diaria|diarios|diarias|semana|week|extra|facile|facil|easy|fast|rapido|vip|free|gratis|gratuit|gratuito|dm|followers|seguidores|likes|promo|giveaway|sorteo|oficial|official|mentor|coach|fx|club|academy|academia|signals?|senales|buy|cheap|reich|rico|rica|riche|werden|inversion|inversiones|investimento|daddy|sugar|4u)$/;
function pitchHandle(text: string): { key: string; evidence: string } | null {
  for (const handle of text.match(/(?<![\w@.])@?[a-z0-9]+(?:[._][a-z0-9]+){1,5}(?![\w@])/gi) ?? []) {
    const words = handle.toLowerCase().replace(/^@/, "").split(/[._]+|(?<=\D)(?=\d)|(?<=\d)(?=[a-z]{3,})/).filter(Boolean);
    const money = words.filter((w) => HANDLE_MONEY_RE.test(w)).length;
    const pitch = words.filter((w) => HANDLE_PITCH_RE.test(w) && !HANDLE_MONEY_RE.test(w)).length;
    if (money >= 1 && money + pitch >= 2) return { key: "spam.money_pitch", evidence: handle };
    if (words.some((w) => /^(?:followers|seguidores|abonnes|follower)$/.test(w)) && words.some((w) => /^(?:buy|cheap|free|gratis|gratuit|\d+k)$/.test(w))) return { key: "spam.follower_selling", evidence: handle };
  }
  return null;
}

/** WhatsApp's own hosts, which no surface of ours lists (the platforms' own are in lib/triage/surfaces). */
const WHATSAPP_HOST_RE = /(?:^|\.)(?:whatsapp\.com|wa\.me)$/;
const PLATFORM_WORD = /^(?:linkedin|linkedln|facebook|faceb00k|fb|meta|instagram|insta|instagrarn|whatsapp|twitter|messenger)$/;

/** "https://linkedin-verifizierung.support/konto", "fb-meta-page-appeal.com": a site dressed as a platform's own. */
function lookalikeLink(parsed: ParsedRequest): string | null {
  for (const link of parsed.links) {
    const host = link.replace(/^[a-z]+:\/\//i, "").replace(/[/?#:].*$/, "").toLowerCase().replace(/^www\./, "");
    // a link elsewhere that names a platform ("linkedin-verifizierung.support") imitates it
    if (!host.includes(".") || isOwnHost(host) || WHATSAPP_HOST_RE.test(host)) continue;
    if (host.split(/[.-]/).some((w) => PLATFORM_WORD.test(w))) return link;
  }
  return null;
}

/** A person's account named as the platform's staff: "LinkedIn Support Team", "Meta Pro Support", "Meta Verified Brasil". */
const STAFF_NAME_RE =
  /^(?:the\s+)?(?:linkedin|meta|facebook|instagram|whatsapp|twitter|x)(?:\s+(?:pro|business|premium|official|oficial|officiel|offiziell))?\s+(?:support|security|safety|help|helpdesk|verified|verification|verifica\w*|trust|team|care|service|services|compliance|copyright|account|accounts|assistance|soporte|suporte|seguran\w*|sicherheit\w*|s[eé]curit[eé]|equipe|équipe|equipo)\b/i;
function staffName(parsed: ParsedRequest, text: string): string | null {
  const first = [parsed.name, parsed.headline, text.trimStart().split("\n", 1)[0]].find((s) => s && STAFF_NAME_RE.test(s.trim()));
  return first ? first.trim().slice(0, 80) : null;
}

const IMPERSONATION = "Poses as the platform itself: a look-alike of its site, or an account named as its staff.";
/** The sentence of a kind of signal, as its patterns say it. */
const labelOf = (key: string): string => PATTERN_SOURCES.find((p) => p.key === key)!.label;

/** A mail-merge field left unfilled: "Bonjour {{first_name}}", "Hi [First Name]": the message went to thousands. */
const TEMPLATE_FIELD_RE = /\{\{\s*[\w.]+\s*\}\}|\{(?:first_?name|firstname|name|company)\}|\[(?:first ?name|name|company|prénom|nombre|vorname)\]|%(?:first_?name|name)%/i;

/**
 * The persona of scam profiles, in any of the five languages: widowed, on a mission with
 * the army or the UN, on an oil rig, posted in a war zone (folded text).
 */
const PERSONA_RE =
  /\b(?:widow(?:ed|er)?|verwitwet|witwer|viud[oa]|viuv[oa]|veu(?:f|ve)|oil rig|offshore|bohrinsel|army|navy|military|militar|militaire|militare|armee|ejercito|exercito|un medical|uno|onu|united nations|naciones unidas|nacoes unidas|nations unies|vereinten nationen|peace ?keep\w*|yemen|jemen|iemen|syria|syrien|siria|syrie|afghanistan|afganistan|afeganistao|libya|libyen|somalia|iraq|irak|iraque|sanaa|kabul|bamako)\b|\b(?:un|uno)-\w+/;
/** A note that only greets and asks how one is: "Hello dear, how are you doing today?", "Olá querida, tudo bem com você?". */
const BARE_GREETING_RE =
  /^(?:hello|hi|hey|hallo|hola|ola|oi|bonjour|bonsoir|salut|coucou|ciao|good (?:morning|day|evening))\b[^.!?]{0,30}[,.!?]?\s*(?:how are you[^.!?]{0,25}|wie geht(?:'s| es)? (?:dir|ihnen)|como estas|como esta|que tal|tudo bem[^.!?]{0,15}|comment (?:vas-tu|allez-vous)|ca va)?\s*[?!.]*/;

/** A scam profile's persona with a bare greeting for a note: the whole opening of a romance scam. */
function stockPersona(text: string, parsed: ParsedRequest): string | null {
  const note = parsed.note ? fold(parsed.note).replace(/[\p{Extended_Pictographic}\uFE0F]/gu, "").trim() : "";
  if (!note || note.split(/\s+/).length > 22 || !BARE_GREETING_RE.test(note) || (parsed.mutualConnections ?? 0) > 2) return null;
  // after the greeting, at most a wish for the day: "i hope you are fine", "Ich hoffe, du hattest einen schönen Tag"
  const rest = note.replace(BARE_GREETING_RE, "").trim();
  if (rest && !/^(?:i hope|ich hoffe|espero|j'espere)\b/.test(rest)) return null;
  const profile = fold(text.replace(parsed.note ?? "", " "));
  const m = PERSONA_RE.exec(profile);
  return m ? m[0] : null;
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

/** Up to MAX_HITS matches of `re` (which has the g flag) with different words. */
function distinctHits(re: RegExp, text: string): string[] {
  const hits: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && hits.length < MAX_HITS; m = re.exec(text)) {
    const hit = m[0].trim();
    if (hit && !hits.some((h) => h.toLowerCase() === hit.toLowerCase())) hits.push(hit);
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

/** The platform signals found in the text, with their weights. */
export function socialSpamSignals(text: string, parsed: ParsedRequest, language?: string): WeightedSignal[] {
  const out: WeightedSignal[] = [];
  const lower = text.toLowerCase();
  for (const p of PATTERNS) {
    // the cheap word scan first: most texts hold none of a pattern's words
    if (!p.hint.test(lower)) continue;
    const hits = distinctHits(p.all, text);
    hits.forEach((evidence, i) => out.push({ weight: p.weight * (i === 0 ? 1 : EXTRA_HIT_FACTOR), signal: { key: p.key, label: p.label, evidence } }));
  }
  out.push(...scamCueSignals(text, language, PATTERN_SOURCES, out, EXTRA_HIT_FACTOR, MAX_HITS)); // the same cues in es, de, fr, pt (lib/triage/lang)
  const lookalike = lookalikeLink(parsed);
  if (lookalike) out.push({ weight: 3, signal: { key: "spam.impersonation", label: IMPERSONATION, evidence: lookalike } });
  const staff = staffName(parsed, text);
  if (staff) out.push({ weight: 2, signal: { key: "spam.impersonation", label: IMPERSONATION, evidence: staff } });
  // (the app shows one sentence per key: these say what their pattern's kind says)
  const field = TEMPLATE_FIELD_RE.exec(text);
  if (field) out.push({ weight: 3, signal: { key: "spam.self_promotion", label: labelOf("spam.self_promotion"), evidence: field[0] } });
  const persona = stockPersona(text, parsed);
  if (persona) out.push({ weight: 3, signal: { key: "spam.fake_persona", label: labelOf("spam.fake_persona"), evidence: persona } });
  const pitch = pitchHandle(text);
  // (a username alone has no words for the text model, whose vote then sits at its floor: the pitch must outweigh it)
  if (pitch && !out.some((o) => o.signal.key === pitch.key)) out.push({ weight: 3.5, signal: { key: pitch.key, label: labelOf(pitch.key), evidence: pitch.evidence } });
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
/** What a chat app named counts for when the note says the two met in person and nothing else reads like a scam. */
const MET_IN_PERSON_FACTOR = 0.3;

/** The text the model reads: the request minus the platform's own lines (buttons, the mutual-connection count). */
export function modelInput(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^\s*(?:accept|ignore|confirm|delete|decline|message|reply|follows you|view profile)\s*$/i.test(l))
    .map((l) => l.replace(/\b\d[\d,.]*\s*(?:mutual|shared)\s+(?:connections?|friends?|followers?)\b|\b\d[\d,.]*\s+connections? in common\b|\brequested to follow you\b/gi, " "))
    .join("\n");
}

/** The log-odds the decision compares with the threshold: the model's margin (floored), plus the signals, minus trust in a known person. */
export function combinedScore(modelZ: number, social: WeightedSignal[], known = false): number {
  let total = Math.max(modelZ, MODEL_FLOOR);
  for (const s of social) total += s.weight;
  return known ? total - KNOWN_PERSON_TRUST : total;
}

/**
 * `text` is what the model and the signals read. The engine passes the person's own words
 * (parse.ts `personText`, `personWords: true`): the interface's lines are already gone, so
 * `modelInput` has nothing left to take out.
 */
export function assessSpam(
  text: string,
  parsed: ParsedRequest,
  options: { model?: SpamModel; known?: boolean; personWords?: boolean; language?: string; sharedContext?: () => boolean; metInPerson?: () => boolean } = {},
): SpamAssessment {
  const model = options.model ?? shippedSpamModel();
  const vote = modelVote(modelMargin(options.personWords ? text : modelInput(text), model), options.language); // lib/triage/lang: the model's vote outside English
  // a card with a role at a company and mutual connections is someone's real profile: the model's
  // "spam" (learned from SMS and comments, where a recruiter's "Open to a quick chat?" reads as a pitch) counts for less
  // and so does a note that names where the two met ("from the r/melbourne thread about brunch", "we met at the summit"):
  // a chatty note reads like SMS spam to the model, and a scam's own cues still count in full
  // (from someone the paste names: a comment under a video names no one)
  const z = vote > 0 && (hasProfileCard(parsed) || (!!parsed.name && options.sharedContext?.())) ? vote - PROFILE_CARD_TRUST : vote;
  const found = socialSpamSignals(text, parsed, options.language);
  // a neighbour or the food truck's owner met in person may well say "me chama no zap": a chat app named is no scam on its own then
  // (a scam's other cues, money, romance, a prize, still count in full)
  const social = found.length && found.every((s) => s.signal.key === "spam.off_platform") && options.metInPerson?.() ? found.map((s) => ({ ...s, weight: s.weight * MET_IN_PERSON_FACTOR })) : found;
  const total = combinedScore(z, social, options.known);
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
