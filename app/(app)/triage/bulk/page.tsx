import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { BulkTriage } from "@/components/triage/bulk-triage";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";
import { shownProfileName } from "@/lib/defaults";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bulk.page");
  return { title: t("metaTitle") };
}

export default async function BulkTriagePage() {
  const user = await requireUser("/triage/bulk");
  const [profiles, t, tc, tp] = await Promise.all([listProfiles(user.id), getTranslations("bulk.page"), getTranslations("common.nav"), getTranslations("profiles")]);
  return (
    <>
      <PageHeader title={tc("triage")} description={t("description")} />
      <TriageTabs current="bulk" />
      <BulkTriage profiles={profiles.map((p) => ({ id: p.id, name: shownProfileName(p.name, tp("defaultName")), defaultFor: p.defaultFor }))} />
    </>
  );
}
