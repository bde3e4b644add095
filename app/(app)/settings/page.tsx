import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/settings/account-form";
import { DeleteAccount } from "@/components/settings/delete-account";
import { ExportData } from "@/components/settings/export-data";
import { PasswordForm } from "@/components/settings/password-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/session";
import { getPasswordHash } from "@/lib/data/users";

export const metadata: Metadata = { title: "Settings" };

// The page is a stack of SettingsSection blocks, one per concern. New sections (API
// tokens: components/settings/api-tokens.tsx) slot in between "Password" and "Your data".
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
