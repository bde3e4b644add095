import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES, PLATFORMS, TONES } from "@/lib/domain";
import { checkboxValue, listValue } from "./form-data";

export const LIST_ITEM_MAX = 100;
export const LIST_MAX = 200;
export const PROFILE_NAME_MAX = 60;
export const SIGNATURE_MAX = 80;

// `one` names a single entry in messages ("Each competitor must be …"), so an error names its field.
const list = (what: string, one: string) =>
  z
    .array(
      z
        .string({ error: `Each ${one} must be text.` })
        .trim()
        .min(1, `${what} must not hold a blank entry.`)
        .max(LIST_ITEM_MAX, `Each ${one} must be at most ${LIST_ITEM_MAX} characters.`),
      { error: `${what} must be a list of names.` },
    )
    .max(LIST_MAX, `${what} may hold at most ${LIST_MAX} entries.`)
    // Tags are compared without case; keep the first spelling of each.
    .transform((items) => items.filter((v, i) => items.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i));

/** A criteria profile as the user edits it (the contract's profile plus a name and platform defaults). */
export const profileSchema = z.object({
  name: z
    .string({ error: "Give the profile a name." })
    .trim()
    .min(1, "Give the profile a name.")
    .max(PROFILE_NAME_MAX, `Name must be at most ${PROFILE_NAME_MAX} characters.`),
  defaultFor: z.array(z.enum(PLATFORMS, { error: "Unknown platform." })).max(PLATFORMS.length).default([]),
  onlyKnownInRealLife: z.boolean().default(false),
  knownPeople: list("Known people", "known person").default([]),
  competitors: list("Competitors", "competitor").default([]),
  blockedRoles: list("Blocked roles", "blocked role").default([]),
  requirePersonalNote: z.boolean().default(false),
  minMutualConnections: z.coerce
    .number({ error: "Minimum mutual connections must be a whole number." })
    .int("Minimum mutual connections must be a whole number.")
    .min(0, "Minimum mutual connections must be 0 or more.")
    .max(100_000, "Minimum mutual connections must be at most 100,000.")
    .default(0),
  observeStrangersMetOnline: z.boolean().default(true),
  tone: z.enum(TONES, { error: "Choose warm, formal or brief." }).default("warm"),
  signature: z
    .string()
    .trim()
    .max(SIGNATURE_MAX, `Signature must be at most ${SIGNATURE_MAX} characters.`)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .default(null),
  /** The language of this profile's drafts; null (the form's "") writes in each request's language. */
  language: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: "Choose a language for the drafts." }).nullable()).optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** Which profile an action is about (update, duplicate, delete). */
export const profileIdSchema = z.object({ id: z.string({ error: "Which profile?" }).min(1, "Which profile?").max(100) });
export const profileUpdateSchema = profileSchema.extend(profileIdSchema.shape);

const PROFILE_CHECKBOXES = ["onlyKnownInRealLife", "requirePersonalNote", "observeStrangersMetOnline"] as const;
const PROFILE_LISTS = ["defaultFor", "knownPeople", "competitors", "blockedRoles"] as const;

/** The profile editor as it posts: ticked boxes are "on", unticked ones absent; lists repeat `name[]`. */
function fromProfileForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const out: Record<string, unknown> = { ...raw };
  for (const k of PROFILE_CHECKBOXES) out[k] = checkboxValue(out[k]) ?? false;
  for (const k of PROFILE_LISTS) out[k] = listValue(out[k]);
  return out;
}

export const profileFormSchema = z.preprocess(fromProfileForm, profileSchema);
export const profileUpdateFormSchema = z.preprocess(fromProfileForm, profileUpdateSchema);
