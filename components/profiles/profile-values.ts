// The profile editor's values as the form holds them, and as a POST answered with a whole
// page (no JavaScript) echoes them back.
import { LANGUAGES, PLATFORMS, TONES, type Language, type Platform, type Tone } from "@/lib/domain";
import { listValue } from "@/lib/validations/form-data";

/** The form's own state: what the user sees and types, before the schema cleans it. */
export type ProfileFormValues = {
  name: string;
  defaultFor: Platform[];
  onlyKnownInRealLife: boolean;
  knownPeople: string[];
  competitors: string[];
  blockedRoles: string[];
  requirePersonalNote: boolean;
  /** Kept as typed, so "-1" or "" reaches the schema (and its message) rather than vanishing. */
  minMutualConnections: string;
  observeStrangersMetOnline: boolean;
  tone: Tone;
  signature: string;
  /** The drafts' language; "" writes each in the request's language. */
  language: Language | "";
};

export const EMPTY_PROFILE: ProfileFormValues = {
  name: "",
  defaultFor: [],
  onlyKnownInRealLife: false,
  knownPeople: [],
  competitors: [],
  blockedRoles: [],
  requirePersonalNote: false,
  minMutualConnections: "0",
  observeStrangersMetOnline: true,
  tone: "warm",
  signature: "",
  language: "",
};

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
const items = (v: string | string[] | undefined) => (listValue(v) as string[] | undefined) ?? [];

/** The editor's values from what a failed POST echoed back (the page rendered without JavaScript). */
export function fromPosted(p: Record<string, string | string[]>, init: ProfileFormValues): ProfileFormValues {
  return {
    name: text(p.name),
    defaultFor: PLATFORMS.filter((x) => items(p.defaultFor).includes(x)),
    onlyKnownInRealLife: p.onlyKnownInRealLife === "on",
    knownPeople: items(p.knownPeople),
    competitors: items(p.competitors),
    blockedRoles: items(p.blockedRoles),
    requirePersonalNote: p.requirePersonalNote === "on",
    minMutualConnections: text(p.minMutualConnections),
    observeStrangersMetOnline: p.observeStrangersMetOnline === "on",
    tone: (TONES as readonly string[]).includes(text(p.tone)) ? (text(p.tone) as Tone) : init.tone,
    signature: text(p.signature),
    language: (LANGUAGES as readonly string[]).includes(text(p.language)) ? (text(p.language) as Language) : "",
  };
}

