// Starting and ending a session from a server action, so the sign-in and sign-up forms
// post to the server (working before JavaScript) rather than through next-auth's client.
// next-auth 4 has no server-side signIn: this does what its credentials callback does
// (core/routes/callback.ts): the jwt callback on the default claims, `encode` with the
// session's lifetime, and the session cookie under next-auth's own name and options, so
// getServerSession and the proxy's getToken read it exactly as one next-auth set.
import "server-only";
import type { User } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { authOptions } from "./options";

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;

/** next-auth's rule (core/init.ts, utils/detect-origin.ts): secure cookies when the site's URL is https. */
async function wantsSecureCookies(): Promise<boolean> {
  const url = process.env.NEXTAUTH_URL;
  if (url) return url.startsWith("https://");
  if (process.env.VERCEL || process.env.AUTH_TRUST_HOST) return (await headers()).get("x-forwarded-proto") !== "http";
  return false;
}

async function sessionCookieName(): Promise<{ name: string; secure: boolean }> {
  const secure = await wantsSecureCookies();
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** Signs `user` in: sets the session cookie on the action's response. */
export async function startSession(user: User): Promise<void> {
  const options = authOptions();
  const maxAge = options.session?.maxAge ?? DEFAULT_MAX_AGE;
  const defaultToken = { name: user.name, email: user.email, picture: user.image, sub: user.id };
  const account = { providerAccountId: user.id, type: "credentials" as const, provider: "credentials" };
  const token = options.callbacks?.jwt ? await options.callbacks.jwt({ token: defaultToken, user, account, trigger: "signIn" }) : defaultToken;
  const value = await encode({ token, secret: options.secret!, maxAge });
  const { name, secure } = await sessionCookieName();
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(Date.now() + maxAge * 1000) });
}

/** Signs out: the session cookie goes (the account behind it may be gone already). */
export async function endSession(): Promise<void> {
  const { name, secure } = await sessionCookieName();
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
}
