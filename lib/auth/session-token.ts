// Reads next-auth's session cookie (an encrypted JWT) without next-auth's whole session
// round: getServerSession decrypts the cookie, runs the callbacks and encrypts a fresh
// one (which a server component cannot even set), deriving the key with HKDF each time.
// Here the key is derived once per secret, and the cookie is decrypted and checked
// (expiry, with next-auth's 15 s tolerance) exactly as next-auth's own decode does.
import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

const keys = new Map<string, Uint8Array>();

/** next-auth 4's encryption key: HKDF-SHA256 of the secret, empty salt, its fixed info string. */
function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    // i18n-ignore: next-auth's key-derivation label, not words for a person
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** The cookie next-auth keeps the session in (https deployments get the __Secure- name). */
export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** The session's value from a cookie jar: whole, or in the numbered chunks next-auth splits large ones into. */
export function sessionCookieValue(get: (name: string) => string | undefined, name = sessionCookieName()): string | undefined {
  const whole = get(name);
  if (whole) return whole;
  let value = "";
  for (let i = 0; ; i++) {
    const chunk = get(`${name}.${i}`);
    if (chunk === undefined) break;
    value += chunk;
  }
  return value || undefined;
}

/** The session's claims, or null for no, a tampered, a foreign or an expired token. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWTPayload | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
