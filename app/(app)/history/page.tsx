import type { Metadata } from "next";
import { PageHeader, EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "History" };

export default function HistoryPage() {
  return (
    <>
      <PageHeader title="History" description="Every decision you have made, searchable and exportable." />
      <EmptyState title="No decisions yet">Triage a request and it will appear here.</EmptyState>
    </>
  );
}
