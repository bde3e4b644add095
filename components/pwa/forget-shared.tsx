"use client";

import { useEffect } from "react";

/**
 * Mounted on Triage when it shows a shared request: the text is in the box now, so the
 * cookie that carried it goes. A plain request, not a server action (whose cookie change
 * would refresh the page and empty the box); the address stays as it is for the same
 * reason (rewriting it makes the router show its cached, empty /triage).
 */
export function ForgetShared() {
  useEffect(() => {
    void fetch("/triage/share", { method: "DELETE", cache: "no-store" }).catch(() => {});
  }, []);
  return null;
}
