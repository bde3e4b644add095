"use client";

import { Copy, Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteProfileAction, duplicateProfileAction } from "@/app/(app)/profiles/actions";

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
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [duplicating, startDuplicate] = useTransition();
  const [deleting, startDelete] = useTransition();

  function duplicate() {
    startDuplicate(async () => {
      const result = await duplicateProfileAction({ id });
      if (!result.ok) return void toast.error(result.message);
      toast.success(`Duplicated as “${result.data.name}”`);
      router.refresh();
    });
  }

  function remove() {
    startDelete(async () => {
      const result = await deleteProfileAction({ id });
      setConfirming(false);
      if (!result.ok) return void toast.error(result.message);
      toast.success(`Profile “${name}” deleted`);
      router.refresh();
    });
  }

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
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} className="text-rose-700 dark:text-rose-400">
          <Trash2 className="size-4" aria-hidden="true" />
          Delete<span className="sr-only"> {name}</span>
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${name}”?`}
        confirmLabel="Delete profile"
        destructive
        pending={deleting}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>Past decisions made with it stay in your history. This cannot be undone.</p>
        {fallbackNote ? <p className="mt-2">{fallbackNote}</p> : null}
      </ConfirmDialog>
    </div>
  );
}
