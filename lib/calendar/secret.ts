// The secret in a calendar feed's address: 32 random bytes, base64url. Calendar apps
// cannot send an Authorization header, so the address itself is the credential; only its
// SHA-256 hash is stored (the API tokens' hash: lib/api/token.ts).
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/api/token";

const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateFeedSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashFeedSecret(secret) };
}

export const hashFeedSecret = hashToken;

/** Cheap shape check, so garbage never costs a database lookup. */
export function looksLikeFeedSecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The feed's path: the file name a calendar app shows ends in .ics. */
export function feedPath(secret: string): string {
  return `/api/v1/calendar/${secret}.ics`;
}
