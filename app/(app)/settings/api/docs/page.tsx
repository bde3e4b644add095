import type { Metadata } from "next";
import { ArrowLeft, FileJson } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { ApiReference } from "@/components/settings/api-reference";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("apiDocs.title") };
}

/** The origin the user reached us at, for copy-paste-ready examples. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || `${proto}://${host}`;
}

export default async function ApiDocsPage() {
  await requireUser("/settings/api/docs");
  const t = await getTranslations("settings");
  return (
    <>
      <Link href="/settings/api" className="mb-3 inline-flex items-center gap-1 text-sm text-stone-600 hover:underline dark:text-stone-400">
        <ArrowLeft className="size-4" aria-hidden="true" /> {t("apiPage.title")}
      </Link>
      <PageHeader
        title={t("apiDocs.title")}
        description={t("apiDocs.description")}
        actions={
          <a href="/api/v1/openapi.json" className={buttonClass("secondary")}>
            <FileJson className="size-4" aria-hidden="true" /> {t("apiDocs.openapi")}
          </a>
        }
      />
      <ApiReference origin={await origin()} />
    </>
  );
}
