// Names shared by the data layer and the UI. The triage engine (lib/triage) owns
// their meaning; these lists mirror the contract's values.
export const PLATFORMS = ["linkedin", "facebook", "x", "instagram", "other"] as const;
export type Platform = (typeof PLATFORMS)[number];
export const PLATFORM_NAMES: Record<Platform, string> = {
  linkedin: "LinkedIn",
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  other: "Other",
};

export const TONES = ["warm", "formal", "brief"] as const;
export type Tone = (typeof TONES)[number];

export const VERDICTS = ["accept", "decline", "observe", "ignore"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_KEYS = ["competitor", "blocked_role", "not_known_in_real_life", "no_personal_note"] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];
export const REASON_NAMES: Record<ReasonKey, string> = {
  competitor: "Works for a competitor",
  blocked_role: "A role I don't connect with",
  not_known_in_real_life: "Not someone I know in real life",
  no_personal_note: "No personal note",
};

/** What happened to a triaged request, as History shows it. */
export const DECISION_STATUSES = ["drafted", "sent", "held", "ignored", "accepted"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
