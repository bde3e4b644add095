"use client";

import { Pencil, Star } from "lucide-react";
import { Button, ButtonLink } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { useListAction } from "@/components/ui/use-list-action";
import { deleteTemplateAction, setDefaultTemplateAction } from "@/lib/actions/templates";

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
  const [marking, run] = useListAction();
  const markDefault = () => run(() => setDefaultTemplateAction({ id }), () => `“${title}” is now the default`);

  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/templates/${id}`} variant="secondary" size="sm">
        <Pencil className="size-4" aria-hidden="true" />
        Edit<span className="sr-only"> {title}</span>
      </ButtonLink>
      {isDefault ? null : (
        <Button variant="secondary" size="sm" onClick={markDefault} pending={marking}>
          {marking ? null : <Star className="size-4" aria-hidden="true" />}
          Make default<span className="sr-only"> {title}</span>
        </Button>
      )}
      <DeleteButton name={title} confirmLabel="Delete template" deletedMessage={`Template “${title}” deleted`} remove={() => deleteTemplateAction({ id })}>
        <p>{deleteNote}</p>
        <p className="mt-2">Drafts already written keep their wording. You can bring back the built-in templates at any time.</p>
      </DeleteButton>
    </div>
  );
}
