"use client";

import { useEffect } from "react";

/**
 * Asks before the tab is closed or reloaded while `dirty`: the browser shows its own
 * prompt (custom text is ignored by every modern browser), so nothing typed is lost by
 * a stray Ctrl+W or F5.
 */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Chrome before 119 and Safari still need returnValue set to show the prompt.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}
