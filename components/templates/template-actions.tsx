"use client";

import { Pencil, Star, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteTemplateAction, setDefaultTemplateAction } from "@/app/(app)/templates/actions";

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
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [marking, startMark] = useTransition();
  const [deleting, startDelete] = useTransition();

  function markDefault() {
    startMark(async () => {
      const result = await setDefaultTemplateAction({ id });
      if (!result.ok) return void toast.error(result.message);
      toast.success(`“${title}” is now the default`);
      router.refresh();
    });
  }

  function remove() {
    startDelete(async () => {
      const result = await deleteTemplateAction({ id });
      setConfirming(false);
      if (!result.ok) return void toast.error(result.message);
      toast.success(`Template “${title}” deleted`);
      router.refresh();
    });
  }

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
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} className="text-rose-700 dark:text-rose-400">
        <Trash2 className="size-4" aria-hidden="true" />
        Delete<span className="sr-only"> {title}</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${title}”?`}
        confirmLabel="Delete template"
        destructive
        pending={deleting}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>{deleteNote}</p>
        <p className="mt-2">Drafts already written keep their wording. You can bring back the built-in templates at any time.</p>
      </ConfirmDialog>
    </div>
  );
}
