import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileEditor } from "@/components/profiles/profile-editor";
import { EMPTY_PROFILE } from "@/components/profiles/profile-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listProfilesAsShown } from "@/lib/profile-names";
import { defaultHolders } from "@/components/profiles/holders";
import { defaultWording } from "@/lib/data/templates";
import { userLanguage } from "@/lib/triage-service/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profiles");
  return { title: t("newPage.metaTitle") };
}

export default async function NewProfilePage() {
  const user = await requireUser("/profiles/new");
  const [profiles, reasons, language, t] = await Promise.all([listProfilesAsShown(user.id), defaultWording(user.id), userLanguage(user.id), getTranslations("profiles")]);
  // The built-in profile the user never renamed is named in the interface language.
  return (
    <ClientMessages namespaces={["common", "profiles.form", "profiles.liveExample", "profiles.tone", "signals", "ui.tagInput", "validation"]}>
      <PageHeader title={t("newPage.title")} description={t("newPage.description")} />
      <ProfileEditor
        initial={EMPTY_PROFILE}
        otherDefaults={defaultHolders(profiles)}
        accountSignature={user.defaultSignature}
        reasons={reasons}
        userLanguage={language}
      />
    </ClientMessages>
  );
}
