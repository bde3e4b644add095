import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { Toaster } from "sonner";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("description"),
    icons: { icon: "/icon.svg", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { title: "Grace", statusBarStyle: "default" }, // i18n-ignore: the brand's short name
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme is a cookie read on the server, so the first paint is right without a script.
  const [cookieStore, locale] = await Promise.all([cookies(), getLocale()]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <html lang={locale} className={theme === "system" ? undefined : theme}>
      <body className="min-h-dvh">
        {/* A loading.tsx fallback is swapped for the streamed page by an inline script. With
            scripting off, show the streamed page where it arrives and hide the fallback. */}
        <noscript>
          <style>{`[data-streaming-fallback]{display:none!important}div[hidden][id^="S:"]{display:block!important}`}</style>
        </noscript>
        {/* Only what the root's own client parts read (error.tsx, the app shell's menus, the
            landing page's language and theme menus); a page with client components of its
            own wraps them in a ClientMessages listing theirs. */}
        <ClientMessages namespaces={["common", "shell.error", "shell.languageMenu", "shell.theme", "shell.userMenu"]}>
          {children}
          <Toaster position="bottom-right" richColors closeButton theme={theme} />
          <ServiceWorkerRegistration />
        </ClientMessages>
      </body>
    </html>
  );
}
