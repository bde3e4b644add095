import { z } from "zod";
import { DECISION_STATUSES, PLATFORMS, REASON_KEYS, VERDICTS } from "@/lib/domain";

const isoDate = z.iso.date({ error: "Use a date like 2026-01-31." });

/** History filters, shared by the History page, its export and the API. */
export const decisionFilterSchema = z.object({
  q: z.string().trim().max(200, "Search must be at most 200 characters.").optional(),
  platform: z.enum(PLATFORMS, { error: "Unknown platform." }).optional(),
  verdict: z.enum(VERDICTS, { error: "Unknown verdict." }).optional(),
  status: z.enum(DECISION_STATUSES, { error: "Unknown status." }).optional(),
  reason: z.enum(REASON_KEYS, { error: "Unknown reason." }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DecisionFilter = z.infer<typeof decisionFilterSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(DECISION_STATUSES, { error: "Unknown status." }),
  revisitAt: z.coerce.date({ error: "Enter a valid revisit date." }).nullable().optional(),
});
