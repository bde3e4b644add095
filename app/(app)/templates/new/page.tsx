import type { Metadata } from "next";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTemplates } from "@/lib/data/templates";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ reason?: string | string[] }> }) {
  const { reason } = await searchParams;
  const reasonKey: ReasonKey = REASON_KEYS.find((k) => k === reason) ?? "competitor";
  const user = await requireUser(`/templates/new${reason ? `?reason=${reasonKey}` : ""}`);
  // The first template of a reason becomes its default anyway; say so by ticking the box.
  const hasAny = (await listTemplates(user.id)).some((t) => t.reasonKey === reasonKey);
  return (
    <>
      <PageHeader title="New template" description="Say why, briefly and honestly, in your own words. The preview shows it filled in for a sample person." />
      <TemplateForm initial={{ reasonKey, title: "", body: "", isDefault: !hasAny }} />
    </>
  );
}
