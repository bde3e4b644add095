import { ButtonLink } from "./button";
import { EmptyState, PageHeader } from "./card";

/** An in-app "not found" for one saved item: deleted, mistyped, or someone else's (never said which). */
export function NotFoundState({ what, backHref, backLabel }: { what: string; backHref: string; backLabel: string }) {
  return (
    <>
      <PageHeader title={`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`} />
      <EmptyState title={`This ${what} doesn't exist`} action={<ButtonLink href={backHref}>{backLabel}</ButtonLink>}>
        It may have been deleted, or the link may be mistyped.
      </EmptyState>
    </>
  );
}
