import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RestoreTemplatesButton } from "@/components/templates/restore-button";
import { TemplateActions } from "@/components/templates/template-actions";
import { TemplateBody } from "@/components/templates/template-body";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTemplates, type ReasonTemplate } from "@/lib/data/templates";
import { shownTemplateTitle } from "@/lib/defaults";
import { LANGUAGES, REASON_KEYS, type Language } from "@/lib/domain";
import { userLanguage } from "@/lib/triage-service/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("list.metaTitle") };
}

type TemplatesT = Awaited<ReturnType<typeof getTranslations<"templates">>>;

/** What the delete dialog says drafts for this reason will use afterwards. */
function deleteNote(tpl: ReasonTemplate, group: ReasonTemplate[], t: TemplatesT) {
  const rest = group.filter((o) => o.id !== tpl.id);
  if (rest.length === 0) return t("list.deleteNote.last");
  if (!tpl.isDefault) return t("list.deleteNote.notDefault");
  const heir = [...rest].sort((a, b) => b.timesUsed - a.timesUsed || a.createdAt.getTime() - b.createdAt.getTime())[0]!;
  return t("list.deleteNote.heir", { title: heir.title });
}

/** The languages a template has a wording in, in the menu's order; a body saved without one counts as the user's. */
function languagesOf(tpl: ReasonTemplate, own: Language): Language[] {
  const covered = new Set<Language>([tpl.language ?? own, ...(Object.keys(tpl.wordings) as Language[])]);
  return LANGUAGES.filter((l) => covered.has(l));
}

/** The wording the list shows: the one in the interface language when the template has it, else its body. */
function shownWording(tpl: ReasonTemplate, locale: string): { body: string; lang?: string } {
  const inLocale = tpl.language !== locale ? tpl.wordings[locale as Language] : undefined;
  return inLocale ? { body: inLocale, lang: locale } : { body: tpl.body, lang: tpl.language ?? undefined };
}

const srOnly = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function TemplatesPage() {
  const user = await requireUser("/templates");
  const [rows, own, t, tc, locale] = await Promise.all([
    listTemplates(user.id),
    userLanguage(user.id),
    getTranslations("templates"),
    getTranslations("common"),
    getLocale(),
  ]);
  // Built-in templates the user never retitled are titled in the interface language.
  const templates = rows.map((tpl) => ({ ...tpl, title: shownTemplateTitle(tpl, (key) => t(`builtInTitles.${key}`)) }));
  const groups = REASON_KEYS.map((key) => ({ key, items: templates.filter((tpl) => tpl.reasonKey === key) }));
  return (
    <ClientMessages namespaces={["common", "templates.actions", "ui.deleteButton"]}>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            <RestoreTemplatesButton />
            <ButtonLink href="/templates/new">
              <Plus className="size-4" aria-hidden="true" />
              {t("list.newTemplate")}
            </ButtonLink>
          </>
        }
      />
      {templates.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} action={<RestoreTemplatesButton variant="primary" />}>
          {t("list.emptyBody")}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          {groups.map(({ key, items }) => (
            <section key={key} aria-labelledby={`reason-${key}`}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`reason-${key}`} className="text-lg font-semibold">
                  {tc(`reason.${key}`)}
                </h2>
                <ButtonLink href={`/templates/new?reason=${key}`} variant="ghost" size="sm">
                  <Plus className="size-4" aria-hidden="true" />
                  {t.rich("list.add", { reason: tc(`reason.${key}`), sr: srOnly })}
                </ButtonLink>
              </div>
              {items.length === 0 ? (
                <p className="rounded-xl border border-dashed border-stone-300 px-4 py-5 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
                  {t("list.noneForReason")}
                </p>
              ) : (
                <ul className="grid gap-3">
                  {items.map((tpl) => (
                    <li key={tpl.id}>
                      <Card className="space-y-2">
                        <div className="flex flex-wrap items-center gap-2">
                          <h3 className="font-semibold break-words">{tpl.title}</h3>
                          {tpl.isDefault ? (
                            <Badge className="bg-brand-100 text-brand-900 ring-brand-300 dark:bg-brand-900 dark:text-brand-50 dark:ring-brand-700">
                              {t("list.default")}
                            </Badge>
                          ) : null}
                        </div>
                        <TemplateBody {...shownWording(tpl, locale)} />
                        <div className="flex flex-wrap items-center gap-1.5 text-xs">
                          <span id={`languages-${tpl.id}`} className="text-stone-600 dark:text-stone-400">
                            {t("list.languages")}
                          </span>
                          <ul aria-labelledby={`languages-${tpl.id}`} className="flex flex-wrap gap-1">
                            {languagesOf(tpl, own).map((l) => (
                              <li key={l}>
                                <Badge className="bg-stone-100 text-stone-800 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600">
                                  {tc(`language.${l}`)}
                                </Badge>
                              </li>
                            ))}
                          </ul>
                        </div>
                        <div className="flex flex-wrap items-center justify-between gap-2 pt-1">
                          <p className="text-xs text-stone-600 dark:text-stone-400">{t("list.timesUsed", { count: tpl.timesUsed })}</p>
                          <TemplateActions id={tpl.id} title={tpl.title} isDefault={tpl.isDefault} deleteNote={deleteNote(tpl, items, t)} />
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
    </ClientMessages>
  );
}
