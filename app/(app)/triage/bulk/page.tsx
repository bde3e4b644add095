import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { BulkTriage } from "@/components/triage/bulk-triage";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfilesAsShown } from "@/lib/profile-names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bulk.page");
  return { title: t("metaTitle") };
}

export default async function BulkTriagePage() {
  const user = await requireUser("/triage/bulk");
  const [profiles, t, tc] = await Promise.all([listProfilesAsShown(user.id), getTranslations("bulk.page"), getTranslations("common.nav")]);
  return (
    <ClientMessages namespaces={["bulk", "common", "triage.options"]}>
      <PageHeader title={tc("triage")} description={t("description")} />
      <TriageTabs current="bulk" />
      <BulkTriage profiles={profiles.map((p) => ({ id: p.id, name: p.name, defaultFor: p.defaultFor }))} />
    </ClientMessages>
  );
}
