import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { BulkTriage } from "@/components/triage/bulk-triage";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";

export const metadata: Metadata = { title: "Bulk triage" };

export default async function BulkTriagePage() {
  const user = await requireUser("/triage/bulk");
  const profiles = await listProfiles(user.id);
  return (
    <>
      <PageHeader title="Triage" description="Paste many requests at once: a verdict for each, then save them all to History." />
      <TriageTabs current="bulk" />
      <BulkTriage profiles={profiles.map((p) => ({ id: p.id, name: p.name, defaultFor: p.defaultFor }))} />
    </>
  );
}
