// A decision's words as History shows them, shared by the list, a decision, Revisit and
// Stats. Apart from the list, so a page that needs a platform's name does not import the
// list's client component (and the messages it reads) with it.
import type { getTranslations } from "next-intl/server";
import type { Decision } from "@/lib/data/decisions";
import { PLATFORMS, REASON_KEYS, type Platform, type ReasonKey } from "@/lib/domain";

/** The "common" namespace's `t`, from getTranslations or useTranslations alike. */
export type CommonT = Awaited<ReturnType<typeof getTranslations<"common">>>;

/** The parsed name, else `unnamed` (the caller's "Unnamed request" in its language). */
export const displayName = (d: Pick<Decision, "parsedName">, unnamed: string) => d.parsedName?.trim() || unnamed;
const isPlatform = (p: string): p is Platform => (PLATFORMS as readonly string[]).includes(p);
const isReason = (r: string): r is ReasonKey => (REASON_KEYS as readonly string[]).includes(r);
export const platformName = (p: string, tc: CommonT) => (isPlatform(p) ? tc(`platform.${p}`) : p);
export const reasonNames = (reasons: string, tc: CommonT) =>
  reasons
    .split(",")
    .filter(Boolean)
    .map((r) => (isReason(r) ? tc(`reason.${r}`) : r));
