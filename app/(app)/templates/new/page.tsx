import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTemplates } from "@/lib/data/templates";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";
import { userLanguage } from "@/lib/triage-service/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("newPage.metaTitle") };
}

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ reason?: string | string[] }> }) {
  const { reason } = await searchParams;
  const reasonKey: ReasonKey = REASON_KEYS.find((k) => k === reason) ?? "competitor";
  const user = await requireUser(`/templates/new${reason ? `?reason=${reasonKey}` : ""}`);
  const [templates, language, t] = await Promise.all([listTemplates(user.id), userLanguage(user.id), getTranslations("templates")]);
  // The first template of a reason becomes its default anyway; say so by ticking the box.
  const hasAny = templates.some((tpl) => tpl.reasonKey === reasonKey);
  return (
    <ClientMessages namespaces={["common", "templates.form", "templates.preview", "validation"]}>
      <PageHeader title={t("newPage.title")} description={t("newPage.description")} />
      {/* A new wording is in the user's own language unless they say otherwise. */}
      <TemplateForm initial={{ reasonKey, title: "", body: "", isDefault: !hasAny, language, wordings: {} }} />
    </ClientMessages>
  );
}
