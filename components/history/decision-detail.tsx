import { useLocale, useTranslations } from "next-intl";
import { StatusBadge, VerdictBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { Decision } from "@/lib/data/decisions";
import type { DecisionStatus, Verdict } from "@/lib/domain";
import { displayName, platformName, reasonNames } from "./names";
import { historyFormat } from "./format";

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
  const t = useTranslations("history");
  const tc = useTranslations("common");
  const format = historyFormat(useLocale());
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold tracking-tight break-words">{displayName(d, t("decisionList.unnamed"))}</h1>
      {d.parsedHeadline ? <p className="mt-1 text-stone-700 dark:text-stone-300">{d.parsedHeadline}</p> : null}
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
        <VerdictBadge verdict={d.verdict as Verdict} />
        <StatusBadge status={d.status as DecisionStatus} />
        <span>
          {t.rich("detail.triaged", {
            platform: platformName(d.platform, tc),
            date: format.dayTime(d.createdAt),
            time: (c) => <time dateTime={d.createdAt.toISOString()}>{c}</time>,
          })}
        </span>
        {d.status === "held" && d.revisitAt ? (
          <span>
            {t.rich("detail.revisitOn", {
              date: format.day(d.revisitAt),
              time: (c) => <time dateTime={d.revisitAt!.toISOString()}>{c}</time>,
            })}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function RequestSections({ d }: { d: Decision }) {
  const t = useTranslations("history.detail");
  const signals = readSignals(d.signals);
  return (
    <>
      <Section title={t("pasted")}>
        <Quoted text={d.text} />
      </Section>
      <Section title={t("signals")}>
        {signals.length ? (
          <ul className="space-y-3">
            {signals.map((s, i) => (
              <li key={`${s.key}-${i}`} className="text-sm">
                <p className="font-medium">{s.label}</p>
                {s.evidence ? (
                  <p className="mt-0.5 text-stone-600 dark:text-stone-400">
                    {t.rich("evidence", { evidence: s.evidence, q: (c) => <q className="break-words">{c}</q> })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noSignals")}</p>
        )}
      </Section>
      <Section title={t("draft")} actions={d.draftText ? <CopyButton text={d.draftText} label={t("copyDraft")} /> : null}>
        {d.draftText ? (
          <div className="space-y-3">
            <Quoted text={d.draftText} />
            {d.draftShort && d.draftShort !== d.draftText ? (
              <div>
                <div className="mb-1 flex items-center justify-between gap-2">
                  <h3 className="text-sm font-medium">{t("shortVersion")}</h3>
                  <CopyButton text={d.draftShort} label={t("copyShort")} />
                </div>
                <Quoted text={d.draftShort} />
              </div>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("noDraft", { verdict: d.verdict })}</p>
        )}
      </Section>
      <Section title={t("sent")}>
        {d.sentText ? <Quoted text={d.sentText} /> : <p className="text-sm text-stone-600 dark:text-stone-400">{t("nothingSent")}</p>}
      </Section>
    </>
  );
}

export function ParsedSection({ d }: { d: Decision }) {
  const t = useTranslations("history.detail");
  const tc = useTranslations("common");
  const format = historyFormat(useLocale());
  const rows: [string, string | null][] = [
    [t("name"), d.parsedName],
    [t("firstName"), d.parsedFirstName],
    [t("headline"), d.parsedHeadline],
    [t("company"), d.parsedCompany],
    [t("mutualConnections"), d.parsedMutualConnections === null ? null : format.number(d.parsedMutualConnections)],
    [t("note"), d.parsedNote],
  ];
  const reasons = reasonNames(d.reasons, tc);
  return (
    <>
      <Section title={t("verdictSection")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600 dark:text-stone-400">{t("verdict")}</dt>
          <dd>
            <VerdictBadge verdict={d.verdict as Verdict} />
          </dd>
          <dt className="text-stone-600 dark:text-stone-400">{t("confidence")}</dt>
          <dd>{format.percent(d.confidence)}</dd>
          <dt className="text-stone-600 dark:text-stone-400">{t("reasons")}</dt>
          <dd>
            {reasons.length ? (
              <ul className="list-inside list-disc">
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              t("noReasons")
            )}
          </dd>
        </dl>
      </Section>
      <Section title={t("parsed")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600 dark:text-stone-400">{label}</dt>
              <dd className="min-w-0 break-words">{value ?? <span className="text-stone-500 dark:text-stone-400">{t("notFoundValue")}</span>}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}

export { Section as DetailSection };
