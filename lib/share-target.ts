// The Web Share Target: the phone's share sheet sends a title, text and link (from the
// LinkedIn, Facebook, Instagram or X app) to /triage/share. That route keeps the shared
// request in a short-lived, signed, httpOnly cookie and sends the browser on to
// /triage?shared=1, through sign-in when needed: the text never rides in an address
// (callbackUrl included), and nothing is saved until the user chooses to.
import "server-only";
import { z } from "zod";
import { seal, unseal } from "@/lib/actions/sealed";
import { platformOfHost } from "@/lib/bookmarklet";
import type { Platform } from "@/lib/domain";
import { MAX_TEXT_LENGTH } from "@/lib/triage/schema";
import { wellFormedText } from "@/lib/validations/text";

export const SHARE_COOKIE = "dwg_shared";
/** Long enough to sign in (or sign up) in between, short enough not to linger on a shared phone. */
export const SHARE_TTL_SECONDS = 15 * 60;
/** Where the shared request is read back. */
export const SHARE_LANDING = "/triage?shared=1";
/**
 * The whole site: signing in is a server action posted to /sign-in whose redirect renders
 * Triage within that same request, so a cookie kept to /triage would not be there to read.
 */
export const SHARE_COOKIE_PATH = "/";
/** A share is a few lines; a body past this is not one. */
export const MAX_SHARE_BODY_BYTES = 64 * 1024;
/**
 * Characters of shared text kept. A cookie holds about 4 KB; the signed value costs 4/3 of
 * the text's UTF-8 bytes plus ~150, so 2,400 bytes of text fit with room to spare.
 */
const MAX_SHARED_BYTES = 2400;

const field = z
  .string()
  .optional()
  .transform((v) => (v ? wellFormedText(v).slice(0, MAX_TEXT_LENGTH).trim() : ""));

/** The share sheet's fields (manifest share_target params): each optional, each text. */
export const shareTargetSchema = z.object({ title: field, text: field, url: field });
export type SharedInput = z.input<typeof shareTargetSchema>;

export type SharedRequest = { text: string; platform?: Platform; truncated: boolean };

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/i;

function platformOf(link: string): Platform | undefined {
  try {
    const p = platformOfHost(new URL(link).hostname);
    return p === "other" ? undefined : p;
  } catch {
    return undefined;
  }
}

/** UTF-8 bytes of at most `max`, never cutting an emoji in half. */
function cutToBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, "utf8") <= max) return s;
  const cut = Buffer.from(s, "utf8").subarray(0, max).toString("utf8");
  // A character cut mid-sequence decodes as U+FFFD: drop it.
  return cut.replace(/\uFFFD$/, "");
}

/**
 * One request text from the share sheet's fields. Apps fill them differently (the link in
 * `text`, in `url`, or both; the title may repeat the text), so repeats are dropped.
 */
export function composeShared(input: SharedInput): SharedRequest | null {
  const parsed = shareTargetSchema.safeParse(input);
  if (!parsed.success) return null;
  const { title, text, url } = parsed.data;
  const parts: string[] = [];
  if (title && !text.includes(title)) parts.push(title);
  if (text) parts.push(text);
  if (url && !text.includes(url)) parts.push(url);
  const whole = parts.join("\n").trim();
  if (!whole) return null;
  const kept = cutToBytes(whole, MAX_SHARED_BYTES);
  const link = url || whole.match(URL_IN_TEXT)?.[0] || "";
  return { text: kept, platform: platformOf(link), truncated: kept.length < whole.length };
}

const PURPOSE = "share-target";

/** The cookie's value: signed and dated, so it is read back only as we wrote it, and only in time. */
export function sealShared(shared: SharedRequest, secret?: string): string {
  return seal(PURPOSE, "", shared, SHARE_TTL_SECONDS, secret);
}

const sharedSchema = z.object({
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  platform: z.enum(["linkedin", "facebook", "x", "instagram", "other"]).optional(),
  truncated: z.boolean(),
});

export function unsealShared(value: string | undefined, secret?: string): SharedRequest | null {
  if (!value) return null;
  const parsed = sharedSchema.safeParse(unseal(PURPOSE, "", value, secret));
  return parsed.success ? parsed.data : null;
}

export function shareCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: SHARE_COOKIE_PATH, maxAge: SHARE_TTL_SECONDS };
}
