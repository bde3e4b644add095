import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileEditor } from "@/components/profiles/profile-editor";
import { defaultHolders } from "@/components/profiles/holders";
import { defaultWording } from "@/lib/data/templates";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listProfilesAsShown } from "@/lib/profile-names";
import { userLanguage } from "@/lib/triage-service/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profiles");
  return { title: t("editPage.metaTitle") };
}

export default async function EditProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/profiles/${id}`);
  const [profiles, reasons, language, t] = await Promise.all([listProfilesAsShown(user.id), defaultWording(user.id), userLanguage(user.id), getTranslations("profiles")]);
  // The built-in profile the user never renamed is named in the interface language.
  // Another user's id and a deleted one look the same: not found.
  const profile = profiles.find((p) => p.id === id);
  if (!profile) notFound();
  return (
    <ClientMessages namespaces={["common", "profiles.form", "profiles.liveExample", "profiles.tone", "signals", "ui.tagInput", "validation"]}>
      <PageHeader title={t("editPage.title", { name: profile.name })} description={t("editPage.description")} />
      <ProfileEditor
        profileId={profile.id}
        initial={{
          name: profile.name,
          defaultFor: profile.defaultFor,
          onlyKnownInRealLife: profile.onlyKnownInRealLife,
          knownPeople: profile.knownPeople,
          competitors: profile.competitors,
          blockedRoles: profile.blockedRoles,
          requirePersonalNote: profile.requirePersonalNote,
          minMutualConnections: String(profile.minMutualConnections),
          observeStrangersMetOnline: profile.observeStrangersMetOnline,
          tone: profile.tone,
          signature: profile.signature ?? "",
          language: profile.language ?? "",
        }}
        otherDefaults={defaultHolders(profiles.filter((p) => p.id !== profile.id))}
        accountSignature={user.defaultSignature}
        reasons={reasons}
        userLanguage={language}
      />
    </ClientMessages>
  );
}
