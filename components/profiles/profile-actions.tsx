"use client";

import { Copy, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { useListAction } from "@/components/ui/use-list-action";
import { deleteProfileAction, duplicateProfileAction } from "@/lib/actions/profiles";

const srOnly = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/** Edit, duplicate and delete for one profile card. */
export function ProfileActions({
  id,
  name,
  isOnly,
  fallbackNote,
}: {
  id: string;
  name: string;
  /** The user's only profile cannot be deleted: triage needs one. */
  isOnly: boolean;
  /** What happens to the platforms this profile is the default for, once it is gone. */
  fallbackNote?: string;
}) {
  const t = useTranslations("profiles.actions");
  const [duplicating, run] = useListAction();
  const duplicate = () => run(() => duplicateProfileAction({ id }), (copy) => t("duplicated", { name: copy.name }));

  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/profiles/${id}`} variant="secondary" size="sm">
        <Pencil className="size-4" aria-hidden="true" />
        {t.rich("edit", { name, sr: srOnly })}
      </ButtonLink>
      <Button variant="secondary" size="sm" onClick={duplicate} pending={duplicating}>
        {duplicating ? null : <Copy className="size-4" aria-hidden="true" />}
        {t.rich("duplicate", { name, sr: srOnly })}
      </Button>
      {isOnly ? null : (
        <DeleteButton name={name} confirmLabel={t("deleteConfirm")} deletedMessage={t("deleted", { name })} remove={() => deleteProfileAction({ id })}>
          <p>{t("deleteBody")}</p>
          {fallbackNote ? <p className="mt-2">{fallbackNote}</p> : null}
        </DeleteButton>
      )}
    </div>
  );
}
