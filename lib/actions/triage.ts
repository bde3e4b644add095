"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser, validatedActionWithUser, type ActionState } from "@/lib/actions/safe-action";
import { profileNamer } from "@/lib/profile-names";
import { translator } from "@/lib/i18n/server";
import { analyzeForUser, recordForUser, type Analysis } from "@/lib/triage-service";
import type { DecisionStatus } from "@/lib/domain";
import { analyzeFormSchema, bulkAnalyzeSchema, bulkRecordSchema, recordFormSchema, type AnalyzeInput } from "@/lib/validations/triage";

export type Analysed = { analysis: Analysis; input: AnalyzeInput };
export type Recorded = { decisionId: string; status: DecisionStatus };

/** The analysis as the page shows it: its profile named as the interface names it (lib/profile-names.ts). */
function shown(analysis: Analysis, name: (profileName: string) => string): Analysis {
  return analysis.profileName ? { ...analysis, profileName: name(analysis.profileName) } : analysis;
}

/** Classifies a pasted request and drafts the decline; saves nothing. The form renders the result. */
export const analyzeAction = validatedActionWithUser(
  analyzeFormSchema,
  async (input, user): Promise<ActionState<Analysed>> => ({ ok: true, data: { analysis: shown(await analyzeForUser(user.id, input), await profileNamer()), input } }),
);

/** Saves the analysed request to History with the outcome the user chose. */
export const recordAction = validatedActionWithUser(recordFormSchema, async (input, user): Promise<ActionState<Recorded>> => {
  const [{ decision }, t] = await Promise.all([recordForUser(user.id, input), translator("triage")]);
  revalidatePath("/history");
  revalidatePath("/templates");
  return { ok: true, data: { decisionId: decision.id, status: input.status }, message: t(`recorded.${input.status}`) };
});

/** Bulk triage: analyses a batch; each item answers on its own, an error never hides the rest. */
export const analyzeBatchAction = actionWithUser(bulkAnalyzeSchema, async ({ items }, user) => {
  const data = [];
  const name = await profileNamer();
  for (const item of items) data.push(shown(await analyzeForUser(user.id, item), name));
  return { ok: true, data };
});

/** Bulk triage: saves a batch, each with the status its verdict calls for. */
export const recordBatchAction = actionWithUser(bulkRecordSchema, async ({ items }, user) => {
  const ids = [];
  for (const item of items) ids.push((await recordForUser(user.id, item)).decision.id);
  revalidatePath("/history");
  return { ok: true, data: ids };
});
