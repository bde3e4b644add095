// The signed-in user, read from the session cookie on the server.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { safeCallbackUrl } from "./callback-url";
import { getUser } from "@/lib/data/users";

export type SessionUser = { id: string; email: string; name: string; defaultSignature: string | null };

/** The current user, or null. A token for a deleted account counts as signed out. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
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
