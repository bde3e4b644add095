import { z } from "zod";
import { PLATFORMS, TONES } from "@/lib/domain";

const listItem = z.string().trim().min(1, "Entries must not be blank.").max(100, "Each entry must be at most 100 characters.");
const list = (what: string) =>
  z
    .array(listItem, { error: `${what} must be a list of names.` })
    .max(200, `${what} may hold at most 200 entries.`)
    // Tags are compared without case; keep the first spelling of each.
    .transform((items) => items.filter((v, i) => items.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i));

/** A criteria profile as the user edits it (the contract's profile plus a name and platform defaults). */
export const profileSchema = z.object({
  name: z.string({ error: "Give the profile a name." }).trim().min(1, "Give the profile a name.").max(60, "Name must be at most 60 characters."),
  defaultFor: z.array(z.enum(PLATFORMS, { error: "Unknown platform." })).max(PLATFORMS.length).default([]),
  onlyKnownInRealLife: z.boolean().default(false),
  knownPeople: list("Known people").default([]),
  competitors: list("Competitors").default([]),
  blockedRoles: list("Blocked roles").default([]),
  requirePersonalNote: z.boolean().default(false),
  minMutualConnections: z.coerce
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(0, "Must be 0 or more.")
    .max(100_000, "Must be at most 100,000.")
    .default(0),
  observeStrangersMetOnline: z.boolean().default(true),
  tone: z.enum(TONES, { error: "Choose warm, formal or brief." }).default("warm"),
  signature: z
    .string()
    .trim()
    .max(80, "Signature must be at most 80 characters.")
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .default(null),
});
export type ProfileInput = z.infer<typeof profileSchema>;
