// The contract's word lists, without zod: the browser's language menus, History's rows and
// the domain's names read these, and importing the schemas (./schema.ts) for them put zod
// and every schema in the JavaScript of every page.
export const PLATFORMS = ["linkedin", "facebook", "x", "instagram", "other"] as const;
export const VERDICTS = ["accept", "decline", "observe", "ignore"] as const;
/** In the order the contract lists them; a decline's `reasons` follow this order. */
export const REASON_KEYS = ["competitor", "blocked_role", "not_known_in_real_life", "no_personal_note"] as const;
export const TONES = ["warm", "formal", "brief"] as const;
/** The languages the engine reads and writes (contract v2); their words live in ./lang. */
export const LANGUAGES = ["en", "es", "de", "fr", "pt"] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type ReasonKey = (typeof REASON_KEYS)[number];
export type Tone = (typeof TONES)[number];
export type Language = (typeof LANGUAGES)[number];

export const MAX_TEXT_LENGTH = 20_000;
