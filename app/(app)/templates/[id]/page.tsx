import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getTemplate } from "@/lib/data/templates";
import { shownTemplateTitle } from "@/lib/defaults";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";
import { userLanguage } from "@/lib/triage-service/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("editPage.metaTitle") };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/templates/${id}`);
  // Another user's id and a deleted one look the same: not found.
  const [tpl, language, t] = await Promise.all([getTemplate(user.id, id), userLanguage(user.id), getTranslations("templates")]);
  if (!tpl) notFound();
  const reasonKey = REASON_KEYS.find((k) => k === tpl.reasonKey) ?? "competitor";
  const title = shownTemplateTitle(tpl, (key) => t(`builtInTitles.${key}`));
  return (
    <ClientMessages namespaces={["common", "templates.form", "templates.preview", "validation"]}>
      <PageHeader title={t("editPage.title", { title })} description={t("editPage.description")} />
      <TemplateForm
        templateId={tpl.id}
        initial={{
          reasonKey: reasonKey as ReasonKey,
          title,
          body: tpl.body,
          isDefault: tpl.isDefault,
          // A wording saved without a language was read as the user's own.
          language: tpl.language ?? language,
          wordings: tpl.wordings,
        }}
      />
    </ClientMessages>
  );
}
