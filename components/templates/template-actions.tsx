"use client";

import { Pencil, Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { useListAction } from "@/components/ui/use-list-action";
import { deleteTemplateAction, setDefaultTemplateAction } from "@/lib/actions/templates";

const srOnly = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/** Edit, make default and delete for one template. */
export function TemplateActions({
  id,
  title,
  isDefault,
  deleteNote,
}: {
  id: string;
  title: string;
  isDefault: boolean;
  /** What drafts for this reason use once the template is gone. */
  deleteNote: string;
}) {
  const t = useTranslations("templates.actions");
  const [marking, run] = useListAction();
  const markDefault = () => run(() => setDefaultTemplateAction({ id }), () => t("nowDefault", { title }));

  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/templates/${id}`} variant="secondary" size="sm">
        <Pencil className="size-4" aria-hidden="true" />
        {t.rich("edit", { title, sr: srOnly })}
      </ButtonLink>
      {isDefault ? null : (
        <Button variant="secondary" size="sm" onClick={markDefault} pending={marking}>
          {marking ? null : <Star className="size-4" aria-hidden="true" />}
          {t.rich("makeDefault", { title, sr: srOnly })}
        </Button>
      )}
      <DeleteButton name={title} confirmLabel={t("deleteConfirm")} deletedMessage={t("deleted", { title })} remove={() => deleteTemplateAction({ id })}>
        <p>{deleteNote}</p>
        <p className="mt-2">{t("deleteKeepsDrafts")}</p>
      </DeleteButton>
    </div>
  );
}
