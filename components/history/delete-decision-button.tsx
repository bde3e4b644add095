"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteWithUndo } from "./delete-decision";

/** The detail page's Delete: at once, with Undo in the toast (see deleteWithUndo). */
export function DeleteDecisionButton({ id, name, afterDelete }: { id: string; name: string; afterDelete?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const t = useTranslations("history.delete");
  const tc = useTranslations("common.actions");

  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      onClick={() => startTransition(async () => void (await deleteWithUndo({ id, name, t, router, afterDelete })))}
      pending={pending}
    >
      {pending ? null : <Trash2 className="size-4" aria-hidden="true" />}
      {tc("delete")}
    </Button>
  );
}
