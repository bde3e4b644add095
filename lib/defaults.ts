// What a new user starts with: one criteria profile and one reason template per
// reason key, worded as the engine's own default sentences. All of it is editable later.
import type { ReasonKey } from "./domain";
import { DEFAULT_REASON_SENTENCES } from "./triage/draft";

export const DEFAULT_PROFILE = {
  name: "Everyday",
  defaultFor: ["linkedin", "facebook", "x", "instagram", "other"],
  onlyKnownInRealLife: false,
  knownPeople: [] as string[],
  competitors: [] as string[],
  blockedRoles: ["recruiter", "sales"],
  requirePersonalNote: false,
  minMutualConnections: 0,
  observeStrangersMetOnline: true,
  tone: "warm",
  signature: null as string | null,
};

const TITLES: Record<ReasonKey, string> = {
  competitor: "Company policy on competitors",
  blocked_role: "A rule I keep for everyone",
  not_known_in_real_life: "Only people I know in real life",
  no_personal_note: "A note about why we should connect",
};

export const DEFAULT_TEMPLATES: { reasonKey: ReasonKey; title: string; body: string }[] = (
  Object.keys(TITLES) as ReasonKey[]
).map((reasonKey) => ({ reasonKey, title: TITLES[reasonKey], body: DEFAULT_REASON_SENTENCES[reasonKey] }));
