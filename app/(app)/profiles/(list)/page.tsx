import type { Metadata } from "next";
import { Plus } from "lucide-react";
import { ProfileActions } from "@/components/profiles/profile-actions";
import { describeCriteria, shortList } from "@/components/profiles/describe";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listProfiles, type CriteriaProfile } from "@/lib/data/profiles";
import { PLATFORM_NAMES, PLATFORMS } from "@/lib/domain";

export const metadata: Metadata = { title: "Profiles" };

/** What the delete dialog says about the platforms the profile leaves without a default. */
function fallbackNote(profile: CriteriaProfile, all: CriteriaProfile[]): string | undefined {
  const heir = all.find((p) => p.id !== profile.id);
  if (!heir || profile.defaultFor.length === 0) return undefined;
  const platforms = shortList(PLATFORMS.filter((p) => profile.defaultFor.includes(p)).map((p) => PLATFORM_NAMES[p]), 5);
  return `${platforms} will use “${heir.name}” until you make another profile their default.`;
}

export default async function ProfilesPage() {
  const user = await requireUser("/profiles");
  const profiles = await listProfiles(user.id);
  const newButton = (
    <ButtonLink href="/profiles/new">
      <Plus className="size-4" aria-hidden="true" />
      New profile
    </ButtonLink>
  );
  return (
    <>
      <PageHeader
        title="Criteria profiles"
        description="Why you connect, written down. Keep one per context and make each the default for the platforms it fits; triage decides every request with one."
        actions={profiles.length ? newButton : undefined}
      />
      {profiles.length === 0 ? (
        <EmptyState title="No criteria profile yet" action={newButton}>
          Triage needs a profile to decide with. Create one to say who you connect with, who you don&apos;t, and how your
          declines should sound.
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
                      Default for
                    </span>
                    <ul aria-labelledby={`defaults-${p.id}`} className="flex flex-wrap gap-1.5">
                      {PLATFORMS.filter((f) => p.defaultFor.includes(f)).map((f) => (
                        <li key={f}>
                          <Badge className="bg-brand-50 text-brand-900 ring-brand-200 dark:bg-brand-950 dark:text-brand-100 dark:ring-brand-800">
                            {PLATFORM_NAMES[f]}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="text-sm text-stone-600 dark:text-stone-400">Not the default for any platform</p>
                )}
                <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
                  {describeCriteria(p).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <div className="mt-auto space-y-2 pt-2">
                  <ProfileActions id={p.id} name={p.name} isOnly={profiles.length === 1} fallbackNote={fallbackNote(p, profiles)} />
                  {profiles.length === 1 ? (
                    <p className="text-xs text-stone-600 dark:text-stone-400">
                      Your only profile can&apos;t be deleted: triage needs one. Create another first if you want to replace it.
                    </p>
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
