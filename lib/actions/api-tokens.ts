"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser, validatedActionWithUser, type ActionState } from "@/lib/actions/safe-action";
import { createApiToken, MAX_ACTIVE_TOKENS, revokeApiToken, TooManyTokensError } from "@/lib/data/api-tokens";
import { translator } from "@/lib/i18n/server";
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
    const t = await translator("settings");
    return { ok: true, data: { token, id: summary.id, name: summary.name }, message: t("actions.tokenCreated", { name: summary.name }) };
  } catch (e) {
    if (e instanceof TooManyTokensError) return { ok: false, message: (await translator("settings"))("actions.tooManyTokens", { max: MAX_ACTIVE_TOKENS }) };
    throw e;
  }
  },
);

export const revokeApiTokenAction = actionWithUser<typeof apiTokenIdSchema, null>(apiTokenIdSchema, async ({ id }, user) => {
  const revoked = await revokeApiToken(user.id, id);
  const t = await translator("settings");
  if (!revoked) return { ok: false, message: t("actions.tokenAlreadyRevoked") };
  refresh();
  return { ok: true, data: null, message: t("actions.tokenRevoked") };
});
