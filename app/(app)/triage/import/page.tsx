import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { ImportExport } from "@/components/import/import-export";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { requireUser } from "@/lib/auth/session";
import { listProfilesAsShown } from "@/lib/profile-names";
import { importOutcomeSchema } from "@/lib/validations/import";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.page");
  return { title: t("title") };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/triage/import");
  const [profiles, t] = await Promise.all([listProfilesAsShown(user.id), getTranslations("imports.page")]);
  // After a confirm: the counts it saved and skipped (anything else in the query is ignored).
  const outcome = importOutcomeSchema.safeParse(await searchParams);
  const done = outcome.success ? t("outcome", { saved: outcome.data.saved, skipped: outcome.data.skipped }) : undefined;
  return (
    <ClientMessages namespaces={["bulk.results", "common", "imports"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <TriageTabs current="import" />
      <ImportExport key={outcome.success ? (outcome.data.t ?? "done") : "new"} done={done} profiles={profiles.map((p) => ({ id: p.id, name: p.name }))} />
    </ClientMessages>
  );
}
