// Personal API tokens: 32 random bytes behind a recognisable prefix. Only the SHA-256
// hash is stored; a fast hash is enough because the token itself has 256 bits of entropy.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "dwg_";
/** "dwg_" + 43 base64url characters. */
const TOKEN_PATTERN = /^dwg_[A-Za-z0-9_-]{43}$/;
/** How much of a token the list shows, so its owner can tell tokens apart. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 6;

export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, SHOWN_LENGTH) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check, so garbage never costs a database lookup. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
