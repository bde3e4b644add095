// Registration: rate-limited per client address, validated upstream by signUpSchema.
import "server-only";
import type { ActionState } from "@/lib/actions/safe-action";
import { createUserWithDefaults, EmailTakenError } from "@/lib/data/users";
import type { SignUpInput } from "@/lib/validations/auth";
import { consume } from "@/lib/rate-limit";

export async function registerUser(data: SignUpInput, address: string): Promise<ActionState> {
  const limit = await consume("signUpAddress", address);
  if (!limit.ok) {
    return { ok: false, message: `Too many new accounts from this network. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.` };
  }
  try {
    await createUserWithDefaults(data);
  } catch (e) {
    if (e instanceof EmailTakenError) return { ok: false, errors: { email: [`${e.message} Sign in instead?`] } };
    throw e;
  }
  return { ok: true };
}
