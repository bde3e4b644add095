"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("history.delete");
  const tc = useTranslations("common.actions");

  function remove() {
    startTransition(async () => {
      const result = await deleteDecisionAction({ id });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      if (afterDelete) router.push(afterDelete);
      toast(t("deleted", { name }), {
        duration: 10_000,
        action: {
          label: t("undo"),
          onClick: async () => {
            const undone = await undoDeleteAction({ token: result.data.undo });
            if (undone.ok) {
              toast.success(t("restored", { name }));
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
      aria-label={compact ? t("label", { name }) : undefined}
      title={compact ? tc("delete") : undefined}
    >
      {pending ? null : <Trash2 className="size-4" aria-hidden="true" />}
      {compact ? null : tc("delete")}
    </Button>
  );
}
