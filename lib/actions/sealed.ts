// Tamper-proof tokens for state the client carries between two actions (the snapshot
// behind a delete's Undo): the payload is readable but HMAC-signed with the server
// secret, bound to one user and one purpose, and expires.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";

function mac(data: string, secret: string): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}

export function seal(purpose: string, userId: string, payload: unknown, ttlSeconds: number, secret = serverEnv().NEXTAUTH_SECRET): string {
  const body = Buffer.from(JSON.stringify({ p: purpose, u: userId, e: Date.now() + ttlSeconds * 1000, d: payload })).toString("base64url");
  return `${body}.${mac(body, secret)}`;
}

/** The payload, or null when the token is forged, expired, or for another user or purpose. */
export function unseal<T>(purpose: string, userId: string, token: string, secret = serverEnv().NEXTAUTH_SECRET): T | null {
  const [body, sig, ...rest] = token.split(".");
  if (!body || !sig || rest.length) return null;
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { p, u, e, d } = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    return p === purpose && u === userId && typeof e === "number" && e > Date.now() ? (d as T) : null;
  } catch {
    return null;
  }
}
