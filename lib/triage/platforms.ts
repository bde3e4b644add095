// What the engine knows about each platform: its name, how long a reply may be, and
// the phrases that give a pasted request away when the user did not say where it came from.
import type { Platform } from "./schema";
import { localPlatformCues } from "./surfaces";

export const PLATFORM_LABELS: Record<Platform, string> = {
  linkedin: "LinkedIn",
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  other: "this platform",
};

/**
 * The longest message a decline draft may be on each platform. Where sources disagree
 * the smaller number is used, so a draft always fits. `draft.short` (at most 300
 * characters) also fits LinkedIn's invitation-note box.
 */
export const PLATFORM_LIMITS: Record<Platform, { limit: number; label: string; source: string }> = {
  linkedin: {
    limit: 1_900,
    label: "LinkedIn message to someone outside your network (InMail body)",
    source:
      "InMail body limit of 1,900 characters (subject 200), the tightest box a reply to a non-connection can go in: https://digitalmoats.com/linkedin/how-many-characters-can-you-use-in-a-linkedin-message (connection notes: 300 characters, https://www.linkedhelper.com/en/glossary/linkedin-invitation)",
  },
  facebook: {
    limit: 2_000,
    label: "Facebook Messenger text message",
    source:
      "Maximum message size per channel in Chatwoot's documentation (Facebook: 2,000 characters, the Messenger Send API's cap on a text message): https://developers.chatwoot.com/self-hosted/supported-features",
  },
  x: {
    limit: 10_000,
    label: "X (Twitter) Direct Message",
    source:
      "Twitter raised the Direct Message limit from 140 to 10,000 characters in August 2015 (Twitter blog, 'Removing the 140-character limit from Direct Messages'; reported at https://techtrendske.co.ke/2015/08/19/no-more-140-character-limit-for-twitter-direct-messages/)",
  },
  instagram: {
    limit: 1_000,
    label: "Instagram Direct message",
    source:
      "Maximum message size per channel in Chatwoot's documentation (Instagram: 1,000 characters, the Instagram Messaging API's cap on a text message): https://developers.chatwoot.com/self-hosted/supported-features",
  },
  other: {
    limit: 1_000,
    label: "Unknown platform: the tightest direct-message box above",
    source: "No platform known: the smallest limit in this table (Instagram, 1,000 characters), so the draft fits wherever it is pasted",
  },
};

interface Cue {
  platform: Exclude<Platform, "other">;
  re: RegExp;
  weight: number;
}

// Phrases each platform's interface or e-mails use. A strong cue (weight 3) settles it alone.
const CUES: Cue[] = [
  // a phone's notification names its app: "X · hace 5 min", "Instagram · now" (worth more than any wording below it)
  { platform: "x", re: /^\s*(?:x|twitter)\s*[·•]\s*\S.{0,24}$/im, weight: 6 },
  { platform: "instagram", re: /^\s*instagram\s*[·•]\s*\S.{0,24}$/im, weight: 6 },
  { platform: "facebook", re: /^\s*(?:facebook|messenger)\s*[·•]\s*\S.{0,24}$/im, weight: 6 },
  { platform: "linkedin", re: /^\s*linkedin\s*[·•]\s*\S.{0,24}$/im, weight: 6 },
  { platform: "linkedin", re: /\blinked\s?in\b/i, weight: 3 },
  { platform: "linkedin", re: /\bmutual connections?\b|\bconnections? in common\b|\bshared connections?\b/i, weight: 3 },
  { platform: "linkedin", re: /[·•]\s*(?:1st|2nd|3rd\+?)\b|\b(?:1st|2nd|3rd\+?) degree connection\b|^\s*(?:1st|2nd|3rd\+?)\s*$|\bsent you an invitation\b|\binvitation to connect\b/im, weight: 3 },
  { platform: "linkedin", re: /\bwants to connect\b|\binvit(?:ed|es) you to connect\b|\bjoin your (?:professional )?network\b|\badd you to my (?:professional )?network\b/i, weight: 3 },
  { platform: "linkedin", re: /^\s*ignore\s*$[\s\S]*^\s*accept\s*$|^\s*accept\s*$[\s\S]*^\s*ignore\s*$/im, weight: 3 },
  { platform: "linkedin", re: /^\s*(?:ignore|accept)\s*$|\b(?:1st|2nd|3rd\+?)\b|\binmail\b/im, weight: 1 },
  { platform: "facebook", re: /\bfacebook\b|\bmessenger\b/i, weight: 3 },
  { platform: "facebook", re: /\bmutual friends?\b|\bfriend request\b|\badd(?:ed)? (?:you as a )?friend\b/i, weight: 3 },
  { platform: "facebook", re: /^\s*confirm\s*$[\s\S]*^\s*delete(?: request)?\s*$/im, weight: 2 },
  { platform: "facebook", re: /^\s*confirm\s*$/im, weight: 1 },
  { platform: "facebook", re: /^[ \t]*confirm[ \t]*[·|]?[ \t]*delete[ \t]*$/im, weight: 2 },
  { platform: "instagram", re: /\binstagram\b|\binsta\b|\bIG\b/, weight: 3 },
  { platform: "instagram", re: /\brequested to follow you\b|\bmutual followers?\b|\bfollowed by \S+/i, weight: 4 },
  { platform: "instagram", re: /\bstarted following you\b/i, weight: 2 },
  { platform: "instagram", re: /^\s*follow requests\s*$/im, weight: 3 },
  { platform: "instagram", re: /\byou don['’]t follow each other\b|^\s*\d[\d.,]*\s?[km]?\s+posts\s*$|\b\d[\d.,]*\s?[km]?\s+followers\s*[·•]\s*\d[\d.,]*\s+posts\b/im, weight: 3 },
  { platform: "instagram", re: /\blink in (?:my )?bio\b|\bstories\b|\breels?\b/i, weight: 1 },
  { platform: "x", re: /\btwitter\b|\btweets?\b|\bx\.com\b|\bretweet/i, weight: 3 },
  { platform: "x", re: /^\s*follows you\s*$|\bmessage requests?\b|\bwants to send you a message\b/im, weight: 3 },
  { platform: "x", re: /(?<!started )\bfollowed you\b/i, weight: 2 },
  { platform: "x", re: /@[A-Za-z0-9_]{1,15}\s+·\s+\S/, weight: 2 },
  { platform: "x", re: /^\s*@[A-Za-z0-9_]{1,30}\s*$/m, weight: 2 },
  // Instagram shows usernames without "@", often with dots: "yoga.with.zara"
  { platform: "instagram", re: /^\s*(?=[a-z0-9._]*[._])[a-z0-9._]{3,30}\s*$/m, weight: 1 },
];

/** The platform the text most likely comes from, or "other" when nothing gives it away. */
export function detectPlatform(text: string): Platform {
  return detectPlatformScored(text).platform;
}

/** The platform and the weight of the cues that chose it (0 for "other"). */
export function detectPlatformScored(text: string): { platform: Platform; score: number } {
  const score: Record<string, number> = {};
  for (const cue of CUES) if (cue.re.test(text)) score[cue.platform] = (score[cue.platform] ?? 0) + cue.weight;
  // the same screens in Spanish, German, French and Portuguese, compiled from surfaces/ on first need
  for (const cue of localPlatformCues()) if (cue.re.test(text)) score[cue.platform] = (score[cue.platform] ?? 0) + cue.weight;
  let best: Platform = "other";
  let bestScore = 1; // a single weak cue is not enough
  for (const [platform, s] of Object.entries(score)) {
    if (s > bestScore) {
      best = platform as Platform;
      bestScore = s;
    }
  }
  return { platform: best, score: best === "other" ? 0 : bestScore };
}
