"use client";

import { Copy, Pencil } from "lucide-react";
import { Button, ButtonLink } from "@/components/ui/button";
import { DeleteButton } from "@/components/ui/delete-button";
import { useListAction } from "@/components/ui/use-list-action";
import { deleteProfileAction, duplicateProfileAction } from "@/lib/actions/profiles";

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
  const [duplicating, run] = useListAction();
  const duplicate = () => run(() => duplicateProfileAction({ id }), (copy) => `Duplicated as “${copy.name}”`);

  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/profiles/${id}`} variant="secondary" size="sm">
        <Pencil className="size-4" aria-hidden="true" />
        Edit<span className="sr-only"> {name}</span>
      </ButtonLink>
      <Button variant="secondary" size="sm" onClick={duplicate} pending={duplicating}>
        {duplicating ? null : <Copy className="size-4" aria-hidden="true" />}
        Duplicate<span className="sr-only"> {name}</span>
      </Button>
      {isOnly ? null : (
        <DeleteButton name={name} confirmLabel="Delete profile" deletedMessage={`Profile “${name}” deleted`} remove={() => deleteProfileAction({ id })}>
          <p>Past decisions made with it stay in your history. This cannot be undone.</p>
          {fallbackNote ? <p className="mt-2">{fallbackNote}</p> : null}
        </DeleteButton>
      )}
    </div>
  );
}
