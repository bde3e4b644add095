// The polite and the familiar "you" (German "Sie"/"du", French "vous"/"tu"): one rule for
// every language that has both.
import type { Platform, Tone } from "../schema";
import type { Address } from "./types";

/**
 * Whether a draft says the familiar "you": never in the formal tone; else as the person's
 * own note does when it shows only one form, else as the platform's habit has it (familiar
 * on Facebook, Instagram and X; polite on LinkedIn and elsewhere).
 */
export const usesFamiliar = (tone: Tone, platform: Platform, address?: Address | null): boolean =>
  tone !== "formal" && (address ? address === "familiar" : platform === "facebook" || platform === "instagram" || platform === "x");

/** A language's `addressOf`: the form a note uses, or null when it shows both or neither. */
export const addressIn =
  (polite: RegExp, familiar: RegExp) =>
  (note: string): Address | null => {
    const p = polite.test(note);
    return p === familiar.test(note) ? null : p ? "formal" : "familiar";
  };
