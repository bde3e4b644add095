import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listProfiles } from "@/lib/data/profiles";
import { PLATFORM_NAMES } from "@/lib/domain";

export const metadata: Metadata = { title: "Profiles" };

export default async function ProfilesPage() {
  const user = await requireUser("/profiles");
  const profiles = await listProfiles(user.id);
  return (
    <>
      <PageHeader title="Criteria profiles" description="Why you connect, written down: one profile per context." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {profiles.map((p) => (
          <li key={p.id}>
            <Card>
              <h2 className="font-semibold">{p.name}</h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                Default for {p.defaultFor.map((f) => PLATFORM_NAMES[f]).join(", ") || "no platform"}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
