import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTemplates } from "@/lib/data/templates";
import { REASON_NAMES, type ReasonKey } from "@/lib/domain";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  const user = await requireUser("/templates");
  const templates = await listTemplates(user.id);
  return (
    <>
      <PageHeader title="Reason templates" description="Your own words for each reason, reused in every decline." />
      <ul className="grid gap-4">
        {templates.map((t) => (
          <li key={t.id}>
            <Card>
              <p className="text-xs font-medium text-stone-600 uppercase dark:text-stone-400">{REASON_NAMES[t.reasonKey as ReasonKey]}</p>
              <h2 className="mt-1 font-semibold">{t.title}</h2>
              <p className="mt-1 text-sm">{t.body}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
