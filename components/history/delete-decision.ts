import type { useRouter } from "next/navigation";
import type { useTranslations } from "next-intl";
import { toast } from "sonner";
import { deleteDecisionAction, undoDeleteAction } from "@/lib/actions/history";

/**
 * Deletes at once, no confirmation: the toast's Undo brings the decision back (the
 * server re-creates it from a signed snapshot), which is kinder than asking first.
 * Shared by the detail page's button and the list's delete buttons.
 */
export async function deleteWithUndo({
  id,
  name,
  t,
  router,
  afterDelete,
}: {
  id: string;
  name: string;
  t: ReturnType<typeof useTranslations<"history.delete">>;
  router: ReturnType<typeof useRouter>;
  /** Where to go once deleted (the detail page leaves for the list). */
  afterDelete?: string;
}): Promise<boolean> {
  const result = await deleteDecisionAction({ id });
  if (!result.ok) {
    toast.error(result.message);
    return false;
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
  return true;
}
