import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { currentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h1 className="text-xl font-semibold">Create your account</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        You start with a default criteria profile and reason templates, all yours to edit.
      </p>
      <div className="mt-6 space-y-6">
        <SignUpForm callbackUrl={callbackUrl} />
        <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
      </div>
      <p className="mt-6 text-center text-sm text-stone-600 dark:text-stone-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </div>
  );
}
