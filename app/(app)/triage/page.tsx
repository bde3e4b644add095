import type { Metadata } from "next";
import { PageHeader, EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Triage" };

export default function TriagePage() {
  return (
    <>
      <PageHeader title="Triage" description="Paste a connection request as the platform shows it, and get a verdict with every signal behind it." />
      <EmptyState title="Triage is coming together">The paste box and verdicts arrive with the triage engine.</EmptyState>
    </>
  );
}
