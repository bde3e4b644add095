import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { currentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const providers = enabledOAuthProviders();
  // next-auth reports OAuth failures with ?error=…; the credentials form handles its own.
  const oauthError = typeof params.error === "string" && params.error !== "CredentialsSignin" ? "That sign-in did not work. Try again, or use your email and password." : undefined;
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Welcome back. Your criteria and history are waiting.</p>
      <div className="mt-6 space-y-6">
        <SignInForm callbackUrl={callbackUrl} initialError={oauthError} />
        <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      </div>
      <p className="mt-6 text-center text-sm text-stone-600 dark:text-stone-400">
        New here?{" "}
        <Link href={`/sign-up${callbackUrl !== "/triage" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Create an account
        </Link>
      </p>
    </div>
  );
}
