import type { Metadata } from "next";
import { ArrowLeft, BookOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApiTokensSection } from "@/components/settings/api-tokens";
import { Bookmarklet } from "@/components/settings/bookmarklet";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("apiPage.title") };
}

export default async function ApiSettingsPage() {
  const user = await requireUser("/settings/api");
  const [t, tc] = await Promise.all([getTranslations("settings.apiPage"), getTranslations("common")]);
  return (
    <ClientMessages namespaces={["common", "settings.bookmarklet", "settings.tokens", "ui.copyButton", "validation"]}>
      <Link href="/settings" className="mb-3 inline-flex items-center gap-1 text-sm text-stone-600 hover:underline dark:text-stone-400">
        <ArrowLeft className="size-4" aria-hidden="true" /> {tc("nav.settings")}
      </Link>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/settings/api/docs" variant="secondary">
            <BookOpen className="size-4" aria-hidden="true" /> {t("reference")}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <SettingsSection id="bookmarklet" title={t("bookmarklet.title")} description={t("bookmarklet.description")}>
          <Bookmarklet />
        </SettingsSection>
        <SettingsSection id="tokens" title={t("tokens.title")} description={t("tokens.description")}>
          <ApiTokensSection userId={user.id} />
        </SettingsSection>
      </div>
    </ClientMessages>
  );
}
