import "@/lib/zod-browser";
import { z } from "zod";
import { MAX_TEXT_LENGTH, overridesSchema } from "@/lib/triage/schema";
import { DECISION_STATUSES, PLATFORMS, TONES } from "@/lib/domain";
import { checkboxValue } from "./form-data";
import { wellFormed } from "./text";
import { vm } from "./messages";

/** What the Triage page sends to analyse a request: the contract's request, with a saved profile's id instead of an inline profile. */
export const analyzeSchema = z.object({
  text: z
    .string({ error: vm("triage.textRequired") })
    .max(MAX_TEXT_LENGTH, vm("triage.textMax", { max: MAX_TEXT_LENGTH }))
    .refine((s) => s.trim().length > 0, vm("triage.textBlank")),
  platform: z.enum(PLATFORMS, { error: vm("triage.platformChoice") }).nullish(),
  profileId: z.string().max(64, vm("shared.unknownProfile")).nullish(),
  knownInRealLife: z.boolean().nullish(),
  overrides: overridesSchema.nullish(),
  tone: z.enum(TONES, { error: vm("shared.toneChoice") }).nullish(),
  variant: z.number().int().min(0).max(1_000).nullish(),
});
export type AnalyzeInput = z.infer<typeof analyzeSchema>;

/** The outcome the user chose for an analysed request, to keep in History. */
export const recordSchema = analyzeSchema.extend({
  status: z.enum(DECISION_STATUSES, { error: vm("triage.unknownOutcome") }),
  sentText: z.string().max(MAX_TEXT_LENGTH, vm("triage.sentTextMax")).nullish(),
  revisitAt: z.iso.date({ error: vm("triage.revisitRequired") }).nullish(),
});
export type RecordInput = z.infer<typeof recordSchema>;

export const BULK_BATCH = 10;
export const bulkAnalyzeSchema = z.object({
  items: z.array(analyzeSchema, { error: vm("triage.listRequired") }).min(1, vm("triage.bulkMin")).max(BULK_BATCH),
});
export const bulkRecordSchema = z.object({
  items: z.array(analyzeSchema, { error: vm("triage.listRequired") }).min(1, vm("triage.nothingToSave")).max(BULK_BATCH),
});

/** "auto" and "" mean "let the engine choose"; the pickers post them as such. */
const chosen = (v: unknown) => (v === "auto" || v === "" ? null : v);
/** Overrides and the like travel in a form as JSON text. */
const json = (v: unknown) => {
  if (typeof v !== "string") return v;
  if (v === "") return null;
  try {
    // "\u0000" escaped in the JSON is a NUL once parsed: normalise it as all input is (./text.ts).
    return wellFormed(JSON.parse(v));
  } catch {
    return v; // the schema names the field
  }
};
const whole = (v: unknown) => (typeof v === "string" ? (v === "" ? null : Number(v)) : v);

/** The Triage page's form as it posts: the same request as analyzeSchema. */
function fromForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  return {
    ...r,
    platform: chosen(r.platform),
    profileId: chosen(r.profileId),
    knownInRealLife: r.knownInRealLife === undefined ? null : checkboxValue(r.knownInRealLife) === true ? true : checkboxValue(r.knownInRealLife) === false ? null : r.knownInRealLife,
    overrides: json(r.overrides),
    tone: r.tone === "" ? null : r.tone,
    variant: whole(r.variant),
    ...("sentText" in r ? { sentText: r.sentText } : {}),
    ...("revisitAt" in r ? { revisitAt: r.revisitAt === "" ? null : r.revisitAt } : {}),
  };
}

export const analyzeFormSchema = z.preprocess(fromForm, analyzeSchema);
export const recordFormSchema = z.preprocess(fromForm, recordSchema);
