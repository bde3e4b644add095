"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser, validatedActionWithUser, type ActionState } from "@/lib/actions/safe-action";
import { createApiToken, revokeApiToken, TooManyTokensError } from "@/lib/data/api-tokens";
import { apiTokenIdSchema, apiTokenNameSchema } from "@/lib/validations/api";

// Both pages that show the token list.
function refresh() {
  revalidatePath("/settings");
  revalidatePath("/settings/api");
}

/** The plain token goes back to the browser this once (the form's state); only its hash is kept. */
export const createApiTokenAction = validatedActionWithUser(
  apiTokenNameSchema,
  async ({ name }, user): Promise<ActionState<{ token: string; id: string; name: string }>> => {
  try {
    const { token, summary } = await createApiToken(user.id, name);
    refresh();
    return { ok: true, data: { token, id: summary.id, name: summary.name }, message: `Token "${summary.name}" created.` };
  } catch (e) {
    if (e instanceof TooManyTokensError) return { ok: false, message: e.message };
    throw e;
  }
  },
);

export const revokeApiTokenAction = actionWithUser<typeof apiTokenIdSchema, null>(apiTokenIdSchema, async ({ id }, user) => {
  const revoked = await revokeApiToken(user.id, id);
  if (!revoked) return { ok: false, message: "That token was already revoked." };
  refresh();
  return { ok: true, data: null, message: "Token revoked. Requests with it are refused from now on." };
});
