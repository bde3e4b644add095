// How many password guesses sign-in allows, and whom a refusal hits. Counted per
// (e-mail, client address) pair and per address, so one guesser is stopped without
// touching the owner elsewhere; and per e-mail under a high ceiling (lib/rate-limit.ts)
// that only a guesser with many addresses reaches.
import "server-only";
import { addressKey } from "@/lib/auth/client-address";
import { consume, refund, resetLimit, type LimitName } from "@/lib/rate-limit";
import { englishTranslator } from "@/lib/i18n/server";

/** The wait a refusal names, in whole minutes. */
export const retryMinutes = (seconds: number) => Math.ceil(seconds / 60);

/** Its message is English (next-auth's route and the API); the sign-in form says it in the page's language. */
export class TooManySignInAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(englishTranslator("auth")("errors.tooManyAttempts", { minutes: retryMinutes(retryAfterSeconds) }));
  }
}

/**
 * Runs one password check under the limits. Every attempt is counted before the check
 * (so a burst of parallel guesses cannot all slip past a count read beforehand); a
 * success gives back its count, a refusal counts only where it was refused.
 * Throws TooManySignInAttempts without running `check` when a limit is spent.
 */
export async function limitSignIn<T>(email: string, address: string, check: () => Promise<T | null>): Promise<T | null> {
  const from = addressKey(address);
  const limits: [LimitName, string][] = [
    ["signInPair", `${email}|${from}`],
    ["signInAddress", from],
    ["signInEmailCeiling", email],
  ];
  const counted: [LimitName, string][] = [];
  for (const [name, key] of limits) {
    const result = await consume(name, key);
    if (!result.ok) {
      await Promise.all(counted.map(([n, k]) => refund(n, k)));
      throw new TooManySignInAttempts(result.retryAfterSeconds);
    }
    counted.push([name, key]);
  }
  const user = await check();
  if (user) {
    // A success is no failure: the pair starts over and the wider counts get their point back.
    await Promise.all([resetLimit("signInPair", limits[0]![1]), refund("signInAddress", from), refund("signInEmailCeiling", email)]);
  }
  return user;
}
