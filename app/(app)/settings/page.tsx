import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/settings/account-form";
import { CalendarFeedSection } from "@/components/settings/calendar-feed-section";
import { DeleteAccount } from "@/components/settings/delete-account";
import { ExportData } from "@/components/settings/export-data";
import { PasswordForm } from "@/components/settings/password-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/session";
import { getPasswordHash } from "@/lib/data/users";

export const metadata: Metadata = { title: "Settings" };

// The page is a stack of SettingsSection blocks, one per concern.
export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const hasPassword = (await getPasswordHash(user.id)) !== null;
  return (
    <>
      <PageHeader title="Settings" description="Your name and signature, your password, and your data." />
      <div className="grid gap-6">
        <SettingsSection id="account" title="Account" description="How you appear in the app and how your declines are signed.">
          <AccountForm name={user.name} email={user.email} defaultSignature={user.defaultSignature} />
        </SettingsSection>
        <SettingsSection id="password" title="Password" description="Changing it keeps you signed in here.">
          <PasswordForm email={user.email} hasPassword={hasPassword} />
        </SettingsSection>
        <SettingsSection
          id="api"
          title="API and bookmarklet"
          description="Send a request here in one click from any platform page, or triage from your own scripts."
        >
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Drag the bookmarklet to your bookmarks bar, and make personal API tokens for your own automation.
          </p>
          <ButtonLink href="/settings/api" variant="secondary" className="mt-3">
            Open API and bookmarklet
          </ButtonLink>
        </SettingsSection>
        <SettingsSection id="calendar" title="Calendar" description="Your revisit dates in the calendar you already use.">
          <CalendarFeedSection userId={user.id} />
        </SettingsSection>
        <SettingsSection id="import" title="Import from a platform export" description="Triage a backlog of requests from the data export LinkedIn, Facebook or Instagram gives you.">
          <ButtonLink href="/triage/import" variant="secondary">
            Import an export
          </ButtonLink>
        </SettingsSection>
        <SettingsSection id="data" title="Your data" description="Take a copy of everything, whenever you like.">
          <ExportData />
        </SettingsSection>
        <SettingsSection id="delete" title="Delete account" tone="danger">
          <DeleteAccount email={user.email} />
        </SettingsSection>
      </div>
    </>
  );
}
