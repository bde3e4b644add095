import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { RestoreTemplatesButton } from "@/components/templates/restore-button";
import { TemplateActions } from "@/components/templates/template-actions";
import { TemplateBody } from "@/components/templates/template-body";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTemplates, type ReasonTemplate } from "@/lib/data/templates";
import { REASON_KEYS, REASON_NAMES, type ReasonKey } from "@/lib/domain";

export const metadata: Metadata = { title: "Templates" };

function timesUsed(n: number) {
  return n === 0 ? "Not used yet" : n === 1 ? "Used once" : `Used ${n} times`;
}

/** What the delete dialog says drafts for this reason will use afterwards. */
function deleteNote(t: ReasonTemplate, group: ReasonTemplate[]) {
  const rest = group.filter((o) => o.id !== t.id);
  if (rest.length === 0) return "Declines for this reason will use the built-in wording until you add a template for it.";
  if (!t.isDefault) return "Drafts keep using the default template for this reason.";
  const heir = [...rest].sort((a, b) => b.timesUsed - a.timesUsed || a.createdAt.getTime() - b.createdAt.getTime())[0]!;
  return `“${heir.title}” becomes the default for this reason.`;
}

export default async function TemplatesPage() {
  const user = await requireUser("/templates");
  const templates = await listTemplates(user.id);
  const groups = REASON_KEYS.map((key) => ({ key, items: templates.filter((t) => t.reasonKey === key) }));
  return (
    <>
      <PageHeader
        title="Reason templates"
        description="Your own words for each reason you decline, used in every draft. The default of each reason is the one drafts use."
        actions={
          <>
            <RestoreTemplatesButton />
            <ButtonLink href="/templates/new">
              <Plus className="size-4" aria-hidden="true" />
              New template
            </ButtonLink>
          </>
        }
      />
      {templates.length === 0 ? (
        <EmptyState title="No reason templates" action={<RestoreTemplatesButton variant="primary" />}>
          Declines use the built-in wording for now. Restore the built-in templates to edit them, or write your own with
          New template.
        </EmptyState>
      ) : (
        <div className="space-y-8">
          {groups.map(({ key, items }) => (
            <section key={key} aria-labelledby={`reason-${key}`}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`reason-${key}`} className="text-lg font-semibold">
                  {REASON_NAMES[key as ReasonKey]}
                </h2>
                <ButtonLink href={`/templates/new?reason=${key}`} variant="ghost" size="sm">
                  <Plus className="size-4" aria-hidden="true" />
                  Add<span className="sr-only"> a template for “{REASON_NAMES[key as ReasonKey]}”</span>
                </ButtonLink>
              </div>
              {items.length === 0 ? (
                <p className="rounded-xl border border-dashed border-stone-300 px-4 py-5 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
                  No template for this reason: declines use the built-in wording. Add one to say it your way.
                </p>
              ) : (
                <ul className="grid gap-3">
                  {items.map((t) => (
                    <li key={t.id}>
                      <Card className="space-y-2">
                        <div className="flex flex-wrap items-center gap-2">
                          <h3 className="font-semibold break-words">{t.title}</h3>
                          {t.isDefault ? (
                            <Badge className="bg-brand-100 text-brand-900 ring-brand-300 dark:bg-brand-900 dark:text-brand-50 dark:ring-brand-700">
                              Default
                            </Badge>
                          ) : null}
                        </div>
                        <TemplateBody body={t.body} />
                        <div className="flex flex-wrap items-center justify-between gap-2 pt-1">
                          <p className="text-xs text-stone-600 dark:text-stone-400">{timesUsed(t.timesUsed)}</p>
                          <TemplateActions id={t.id} title={t.title} isDefault={t.isDefault} deleteNote={deleteNote(t, items)} />
                        </div>
                      </Card>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
