"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import type { DecisionStatus, Verdict } from "@/lib/domain";
import { deleteWithUndo } from "./delete-decision";

/** One row of History's list, every word already in the interface language. */
export type DecisionRow = {
  id: string;
  /** ISO time, for <time dateTime> */
  at: string;
  day: string;
  platform: string;
  name: string;
  headline: string | null;
  /** "Works for a competitor · No personal note", or "" */
  reasons: string;
  verdict: Verdict;
  status: DecisionStatus;
  /** "until 3 Dec 2026" for a held request with a revisit date */
  until: string | null;
  deleteLabel: string;
};

/**
 * History's list: the rows come as data (names, dates and reasons the server has already
 * translated and formatted), not as a tree of server elements. A row tree rendered on the
 * server costs twice (the RSC payload, then the HTML from it) and is sent twice; data props
 * are serialised once and rendered once (see README, "Speed"). One click handler on the
 * <ol> hears every row's delete button and deletes with the same Undo toast as the detail
 * page.
 */
export function DecisionRows({ label, deleteTitle, rows }: { label: string; deleteTitle: string; rows: DecisionRow[] }) {
  const router = useRouter();
  const t = useTranslations("history.delete");

  async function onClick(e: React.MouseEvent<HTMLOListElement>) {
    const button = (e.target as Element).closest<HTMLButtonElement>("button.decision-delete");
    if (!button || button.disabled) return;
    const row = rows.find((r) => r.id === button.value);
    if (!row) return;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    const deleted = await deleteWithUndo({ id: row.id, name: row.name, t, router });
    // A deleted row leaves with the refreshed list; a failed delete leaves its button usable.
    if (!deleted) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }

  return (
    <ol className="space-y-2" aria-label={label} onClick={onClick}>
      {rows.map((r) => (
        <li key={r.id} className="decision-row">
          <p className="decision-meta">
            <time dateTime={r.at}>{r.day}</time>
            <span aria-hidden="true">{" · "}</span>
            <span>{r.platform}</span>
          </p>
          <div className="decision-main">
            <Link href={`/history/${r.id}`} className="decision-link">
              {r.name}
            </Link>
            {r.headline ? <p className="decision-headline">{r.headline}</p> : null}
            {r.reasons ? <p className="decision-reasons">{r.reasons}</p> : null}
          </div>
          <div className="decision-side">
            <div className="decision-badges">
              <VerdictBadge verdict={r.verdict} />
              <StatusBadge status={r.status} />
              {r.until ? <span className="decision-until">{r.until}</span> : null}
            </div>
            <button type="button" className="decision-delete" value={r.id} aria-label={r.deleteLabel} title={deleteTitle} />
          </div>
        </li>
      ))}
    </ol>
  );
}
