import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getTemplate } from "@/lib/data/templates";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/templates/${id}`);
  // Another user's id and a deleted one look the same: not found.
  const t = await getTemplate(user.id, id);
  if (!t) notFound();
  const reasonKey = REASON_KEYS.find((k) => k === t.reasonKey) ?? "competitor";
  return (
    <>
      <PageHeader title={`Edit “${t.title}”`} description="Drafts written from now on use the new wording." />
      <TemplateForm templateId={t.id} initial={{ reasonKey: reasonKey as ReasonKey, title: t.title, body: t.body, isDefault: t.isDefault }} />
    </>
  );
}
