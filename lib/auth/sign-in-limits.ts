// How many password guesses sign-in allows, and whom a refusal hits. Counted per
// (e-mail, client address) pair and per address, so one guesser is stopped without
// touching the owner elsewhere; and per e-mail under a high ceiling (lib/rate-limit.ts)
// that only a guesser with many addresses reaches.
import "server-only";
import { addressKey } from "@/lib/auth/client-address";
import { consume, refund, resetLimit, type LimitName } from "@/lib/rate-limit";

export class TooManySignInAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute${retryAfterSeconds > 60 ? "s" : ""}.`);
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
