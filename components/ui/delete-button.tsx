"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { useListAction } from "./use-list-action";

/** "Delete" for one item of a list: confirms first, deletes with a pending state, says so, refreshes the list. */
export function DeleteButton({
  name,
  confirmLabel,
  deletedMessage,
  remove,
  children,
}: {
  /** The item's name, for the button's accessible name and the dialog title. */
  name: string;
  confirmLabel: string;
  deletedMessage: string;
  remove: () => Promise<{ ok: true; data: unknown } | { ok: false; message: string }>;
  /** What the dialog says will happen. */
  children?: React.ReactNode;
}) {
  const t = useTranslations("ui.deleteButton");
  const [confirming, setConfirming] = useState(false);
  const [pending, run] = useListAction();
  const confirm = () => run(remove, () => deletedMessage, () => setConfirming(false));
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} className="text-rose-700 dark:text-rose-400">
        <Trash2 className="size-4" aria-hidden="true" />
        {t.rich("label", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t("title", { name })}
        confirmLabel={confirmLabel}
        destructive
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
