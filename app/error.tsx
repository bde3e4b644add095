"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="max-w-md text-stone-600 dark:text-stone-400">
        The page hit an unexpected error. Nothing you saved is lost. Try again, and if it keeps happening, come back in a
        moment.
      </p>
      {error.digest ? <p className="text-xs text-stone-500">Reference: {error.digest}</p> : null}
      <div className="flex gap-3">
        <Button onClick={() => reset()}>Try again</Button>
        <ButtonLink href="/triage" variant="secondary">
          Go to Triage
        </ButtonLink>
      </div>
    </main>
  );
}
