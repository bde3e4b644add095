import type { Metadata } from "next";
import { ProfileEditor } from "@/components/profiles/profile-editor";
import { EMPTY_PROFILE } from "@/components/profiles/profile-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";
import { defaultHolders } from "@/components/profiles/holders";
import { defaultWording } from "@/lib/data/templates";

export const metadata: Metadata = { title: "New profile" };

export default async function NewProfilePage() {
  const user = await requireUser("/profiles/new");
  const [profiles, reasons] = await Promise.all([listProfiles(user.id), defaultWording(user.id)]);
  return (
    <>
      <PageHeader title="New profile" description="Write down when you connect and when you don't, and try it on a sample request as you go." />
      <ProfileEditor initial={EMPTY_PROFILE} otherDefaults={defaultHolders(profiles)} accountSignature={user.defaultSignature} reasons={reasons} />
    </>
  );
}
