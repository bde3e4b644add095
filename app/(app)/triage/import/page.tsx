import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { ImportExport } from "@/components/import/import-export";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";

export const metadata: Metadata = { title: "Import from a platform export" };

export default async function ImportPage() {
  const user = await requireUser("/triage/import");
  const profiles = await listProfiles(user.id);
  return (
    <>
      <PageHeader
        title="Import from a platform export"
        description="Upload the data export LinkedIn, Facebook or Instagram gives you: every request sent to you gets a verdict, then you save the ones you choose."
      />
      <TriageTabs current="import" />
      <ImportExport profiles={profiles.map((p) => ({ id: p.id, name: p.name }))} />
    </>
  );
}
