import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { ImportExport } from "@/components/import/import-export";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";
import { importOutcomeMessage, importOutcomeSchema } from "@/lib/validations/import";

export const metadata: Metadata = { title: "Import from a platform export" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/triage/import");
  const profiles = await listProfiles(user.id);
  // After a confirm: the counts it saved and skipped (anything else in the query is ignored).
  const outcome = importOutcomeSchema.safeParse(await searchParams);
  const done = outcome.success ? importOutcomeMessage(outcome.data.saved, outcome.data.skipped, await getTranslations("validation")) : undefined;
  return (
    <>
      <PageHeader
        title="Import from a platform export"
        description="Upload the data export LinkedIn, Facebook or Instagram gives you: every request sent to you gets a verdict, then you save the ones you choose."
      />
      <TriageTabs current="import" />
      <ImportExport key={outcome.success ? (outcome.data.t ?? "done") : "new"} done={done} profiles={profiles.map((p) => ({ id: p.id, name: p.name }))} />
    </>
  );
}
