import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES, PLATFORMS, TONES } from "@/lib/domain";
import { checkboxValue, listValue } from "./form-data";
import { vm } from "./messages";

export const LIST_ITEM_MAX = 100;
export const LIST_MAX = 200;
export const PROFILE_NAME_MAX = 60;
export const SIGNATURE_MAX = 80;

// Each list has its own messages ("Each competitor must be …"), so an error names its field.
const list = (field: "knownPeople" | "competitors" | "blockedRoles") =>
  z
    .array(
      z
        .string({ error: vm(`profile.${field}.itemText`) })
        .trim()
        .min(1, vm(`profile.${field}.blank`))
        .max(LIST_ITEM_MAX, vm(`profile.${field}.itemMax`, { max: LIST_ITEM_MAX })),
      { error: vm(`profile.${field}.notList`) },
    )
    .max(LIST_MAX, vm(`profile.${field}.listMax`, { max: LIST_MAX }))
    // Tags are compared without case; keep the first spelling of each.
    .transform((items) => items.filter((v, i) => items.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i));

/** A criteria profile as the user edits it (the contract's profile plus a name and platform defaults). */
export const profileSchema = z.object({
  name: z
    .string({ error: vm("profile.nameRequired") })
    .trim()
    .min(1, vm("profile.nameRequired"))
    .max(PROFILE_NAME_MAX, vm("shared.nameMax", { max: PROFILE_NAME_MAX })),
  defaultFor: z.array(z.enum(PLATFORMS, { error: vm("shared.unknownPlatform") })).max(PLATFORMS.length).default([]),
  onlyKnownInRealLife: z.boolean().default(false),
  knownPeople: list("knownPeople").default([]),
  competitors: list("competitors").default([]),
  blockedRoles: list("blockedRoles").default([]),
  requirePersonalNote: z.boolean().default(false),
  minMutualConnections: z.coerce
    .number({ error: vm("profile.mutualWhole") })
    .int(vm("profile.mutualWhole"))
    .min(0, vm("profile.mutualMin"))
    .max(100_000, vm("profile.mutualMax", { max: 100_000 }))
    .default(0),
  observeStrangersMetOnline: z.boolean().default(true),
  tone: z.enum(TONES, { error: vm("shared.toneChoice") }).default("warm"),
  signature: z
    .string()
    .trim()
    .max(SIGNATURE_MAX, vm("shared.signatureMax", { max: SIGNATURE_MAX }))
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .default(null),
  /** The language of this profile's drafts; null (the form's "") writes in each request's language. */
  language: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: vm("profile.languageChoice") }).nullable()).optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** Which profile an action is about (update, duplicate, delete). */
export const profileIdSchema = z.object({ id: z.string({ error: vm("profile.idRequired") }).min(1, vm("profile.idRequired")).max(100) });
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
