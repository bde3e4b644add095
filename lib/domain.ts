// Names shared by the data layer and the UI. The triage engine (lib/triage) owns the
// contract's values; this module adds what only the app needs.
import type { Platform, ReasonKey } from "@/lib/triage/schema";

export { PLATFORMS, TONES, VERDICTS, REASON_KEYS } from "@/lib/triage/schema";
export type { Platform, Tone, Verdict, ReasonKey } from "@/lib/triage/schema";

/** Platform names for menus and tables ("Other" rather than the engine's "this platform"). */
export const PLATFORM_NAMES: Record<Platform, string> = {
  linkedin: "LinkedIn",
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  other: "Other",
};
export const REASON_NAMES: Record<ReasonKey, string> = {
  competitor: "Works for a competitor",
  blocked_role: "A role I don't connect with",
  not_known_in_real_life: "Not someone I know in real life",
  no_personal_note: "No personal note",
};

/** What happened to a triaged request, as History shows it. */
export const DECISION_STATUSES = ["drafted", "sent", "held", "ignored", "accepted"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
