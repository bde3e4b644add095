import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { LanguageMenu } from "@/components/auth/language-menu";
import { currentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { languageMenuPath } from "@/lib/validations/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth.signUp");
  return (
    <ClientMessages namespaces={["auth.form", "auth.oauth", "shell.languageMenu", "validation"]}>
      <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("intro")}</p>
        <div className="mt-6 space-y-6">
          <SignUpForm callbackUrl={callbackUrl} />
          <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
        </div>
        <p className="mt-6 text-center text-sm text-stone-600 dark:text-stone-400">
          {t.rich("haveAccount", {
            link: (chunks) => (
              <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      <LanguageMenu returnTo={languageMenuPath("/sign-up", callbackUrl)} className="mt-6" />
    </ClientMessages>
  );
}
