// Names shared by the data layer and the UI: the one module every enum and label comes
// from. The triage engine (lib/triage) owns the contract's values; this module re-exports
// them and adds what only the app needs. Import enums from here, never from lib/triage.
import { addDays, startOfDay } from "date-fns";
import type { Platform, ReasonKey, Verdict } from "@/lib/triage/constants";

export { PLATFORMS, TONES, VERDICTS, REASON_KEYS, LANGUAGES } from "@/lib/triage/constants";
export type { Platform, Tone, Verdict, ReasonKey, Language } from "@/lib/triage/constants";

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
export const VERDICT_NAMES: Record<Verdict, string> = { accept: "Accept", decline: "Decline", observe: "Observe", ignore: "Ignore" };

/** What happened to a triaged request, as History shows it. */
export const DECISION_STATUSES = ["drafted", "sent", "held", "ignored", "accepted"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const STATUS_NAMES: Record<DecisionStatus, string> = {
  drafted: "Drafted",
  sent: "Sent",
  held: "Held",
  ignored: "Ignored",
  accepted: "Accepted",
};

/** A hold without a date of its own comes back in Revisit this many days later. */
export const DEFAULT_REVISIT_DAYS = 7;
export const defaultRevisitAt = (now = new Date()): Date => addDays(startOfDay(now), DEFAULT_REVISIT_DAYS);
