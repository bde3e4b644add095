// The signed-in user, read from the session cookie on the server.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "./callback-url";
import { serverEnv } from "@/lib/env";
import { getUser } from "@/lib/data/users";
import { decodeSessionToken, sessionCookieValue } from "./session-token";

export type SessionUser = { id: string; email: string; name: string; defaultSignature: string | null };

/**
 * The current user, or null. A token for a deleted account counts as signed out. Once
 * per request (React cache): the layout and the page both ask.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  // The session callback (lib/auth/options.ts) makes the token's subject the user's id.
  const claims = await decodeSessionToken(sessionCookieValue((name) => jar.get(name)?.value), serverEnv().NEXTAUTH_SECRET);
  const id = typeof claims?.sub === "string" ? claims.sub : null;
  if (!id) return null;
  const user = await getUser(id);
  return user ? { id: user.id, email: user.email, name: user.name, defaultSignature: user.defaultSignature } : null;
});

/** The current user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo))}` : "/sign-in");
  return user;
}
