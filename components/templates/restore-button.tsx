"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { restoreTemplatesAction } from "@/app/(app)/templates/actions";

/** Adds back the built-in templates the user deleted or reworded; their own stay as they are. */
export function RestoreTemplatesButton({ variant = "secondary" }: { variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function restore() {
    startTransition(async () => {
      const result = await restoreTemplatesAction({});
      if (!result.ok) return void toast.error(result.message);
      const n = result.data.restored;
      if (n === 0) toast.info("Every built-in template is already here.");
      else toast.success(`Restored ${n} built-in template${n === 1 ? "" : "s"}`);
      router.refresh();
    });
  }
  return (
    <Button variant={variant} onClick={restore} pending={pending}>
      {pending ? null : <RotateCcw className="size-4" aria-hidden="true" />}
      Restore built-in templates
    </Button>
  );
}
