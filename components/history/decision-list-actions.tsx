"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { deleteWithUndo } from "./delete-decision";

/**
 * The one client component of History's list: the <ol> itself, which hears a click on
 * any row's delete button (a plain server-rendered <button value={id}>) and deletes with
 * the same Undo toast as the detail page. One island for the list, not one per row.
 */
export function DecisionListActions({ label, children }: { label: string; children: React.ReactNode }) {
  const router = useRouter();
  const t = useTranslations("history.delete");

  async function onClick(e: React.MouseEvent<HTMLOListElement>) {
    const button = (e.target as Element).closest<HTMLButtonElement>("button.decision-delete");
    if (!button || button.disabled) return;
    // The row's link names the decision as the list shows it ("Unnamed request" included).
    const name = button.closest("li")?.querySelector("a")?.textContent ?? "";
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    const deleted = await deleteWithUndo({ id: button.value, name, t, router });
    // A deleted row leaves with the refreshed list; a failed delete leaves its button usable.
    if (!deleted) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }

  return (
    <ol className="space-y-2" aria-label={label} onClick={onClick}>
      {children}
    </ol>
  );
}
