import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";

export default function ProfileNotFound() {
  return (
    <>
      <PageHeader title="Profile not found" />
      <EmptyState title="This profile doesn't exist" action={<ButtonLink href="/profiles">Back to your profiles</ButtonLink>}>
        It may have been deleted, or the link may be mistyped.
      </EmptyState>
    </>
  );
}
