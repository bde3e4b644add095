// What a new user starts with: one criteria profile and one reason template per
// reason key, in the etiquette's own words. All of it is editable later.
import type { ReasonKey } from "./domain";

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

export const DEFAULT_TEMPLATES: { reasonKey: ReasonKey; title: string; body: string }[] = [
  {
    reasonKey: "competitor",
    title: "Company policy on competitors",
    body: "My company policy prohibits me from connecting with competitors.",
  },
  {
    reasonKey: "blocked_role",
    title: "I keep my network to people I work with",
    body: "I keep my network to people I collaborate with directly, so I don't connect for recruiting or sales conversations.",
  },
  {
    reasonKey: "not_known_in_real_life",
    title: "Only people I know in real life",
    body: "I only connect with people I know in real life.",
  },
  {
    reasonKey: "no_personal_note",
    title: "A note about why we should connect",
    body: "I only accept invitations that come with a short note about why we should connect.",
  },
];
