"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser } from "@/lib/actions/safe-action";
import { analyzeForUser, recordForUser } from "@/lib/triage-service";
import { analyzeSchema, bulkAnalyzeSchema, bulkRecordSchema, recordSchema } from "@/lib/validations/triage";

/** Classifies a pasted request and drafts the decline; saves nothing. */
export const analyzeAction = actionWithUser(analyzeSchema, async (input, user) => ({
  ok: true,
  data: await analyzeForUser(user.id, input),
}));

/** Saves the analysed request to History with the outcome the user chose. */
export const recordAction = actionWithUser(recordSchema, async (input, user) => {
  const { decision } = await recordForUser(user.id, input);
  revalidatePath("/history");
  revalidatePath("/templates");
  return { ok: true, data: { decisionId: decision.id, status: input.status } };
});

/** Bulk triage: analyses a batch; each item answers on its own, an error never hides the rest. */
export const analyzeBatchAction = actionWithUser(bulkAnalyzeSchema, async ({ items }, user) => {
  const data = [];
  for (const item of items) data.push(await analyzeForUser(user.id, item));
  return { ok: true, data };
});

/** Bulk triage: saves a batch, each with the status its verdict calls for. */
export const recordBatchAction = actionWithUser(bulkRecordSchema, async ({ items }, user) => {
  const ids = [];
  for (const item of items) ids.push((await recordForUser(user.id, item)).decision.id);
  revalidatePath("/history");
  return { ok: true, data: ids };
});
