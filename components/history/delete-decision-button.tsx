"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteDecisionAction, undoDeleteAction } from "@/lib/actions/history";

/**
 * Deletes at once, no confirmation: the toast's Undo brings the decision back (the
 * server re-creates it from a signed snapshot), which is kinder than asking first.
 */
export function DeleteDecisionButton({
  id,
  name,
  afterDelete,
  compact = false,
}: {
  id: string;
  name: string;
  /** Where to go once deleted (the detail page leaves for the list). */
  afterDelete?: string;
  compact?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await deleteDecisionAction({ id });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      if (afterDelete) router.push(afterDelete);
      toast(`Deleted the decision about ${name}.`, {
        duration: 10_000,
        action: {
          label: "Undo",
          onClick: async () => {
            const undone = await undoDeleteAction({ token: result.data.undo });
            if (undone.ok) {
              toast.success(`Restored the decision about ${name}.`);
              router.refresh();
            } else toast.error(undone.message);
          },
        },
      });
    });
  }

  return (
    <Button
      type="button"
      variant={compact ? "ghost" : "secondary"}
      size="sm"
      onClick={remove}
      pending={pending}
      aria-label={compact ? `Delete the decision about ${name}` : undefined}
      title={compact ? "Delete" : undefined}
    >
      {pending ? null : <Trash2 className="size-4" aria-hidden="true" />}
      {compact ? null : "Delete"}
    </Button>
  );
}
