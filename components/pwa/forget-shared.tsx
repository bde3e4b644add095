"use client";

import { useEffect } from "react";

/**
 * Mounted on Triage when it shows a shared request: the text is in the box now, so the
 * cookie that carried it goes (a plain request, not a server action, whose cookie change
 * would refresh the page and empty the box), and the address drops ?shared=1.
 */
export function ForgetShared() {
  useEffect(() => {
    void fetch("/triage/share", { method: "DELETE", cache: "no-store" }).catch(() => {});
    window.history.replaceState(window.history.state, "", "/triage");
  }, []);
  return null;
}
