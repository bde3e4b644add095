import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileActions } from "@/components/profiles/profile-actions";
import { describeCriteria, shortList, type ProfilesT } from "@/components/profiles/describe";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import type { CriteriaProfile } from "@/lib/data/profiles";
import { listProfilesAsShown } from "@/lib/profile-names";
import { PLATFORMS } from "@/lib/domain";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profiles");
  return { title: t("list.metaTitle") };
}

/** What the delete dialog says about the platforms the profile leaves without a default. */
function fallbackNote(profile: CriteriaProfile, all: CriteriaProfile[], t: ProfilesT, platformName: (p: (typeof PLATFORMS)[number]) => string, locale: string): string | undefined {
  const heir = all.find((p) => p.id !== profile.id);
  if (!heir || profile.defaultFor.length === 0) return undefined;
  const platforms = shortList(PLATFORMS.filter((p) => profile.defaultFor.includes(p)).map(platformName), t, locale, 5);
  return t("list.fallbackNote", { platforms, heir: heir.name, count: profile.defaultFor.length });
}

export default async function ProfilesPage() {
  const user = await requireUser("/profiles");
  const [profiles, t, tc, locale] = await Promise.all([listProfilesAsShown(user.id), getTranslations("profiles"), getTranslations("common"), getLocale()]);
  // The built-in profile the user never renamed is named in the interface language.
  const platformName = (p: (typeof PLATFORMS)[number]) => tc(`platform.${p}`);
  const newButton = (
    <ButtonLink href="/profiles/new">
      <Plus className="size-4" aria-hidden="true" />
      {t("list.newProfile")}
    </ButtonLink>
  );
  return (
    <ClientMessages namespaces={["common", "profiles.actions", "ui.deleteButton"]}>
      <PageHeader title={t("list.title")} description={t("list.description")} actions={profiles.length ? newButton : undefined} />
      {profiles.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} action={newButton}>
          {t("list.emptyBody")}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {profiles.map((p) => (
            <li key={p.id}>
              <Card className="flex h-full flex-col gap-3">
                <h2 className="text-lg font-semibold break-words">{p.name}</h2>
                {p.defaultFor.length ? (
                  <div className="flex flex-wrap items-center gap-1.5 text-sm">
                    <span id={`defaults-${p.id}`} className="text-stone-600 dark:text-stone-400">
                      {t("list.defaultFor")}
                    </span>
                    <ul aria-labelledby={`defaults-${p.id}`} className="flex flex-wrap gap-1.5">
                      {PLATFORMS.filter((f) => p.defaultFor.includes(f)).map((f) => (
                        <li key={f}>
                          <Badge className="bg-brand-50 text-brand-900 ring-brand-200 dark:bg-brand-950 dark:text-brand-100 dark:ring-brand-800">
                            {platformName(f)}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="text-sm text-stone-600 dark:text-stone-400">{t("list.notDefault")}</p>
                )}
                <ul className="list-disc space-y-1 pl-5 text-sm break-words text-stone-700 dark:text-stone-300">
                  {describeCriteria(p, t, locale).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <div className="mt-auto space-y-2 pt-2">
                  <ProfileActions id={p.id} name={p.name} isOnly={profiles.length === 1} fallbackNote={fallbackNote(p, profiles, t, platformName, locale)} />
                  {profiles.length === 1 ? <p className="text-xs text-stone-600 dark:text-stone-400">{t("list.onlyProfile")}</p> : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </ClientMessages>
  );
}
