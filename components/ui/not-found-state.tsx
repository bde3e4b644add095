import { useTranslations } from "next-intl";
import { ButtonLink } from "./button";
import { EmptyState, PageHeader } from "./card";

/** An in-app "not found" for one saved item: deleted, mistyped, or someone else's (never said which). */
export function NotFoundState({ what, backHref, backLabel }: { what: "profile" | "template" | "decision"; backHref: string; backLabel: string }) {
  const t = useTranslations("ui.notFound");
  return (
    <>
      <PageHeader title={t("title", { what })} />
      <EmptyState title={t("heading", { what })} action={<ButtonLink href={backHref}>{backLabel}</ButtonLink>}>
        {t("body")}
      </EmptyState>
    </>
  );
}
