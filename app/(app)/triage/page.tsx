import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { TriageTabs } from "@/components/triage/triage-tabs";
import { TriageWorkbench } from "@/components/triage/triage-workbench";
import { requireUser } from "@/lib/auth/session";
import { listProfilesAsShown } from "@/lib/profile-names";
import { ForgetShared } from "@/components/pwa/forget-shared";
import { sharedRequest } from "@/lib/share-target-read";
import { PLATFORMS } from "@/lib/domain";
import { MAX_TEXT_LENGTH } from "@/lib/triage/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("triage");
  return { title: t("page.title") };
}

// The bookmarklet (and "open in single view" from bulk triage) hand a request over in the URL.
const prefillSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH).optional().catch(undefined),
  platform: z.enum(PLATFORMS).optional().catch(undefined),
  truncated: z.literal("1").optional().catch(undefined),
  shared: z.literal("1").optional().catch(undefined),
});

export default async function TriagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, params] = await Promise.all([requireUser("/triage"), searchParams]);
  const fromUrl = prefillSchema.parse({ text: params.text, platform: params.platform, truncated: params.truncated, shared: params.shared });
  // The phone's share sheet hands a request over in a cookie (app/(app)/triage/share/route.ts).
  const shared = fromUrl.shared ? await sharedRequest() : null;
  const prefill = shared ? { text: shared.text, platform: shared.platform, truncated: shared.truncated ? ("1" as const) : undefined } : fromUrl;
  const [profiles, t] = await Promise.all([listProfilesAsShown(user.id), getTranslations("triage")]);
  return (
    <ClientMessages namespaces={["bulk.multiNotice", "common", "signals", "triage", "ui.copyButton", "validation"]}>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <TriageTabs current="single" />
      {shared ? <ForgetShared /> : null}
      <TriageWorkbench
        key={prefill.text ?? ""}
        profiles={profiles.map((p) => ({ id: p.id, name: p.name, defaultFor: p.defaultFor }))}
        initialText={prefill.text}
        initialPlatform={prefill.platform}
        truncated={prefill.truncated === "1"}
      />
    </ClientMessages>
  );
}
