import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DecisionHeader, DetailSection, ParsedSection, RequestSections } from "@/components/history/decision-detail";
import { DeleteDecisionButton } from "@/components/history/delete-decision-button";
import { displayName } from "@/components/history/names";
import { StatusForm } from "@/components/history/status-form";
import { RevisitDownload } from "@/components/history/revisit-download";
import { requireUser } from "@/lib/auth/session";
import { getDecision } from "@/lib/data/decisions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requireUser(`/history/${encodeURIComponent(id)}`);
  const [d, t] = await Promise.all([getDecision(user.id, id), getTranslations("history")]);
  return { title: d ? t("detail.metaTitle", { name: displayName(d, t("decisionList.unnamed")) }) : t("detail.notFound") };
}

export default async function DecisionPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/history/${encodeURIComponent(id)}`);
  // Another user's id reads as missing: the page never reveals that it exists.
  const [d, t] = await Promise.all([getDecision(user.id, id), getTranslations("history")]);
  if (!d) notFound();

  return (
    <ClientMessages namespaces={["common", "history.delete", "history.statusForm", "ui.copyButton", "validation"]}>
      <div className="mb-4 flex items-center justify-between gap-2">
        <Link
          href="/history"
          className="inline-flex items-center gap-1 text-sm font-medium text-brand-800 underline-offset-4 hover:underline dark:text-brand-300"
        >
          <ArrowLeft className="size-4" aria-hidden="true" /> {t("detail.back")}
        </Link>
        <DeleteDecisionButton id={d.id} name={displayName(d, t("decisionList.unnamed"))} afterDelete="/history" />
      </div>
      <DecisionHeader d={d} />
      <div className="grid items-start gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="grid min-w-0 gap-4">
          <RequestSections d={d} />
        </div>
        {/* On phones the status and verdict come first: what to do, then the evidence. */}
        <div className="order-first grid min-w-0 gap-4 lg:order-none">
          <DetailSection title={t("detail.status")}>
            {/* Keyed by the decision only: a key that changed with the status would be a new form
                after a POST without JavaScript, and the saved message would not find it. */}
            <StatusForm key={d.id} decision={d} />
            {d.status === "held" && d.revisitAt ? <RevisitDownload id={d.id} /> : null}
          </DetailSection>
          <ParsedSection d={d} />
        </div>
      </div>
    </ClientMessages>
  );
}
