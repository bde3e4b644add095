"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useListAction } from "@/components/ui/use-list-action";
import { restoreTemplatesAction } from "@/lib/actions/templates";

/** Adds back the built-in templates the user deleted or reworded; their own stay as they are. */
export function RestoreTemplatesButton({ variant = "secondary" }: { variant?: "primary" | "secondary" }) {
  const t = useTranslations("templates.actions");
  const [pending, run] = useListAction();
  const restore = () => run(() => restoreTemplatesAction({}), ({ restored }) => t("restored", { count: restored }));
  return (
    <Button variant={variant} onClick={restore} pending={pending}>
      {pending ? null : <RotateCcw className="size-4" aria-hidden="true" />}
      {t("restore")}
    </Button>
  );
}
