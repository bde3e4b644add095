"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Runs a server action for one item of a list (duplicate, make default, delete …): a
 * pending flag for its button, a toast with the outcome, and the list re-read after.
 */
export function useListAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<Result<T>>, success: (data: T) => string, after?: () => void) {
    startTransition(async () => {
      const result = await action();
      after?.();
      if (!result.ok) return void toast.error(result.message);
      toast.success(success(result.data));
      router.refresh();
    });
  }
  return [pending, run] as const;
}
