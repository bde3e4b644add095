import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { Decision } from "@/lib/data/decisions";
import type { DecisionStatus, Verdict } from "@/lib/domain";
import { displayName, platformName, reasonNames } from "./decision-list";
import { formatDay, formatDayTime } from "./format";

type Signal = { key: string; label: string; evidence: string };

/** Signals from the Json column, tolerating anything malformed. */
export function readSignals(value: unknown): Signal[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) =>
    s && typeof s === "object" && typeof (s as Signal).label === "string"
      ? [{ key: String((s as Signal).key ?? ""), label: (s as Signal).label, evidence: String((s as Signal).evidence ?? "") }]
      : [],
  );
}

function Section({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Card>
      <section aria-labelledby={id}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {actions}
        </div>
        {children}
      </section>
    </Card>
  );
}

/** Text the user pasted or wrote: always rendered as text, never as HTML. */
function Quoted({ text }: { text: string }) {
  return (
    <p className="rounded-lg bg-stone-100 p-3 font-mono text-sm break-words whitespace-pre-wrap text-stone-800 dark:bg-stone-950 dark:text-stone-200">
      {text}
    </p>
  );
}

export function DecisionHeader({ d }: { d: Decision }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold tracking-tight break-words">{displayName(d)}</h1>
      {d.parsedHeadline ? <p className="mt-1 text-stone-700 dark:text-stone-300">{d.parsedHeadline}</p> : null}
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
        <VerdictBadge verdict={d.verdict as Verdict} />
        <StatusBadge status={d.status as DecisionStatus} />
        <span>
          {platformName(d.platform)} · triaged <time dateTime={d.createdAt.toISOString()}>{formatDayTime(d.createdAt)}</time>
        </span>
        {d.status === "held" && d.revisitAt ? (
          <span>
            · revisit on <time dateTime={d.revisitAt.toISOString()}>{formatDay(d.revisitAt)}</time>
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function RequestSections({ d }: { d: Decision }) {
  const signals = readSignals(d.signals);
  return (
    <>
      <Section title="The request as pasted">
        <Quoted text={d.text} />
      </Section>
      <Section title="Signals">
        {signals.length ? (
          <ul className="space-y-3">
            {signals.map((s, i) => (
              <li key={`${s.key}-${i}`} className="text-sm">
                <p className="font-medium">{s.label}</p>
                {s.evidence ? (
                  <p className="mt-0.5 text-stone-600 dark:text-stone-400">
                    Evidence: <q className="break-words">{s.evidence}</q>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">No signals were recorded for this request.</p>
        )}
      </Section>
      <Section title="Decline draft" actions={d.draftText ? <CopyButton text={d.draftText} label="Copy draft" /> : null}>
        {d.draftText ? (
          <div className="space-y-3">
            <Quoted text={d.draftText} />
            {d.draftShort && d.draftShort !== d.draftText ? (
              <div>
                <div className="mb-1 flex items-center justify-between gap-2">
                  <h3 className="text-sm font-medium">Short version</h3>
                  <CopyButton text={d.draftShort} label="Copy short version" />
                </div>
                <Quoted text={d.draftShort} />
              </div>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            No draft: a {d.verdict === "accept" ? "request you accept" : d.verdict === "ignore" ? "request you ignore" : "held request"} needs no
            decline.
          </p>
        )}
      </Section>
      <Section title="What you sent">
        {d.sentText ? <Quoted text={d.sentText} /> : <p className="text-sm text-stone-600 dark:text-stone-400">Nothing recorded as sent.</p>}
      </Section>
    </>
  );
}

export function ParsedSection({ d }: { d: Decision }) {
  const rows: [string, string | null][] = [
    ["Name", d.parsedName],
    ["First name", d.parsedFirstName],
    ["Headline", d.parsedHeadline],
    ["Company", d.parsedCompany],
    ["Mutual connections", d.parsedMutualConnections === null ? null : String(d.parsedMutualConnections)],
    ["Personal note", d.parsedNote],
  ];
  const reasons = reasonNames(d.reasons);
  return (
    <>
      <Section title="Verdict">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600 dark:text-stone-400">Verdict</dt>
          <dd>
            <VerdictBadge verdict={d.verdict as Verdict} />
          </dd>
          <dt className="text-stone-600 dark:text-stone-400">Confidence</dt>
          <dd>{Math.round(d.confidence * 100)}%</dd>
          <dt className="text-stone-600 dark:text-stone-400">Reasons</dt>
          <dd>
            {reasons.length ? (
              <ul className="list-inside list-disc">
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              "None"
            )}
          </dd>
        </dl>
      </Section>
      <Section title="What we read">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600 dark:text-stone-400">{label}</dt>
              <dd className="min-w-0 break-words">{value ?? <span className="text-stone-500 dark:text-stone-400">not found</span>}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}

export { Section as DetailSection };
