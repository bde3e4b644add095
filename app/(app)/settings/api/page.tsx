import type { Metadata } from "next";
import { ArrowLeft, BookOpen } from "lucide-react";
import Link from "next/link";
import { ApiTokensSection } from "@/components/settings/api-tokens";
import { Bookmarklet } from "@/components/settings/bookmarklet";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API and bookmarklet" };

export default async function ApiSettingsPage() {
  const user = await requireUser("/settings/api");
  return (
    <>
      <Link href="/settings" className="mb-3 inline-flex items-center gap-1 text-sm text-stone-600 hover:underline dark:text-stone-400">
        <ArrowLeft className="size-4" aria-hidden="true" /> Settings
      </Link>
      <PageHeader
        title="API and bookmarklet"
        description="Send requests here in one click from any platform page, or triage them from your own scripts."
        actions={
          <ButtonLink href="/settings/api/docs" variant="secondary">
            <BookOpen className="size-4" aria-hidden="true" /> API reference
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <SettingsSection
          id="bookmarklet"
          title="Bookmarklet"
          description="Met a request on LinkedIn, Facebook, X or Instagram? Select it and click the bookmark: Triage opens with it filled in."
        >
          <Bookmarklet />
        </SettingsSection>
        <SettingsSection
          id="tokens"
          title="Personal API tokens"
          description="A token lets your own scripts use the API as you. Keep it secret: whoever holds it can read and change your History. Revoke it when you no longer need it."
        >
          <ApiTokensSection userId={user.id} />
        </SettingsSection>
      </div>
    </>
  );
}
