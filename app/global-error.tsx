"use client";

// Replaces the root layout when it fails, so it carries its own <html> and styles.
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
        <h1 className="text-2xl font-semibold">Decline with Grace is having trouble</h1>
        <p className="max-w-md text-stone-600">An unexpected error stopped the page. Nothing you saved is lost.</p>
        <button onClick={() => reset()} className="rounded-lg bg-brand-600 px-4 py-2 text-white">
          Try again
        </button>
      </body>
    </html>
  );
}
