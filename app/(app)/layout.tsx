import { getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { Logo } from "@/components/layout/logo";
import { NavLinks } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits } from "@/lib/data/decisions";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts already sends visitors to sign-in; this is the server-side guarantee.
  const returnTo = (await headers()).get("x-pathname") ?? undefined;
  const user = await requireUser(returnTo);
  const [due, cookieStore, t] = await Promise.all([countDueRevisits(user.id), cookies(), getTranslations("common")]);
  const nav = [
    { href: "/triage", label: t("nav.triage") },
    { href: "/profiles", label: t("nav.profiles") },
    { href: "/templates", label: t("nav.templates") },
    { href: "/history", label: t("nav.history"), badge: due, badgeLabel: due ? t("nav.due", { count: due }) : undefined },
    { href: "/settings", label: t("nav.settings") },
  ];
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Logo href="/triage" />
          <nav aria-label={t("nav.main")} className="hidden md:block">
            <NavLinks items={nav} />
          </nav>
          <UserMenu name={user.name} email={user.email} theme={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />
        </div>
        <nav aria-label={t("nav.compact")} className="border-t border-stone-200 px-1 py-1 md:hidden dark:border-stone-800">
          <NavLinks items={nav} compact />
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
