"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js, which keeps an offline page and the static assets, never a
 * signed-in page or an API answer. Production only: in development it would serve stale
 * chunks across reloads.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker means no offline page; the app itself works the same.
    });
  }, []);
  return null;
}
