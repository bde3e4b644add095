// English: the engine's original words, moved here unchanged (English behaviour must not change).
import type { Platform, ReasonKey, Tone } from "../schema";
import type { DraftVoice, LanguagePack } from "./types";

const DEFAULT_REASONS: Record<ReasonKey, string> = {
  competitor: "My company policy prohibits me from connecting with competitors.",
  blocked_role: "I have a personal rule of not connecting with people in your line of work on {platform}, and I keep it for everyone.",
  not_known_in_real_life: "I only connect with people I know in real life.",
  no_personal_note: "I only accept invitations that come with a short personal note about why we should connect.",
};

const REASON_VARIANTS: Record<ReasonKey, Record<Tone, string[]>> = {
  competitor: {
    warm: [
      DEFAULT_REASONS.competitor,
      "My company's policy doesn't allow me to connect with people at competing companies, and I keep to it.",
      "Because of my company's policy, I can't connect with people who work for competitors.",
    ],
    formal: [
      DEFAULT_REASONS.competitor,
      "Company policy does not permit me to connect with employees of competing firms.",
      "Under my employer's policy, I am unable to connect with people who work for competitors.",
    ],
    brief: [DEFAULT_REASONS.competitor, "Company policy: I can't connect with competitors.", "My employer's policy rules out connecting with competitors."],
  },
  blocked_role: {
    warm: [
      "I have a personal rule of not connecting with {roles} on {platform}, and I keep it for everyone.",
      "On {platform}, I keep my network to people I work with directly, so I don't connect with {roles}, whoever they are.",
      "It's a rule of mine not to connect with {roles} on {platform}; it isn't about you.",
    ],
    formal: [
      "I make it a rule not to connect with {roles} on {platform}, and I apply it to everyone.",
      "On {platform}, I keep my network to direct working relationships, so I do not connect with {roles}.",
    ],
    brief: ["I don't connect with {roles} on {platform}, as a rule.", "I keep a rule of not connecting with {roles} here."],
  },
  not_known_in_real_life: {
    warm: [
      DEFAULT_REASONS.not_known_in_real_life,
      "I keep my connections on {platform} for people I know well in real life.",
      "I only connect here with people I've met in person.",
    ],
    formal: [DEFAULT_REASONS.not_known_in_real_life, "I reserve my connections on {platform} for people I know personally."],
    brief: [DEFAULT_REASONS.not_known_in_real_life, "On {platform}, I only connect with people I know in person."],
  },
  no_personal_note: {
    warm: [
      DEFAULT_REASONS.no_personal_note,
      "I only accept invitations that come with a few words about why we should connect.",
      "I only connect when an invitation comes with a short note about what we have in common.",
    ],
    formal: [
      DEFAULT_REASONS.no_personal_note,
      "I accept only invitations accompanied by a brief note on the purpose of connecting.",
    ],
    brief: ["I only accept invitations with a personal note.", DEFAULT_REASONS.no_personal_note],
  },
};

const SHORT_REASONS: Record<ReasonKey, string> = {
  competitor: "Company policy: I can't connect with competitors.",
  blocked_role: "I don't connect with {roles} here, as a rule.",
  not_known_in_real_life: "I only connect with people I know in real life.",
  no_personal_note: "I only accept invitations with a personal note.",
};

const THANKS: Record<Tone, string[]> = {
  warm: [
    "Thank you so much for your {request}; it was kind of you to think of me.",
    "Thanks a lot for the {request}; I really appreciate you reaching out.",
    "Thank you for reaching out and for the kind {request}.",
  ],
  formal: ["Thank you for your {request}.", "Thank you for reaching out with your {request}.", "I appreciate your {request} and the thought behind it."],
  brief: ["Thanks for the {request}.", "Thanks for reaching out.", "Thank you for the {request}."],
};

const STAY_IN_TOUCH: Record<"blocked_role" | "not_known_in_real_life" | "no_personal_note", Record<Tone, string[]>> = {
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

const voice = (tone: Tone): DraftVoice => ({
  thanks: THANKS[tone],
  reasons: {
    competitor: REASON_VARIANTS.competitor[tone],
    blocked_role: REASON_VARIANTS.blocked_role[tone],
    not_known_in_real_life: REASON_VARIANTS.not_known_in_real_life[tone],
    no_personal_note: REASON_VARIANTS.no_personal_note[tone],
  },
  shortReasons: SHORT_REASONS,
  offers: {
    blocked_role: STAY_IN_TOUCH.blocked_role[tone],
    not_known_in_real_life: STAY_IN_TOUCH.not_known_in_real_life[tone],
    no_personal_note: STAY_IN_TOUCH.no_personal_note[tone],
  },
  closings: CLOSINGS[tone],
  signOffs: SIGN_OFFS[tone],
  rolesFallback: "people in your line of work",
  companyFallback: "your company",
});
const VOICES: Record<Tone, DraftVoice> = { warm: voice("warm"), formal: voice("formal"), brief: voice("brief") };

const REQUEST_NOUNS: Record<Platform, string> = {
  linkedin: "invitation to connect",
  facebook: "friend request",
  instagram: "follow request",
  x: "message",
  other: "request to connect",
};

const PLATFORM_NAMES: Record<Platform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", instagram: "Instagram", other: "this platform" };

/** "Thanks…" → "thanks…", but "I…" stays. */
function lowerFirst(s: string): string {
  return /^(?:I\b|I')/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

export const en: LanguagePack = {
  code: "en",
  name: "English",
  nativeName: "English",
  roles: {
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
  "public relations": ["public relations", "pr manager", "pr consultant", "pr specialist", "pr executive", "pr agency", "press officer", "publicist", "media relations", "communications consultant"],
  },
  selfDescription: String.raw`(?:\b(?:i'?m|i am|i work as|i work in|working as|work in|as an?|i'?ve been an?|i lead|i run|i head|my role is|i'?m now|now an?|we'?re|we are)\s+(?:(?:a|an|the|now|also|currently|still)\s+)*(?:[\p{L}-]+\s+){0,3})$`,
  salesPitch: String.raw`\b(?:open to|up for|time for|interested in) (?:a |an )?(?:quick |short |brief )?(?:\d+[- ]?min(?:ute)?s?\s+)?(?:demo|product demo|walkthrough|discovery call)\b|\bwe (?:built|created|developed|make|offer) \w+(?: \w+)? to (?:cut|reduce|save|help|automate|speed up|improve)\b|\b(?:companies|businesses|teams|brands|agencies|firms|startups|organi[sz]ations|leaders|founders) like (?:yours|you)\b|\b(?:book|schedule|set up|arrange|hop on) (?:a|your) (?:free |quick |short )?(?:demo|discovery call|sales call)\b|\b(?:show|give) you a (?:quick |short )?demo\b|\b(?:our|my) (?:platform|solution|software|tool|product|service|services|agency|app) (?:helps|can help|could help|allows|enables|lets|has helped)\b|\bqualified (?:leads|demos|meetings|appointments|prospects)\b|\bfill (?:your|their) (?:calendar|pipeline|sales pipeline)\b|\b(?:free|complimentary) (?:audit|consultation|trial|strategy call)\b|\bare you the right person to (?:speak|talk) (?:to|with)\b`,
  meeting: {
    online: [
    String.raw`\b(?:your|the|a|last night's|yesterday's|an x|a twitter)\s+(?:twitter\s+|x\s+)?space\b|\b(?:in|on|during)\s+your\s+(?:live|livestream|live stream|stream)\b|\bcomment thread\b|\b(?:commented|commenting|replies|replied|subreddit|reddit|slack|discord|forum|online|virtual(?:ly)?|zoom|webinar|livestream|live stream|twitter space|x space|hashtag|timeline|chatted|chatting|dm'?d|dms|direct message|group chat|on here|here on (?:linkedin|facebook|instagram|x|twitter))\b`,
    String.raw`\b(?:your|the|a|my|this|that|our|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|posts|comment|comments|thread|threads|article|blog|video|reel|story|stories|tweet|tweets|newsletter|podcast|stream|group|community|feed|channel|space|reply)\b`,
    String.raw`\b(?:in|on|from)\s+(?:the|a|our|your)\s+(?:[\p{L}-]+\s+){0,2}?chat\b`,
    String.raw`\b(?:group|community)\b`,
    ],
    inPerson: [
    String.raw`\b(?:parents'? evening|parent-teacher (?:conference|meeting|night)|pta meeting|school gate|offsite|off-site|company retreat|team retreat|away day|coffee line|lunch line|after-?party|conference|summit|meetup|meet-up|booth|expo|trade ?show|career fair|job fair|trade fair|wedding|funeral|school|high school|college|university|campus|dorm|roommates?|classmates?|colleagues?|co-?workers?|teammates?|hackathon|keynote|gym|church|mosque|temple|synagogue|neighbou?rs?|neighbou?rhood|book club|in person|in-person|irl|in real life|cousin|aunt|uncle|childhood|grew up|hometown|bumped into|sat next to|rehearsals?|choir|orchestra|band practice)\b`,
    String.raw`\b(?:worked|work|working|studied|served|volunteered|played|trained)\s+together\b`,
    String.raw`\b(?:nice|great|good|lovely|wonderful)\s+(?:meeting|seeing|to meet|to see|chatting with|talking to)\s+you\b(?!\s+(?:online|on|in the|here|virtually))`,
    String.raw`\b(?:met|meeting|saw|seeing|see|sat|talked|spoke|chatted)\s+(?:you\s+|briefly\s+|each other\s+)?(?:at|during|after)\s+(?!(?:the\s+|a\s+|your\s+|my\s+)?(?:webinar|zoom|thread|post|group|slack|discord|chat|comments?|online|virtual))`,
    String.raw`\b(?:at|during|after|from)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|my\s+|sam's\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:breakfast|lunch|dinner|brunch|drinks|party|reception|event|workshop|seminar|panel|talk|class|classes|club|office|retreat|festival|concert|game night|bbq|barbecue|gala|ceremony|offsite|off-site|training)\b`,
    // ("our team", "the same class", "on your team", "in my cohort"; not "I shared it with my team", "what your team built")
    String.raw`\b(?:same|our)\s+(?:[\p{L}-]+\s+)?(?:class|classes|team|office|club|course|program|cohort|building|floor)\b|\b(?:in|on|at|from|joined|visited)\s+(?:your|my)\s+(?:[\p{L}-]+\s+)?(?:class|classes|team|office|club|course|program|cohort|building|floor)\b`,
    String.raw`\b(?:your|the|a|his|her)\s+(?:[\p{L}-]+\s+)?(?:talk|presentation|session|keynote|panel|workshop|booth|stand)\s+at\b`,
    ],
    onlineEvent: [String.raw`\b(?:virtual|online|remote|zoom)\s+(?:conference|summit|meetup|event|workshop|panel|class|classes|hackathon|fair|seminar|coffee|course|program|cohort|team)\b`],
  },
  stockPhrases: [
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
  ],
  scam: {},
  grace: {
    hurtful: String.raw`\b(?:spam|spammy|spammer|spamming|fake|phony|phoney|creep|creepy|annoying|annoyed|weird|weirdo|stupid|dumb|idiot|idiotic|moron|loser|pathetic|desperate|scam|scammer|scammy|stalker|stalking|stalk|bot|shady|sketchy|sleazy|pushy|clueless|lame|cringe|cringy|gross|disgusting|ridiculous|waste of (?:my )?time|go away|leave me alone|get lost|back off|people like you|your kind|who are you|don'?t bother|never contact me|stop contacting me)\b`,
    sarcasm: String.raw`(?:^|\s)\/s\b|\byeah,? right\b|\bas if\b|\bnice try\b|\bgood luck with that\b|\bbless your heart\b|\bno offen[cs]e\b|\bwith all due respect\b|\bobviously\b|\bclearly you\b|\bsure,? because\b|\bcongrats(?:ulations)? on (?:trying|the attempt)\b|\bhow original\b|\bwow,? just wow\b|\blol\b|\blmao\b|\brofl\b|😂|🙄|🙃|😏|🤡|🤣|["“‘'](?:networking|opportunity|connect|friend|professional)["”’']`,
    apology: String.raw`\b(?:sorry|apolog(?:y|ies|ise|ize|ising|izing)|forgive me|i feel (?:so |really )?(?:bad|terrible|awful)|regret)\b`,
    strongApology: String.raw`\b(?:so|very|really|terribly|deeply|truly|extremely|awfully) sorry\b|\b(?:sincerely|deeply|truly) apologi[sz]e\b|\bplease forgive me\b`,
    falsePromise: String.raw`\bmaybe (?:later|another time|next time|in the future|some ?day|down the road)\b|\bsome ?day\b|\banother time\b|\bnot (?:right )?now\b|\bnot at (?:this|the moment|the present) (?:time|moment)?\b|\bnot at the moment\b|\bfor now\b|\bat (?:the|this) (?:moment|point|time)\b|\bright now\b|\bdown the (?:road|line)\b|\bcircle back\b|\breconsider\b|\brevisit\b|\bkeep you in mind\b|\bin (?:a|the) (?:while|future)\b|\bnext time\b|\bonce things (?:change|settle)\b|\bwhen things (?:change|settle|calm down)\b|\bperhaps later\b|\blater on\b`,
    thanks: String.raw`\b(?:thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red)\b`,
    preachy: String.raw`\byou (?:should|need to|must|ought to|have to) (?:really |always |first |at least )?(?:learn|know|read|personali[sz]e|understand|consider|think|research|try|include|write|add)\b|\bnext time,? (?:please |try |you )|\bproper (?:etiquette|networking)\b|\bit(?:'s| is) (?:rude|impolite|bad form|poor form)\b|\bas a (?:friendly )?(?:tip|reminder|piece of advice)\b|\bit is customary\b|\bdid you even\b`,
  },
  draft: {
    voice: (tone) => VOICES[tone],
    requestNoun: (platform) => REQUEST_NOUNS[platform],
    platformName: (platform) => PLATFORM_NAMES[platform],
    greeting: ({ tone, firstName, name }) =>
      tone === "formal" ? (name || firstName ? `Dear ${name || firstName},` : "Hello,") : firstName ? `Hi ${firstName},` : "Hi there,",
    opening: ({ firstName }, thanks, short) =>
      !short ? `${firstName ? `Hi ${firstName}` : "Hi there"}, ${lowerFirst(thanks)}` : firstName ? `Hi ${firstName}, ${lowerFirst(thanks)}` : thanks,
    shortTone: () => "brief",
    lowercaseAfterGreeting: false,
    alsoNoNote: "I also ask for a short personal note with every request.",
    defaultReasons: DEFAULT_REASONS,
    roleWords: {
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
  "public relations": "people in public relations",
    },
  },
};
