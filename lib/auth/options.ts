// next-auth 4 configuration: email and password (Credentials, so JWT sessions), plus
// GitHub, Google and LinkedIn when their environment variables are set.
import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import LinkedInProvider from "next-auth/providers/linkedin";
import { serverEnv } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { createUserWithDefaults, findUserForSignIn } from "@/lib/data/users";
import { applySavedLocale } from "./saved-locale";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clientAddress } from "./client-address";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { englishTranslator, requestLocale } from "@/lib/i18n/server";
import { limitSignIn, TooManySignInAttempts } from "./sign-in-limits";

/**
 * One message for an unknown email and a wrong password, so neither is revealed. English, as
 * next-auth's route reports it; the sign-in form (lib/actions/auth.ts) says it in the page's language.
 */
export const SIGN_IN_FAILED = englishTranslator("auth")("errors.signInFailed");
export const tooManyAttempts = (seconds: number) => new TooManySignInAttempts(seconds).message;

/**
 * next-auth's authorize() for email and password. `headers` are the request's, with the
 * peer address appended to X-Forwarded-For at start-up (lib/auth/client-address.ts).
 */
export async function authorizeWithPassword(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined>,
): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new Error(SIGN_IN_FAILED);
  const { email, password } = parsed.data;

  const user = await limitSignIn(email, clientAddress(headers), async () => {
    const found = await findUserForSignIn(email);
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), password);
    return found?.passwordHash && ok ? found : null;
  });
  if (!user) throw new Error(SIGN_IN_FAILED);
  return { id: user.id, email: user.email, name: user.name };
}

function oauthProviders(): NextAuthOptions["providers"] {
  const env = serverEnv();
  const providers: NextAuthOptions["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET)
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  if (env.LINKEDIN_CLIENT_ID && env.LINKEDIN_CLIENT_SECRET)
    providers.push(LinkedInProvider({ clientId: env.LINKEDIN_CLIENT_ID, clientSecret: env.LINKEDIN_CLIENT_SECRET }));
  return providers;
}

/** The OAuth providers configured on this server, for the sign-in page's buttons. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.name }));
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        // Labels for next-auth's own sign-in page, which is never shown (pages.signIn is /sign-in).
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } }, // i18n-ignore
        authorize: (credentials, req) => authorizeWithPassword(credentials, req.headers ?? {}),
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // OAuth: the account is the verified email's; create it on first sign-in.
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const existing = await findUserForSignIn(email);
        // A new account's profile and templates are named in the language of the request that makes it.
        const row =
          existing ??
          (await createUserWithDefaults({
            email,
            name: user.name ?? email.split("@")[0]!,
            password: null,
            locale: await requestLocale().catch(() => DEFAULT_LOCALE),
          }));
        user.id = row.id;
        if (existing) await applySavedLocale(row.id);
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return cached;
}
