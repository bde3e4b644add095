import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/settings/account-form";
import { CalendarFeedSection } from "@/components/settings/calendar-feed-section";
import { DeleteAccount } from "@/components/settings/delete-account";
import { ExportData } from "@/components/settings/export-data";
import { LanguageForm } from "@/components/settings/language-form";
import { PasswordForm } from "@/components/settings/password-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/session";
import { getPasswordHash, savedLocale } from "@/lib/data/users";
import { LOCALE_NAMES, localeFromAcceptLanguage } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("page.title") };
}

// The page is a stack of SettingsSection blocks, one per concern.
export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [passwordHash, locale, t, h] = await Promise.all([getPasswordHash(user.id), savedLocale(user.id), getTranslations("settings"), headers()]);
  const hasPassword = passwordHash !== null;
  return (
    <ClientMessages namespaces={["common", "settings.accountForm", "settings.calendar", "settings.deleteAccount", "settings.languageForm", "settings.passwordForm", "ui.copyButton", "validation"]}>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <div className="grid gap-6">
        <SettingsSection id="account" title={t("page.account.title")} description={t("page.account.description")}>
          <AccountForm name={user.name} email={user.email} defaultSignature={user.defaultSignature} />
        </SettingsSection>
        <SettingsSection id="language" title={t("page.language.title")} description={t("page.language.description")}>
          <LanguageForm current={locale} names={LOCALE_NAMES} browser={LOCALE_NAMES[localeFromAcceptLanguage(h.get("accept-language"))]} />
        </SettingsSection>
        <SettingsSection id="password" title={t("page.password.title")} description={t("page.password.description")}>
          <PasswordForm email={user.email} hasPassword={hasPassword} />
        </SettingsSection>
        <SettingsSection id="api" title={t("page.api.title")} description={t("page.api.description")}>
          <p className="text-sm text-stone-700 dark:text-stone-300">{t("page.api.body")}</p>
          <ButtonLink href="/settings/api" variant="secondary" className="mt-3">
            {t("page.api.open")}
          </ButtonLink>
        </SettingsSection>
        <SettingsSection id="calendar" title={t("page.calendar.title")} description={t("page.calendar.description")}>
          <CalendarFeedSection userId={user.id} />
        </SettingsSection>
        <SettingsSection id="import" title={t("page.import.title")} description={t("page.import.description")}>
          <ButtonLink href="/triage/import" variant="secondary">
            {t("page.import.open")}
          </ButtonLink>
        </SettingsSection>
        <SettingsSection id="data" title={t("page.data.title")} description={t("page.data.description")}>
          <ExportData />
        </SettingsSection>
        <SettingsSection id="delete" title={t("page.delete.title")} tone="danger">
          <DeleteAccount email={user.email} />
        </SettingsSection>
      </div>
    </ClientMessages>
  );
}
