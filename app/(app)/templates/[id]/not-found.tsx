import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";

export default function TemplateNotFound() {
  return (
    <>
      <PageHeader title="Template not found" />
      <EmptyState title="This template doesn't exist" action={<ButtonLink href="/templates">Back to your templates</ButtonLink>}>
        It may have been deleted, or the link may be mistyped.
      </EmptyState>
    </>
  );
}
