import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/layout/logo";

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo />
      <main>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
        <h1 className="mt-2 text-2xl font-semibold">We couldn&apos;t find that page</h1>
        <p className="mt-2 max-w-md text-stone-600 dark:text-stone-400">
          It may have moved, or the link may be mistyped. If it was one of your saved items, it may have been deleted.
        </p>
        <div className="mt-6 flex justify-center gap-3">
          <ButtonLink href="/triage">Go to Triage</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            Home
          </ButtonLink>
        </div>
      </main>
    </div>
  );
}
