import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { HorizontalBarChart, VerdictsOverTimeChart } from "@/components/history/charts";
import { formatMonth, formatShortDay } from "@/components/history/format";
import { HistoryTabs } from "@/components/history/history-tabs";
import { StatFigure } from "@/components/history/stat-figure";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, decisionStats } from "@/lib/data/decisions";
import { PLATFORM_NAMES, REASON_NAMES, VERDICT_NAMES, VERDICTS } from "@/lib/domain";

export const metadata: Metadata = { title: "Stats" };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export default async function StatsPage() {
  const user = await requireUser("/history/stats");
  const [stats, due] = await Promise.all([decisionStats(user.id), countDueRevisits(user.id)]);
  const header = (
    <>
      <PageHeader title="Stats" description="How you have answered requests: verdicts over time, why you decline, where, and with which words." />
      <HistoryTabs current="/history/stats" due={due} />
    </>
  );
  if (stats.total === 0) {
    return (
      <>
        {header}
        <EmptyState title="No stats yet" action={<ButtonLink href="/triage">Triage your first request</ButtonLink>}>
          Charts of your verdicts, decline reasons and platforms appear here once you have triaged a few requests.
        </EmptyState>
      </>
    );
  }

  const period = stats.granularity === "week" ? "the last 12 weeks" : "the last 12 months";
  const bucketLabel = (d: Date) => (stats.granularity === "week" ? `Week of ${formatShortDay(d)}` : formatMonth(d));
  const overTime = stats.overTime.map(({ start, ...counts }) => ({
    label: bucketLabel(start),
    tick: stats.granularity === "week" ? formatShortDay(start) : formatMonth(start),
    ...counts,
  }));
  const inPeriod = overTime.reduce((n, r) => n + r.accept + r.decline + r.observe + r.ignore, 0);
  const busiest = overTime.reduce((a, b) => (b.accept + b.decline + b.observe + b.ignore > a.accept + a.decline + a.observe + a.ignore ? b : a));
  const reasons = stats.declinesByReason.map((r) => ({ label: REASON_NAMES[r.reason], count: r.count }));
  const platforms = stats.declinesByPlatform.map((p) => ({ label: PLATFORM_NAMES[p.platform] ?? p.platform, count: p.count }));
  const templates = stats.topTemplates.map((t) => ({ label: t.title, count: t.timesUsed }));
  const declinesInPeriod = platforms.reduce((n, p) => n + p.count, 0);
  const top = (rows: { label: string; count: number }[]) => rows.find((r) => r.count > 0);

  return (
    <>
      {header}
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Card className="col-span-2 p-4 sm:col-span-1">
          <dt className="text-sm text-stone-600 dark:text-stone-400">All decisions</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{stats.total.toLocaleString("en")}</dd>
        </Card>
        {VERDICTS.map((v) => (
          <Card key={v} className="p-4">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{VERDICT_NAMES[v]}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{stats.byVerdict[v].toLocaleString("en")}</dd>
          </Card>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <StatFigure
            id="over-time"
            title={`Verdicts over ${period}`}
            summary={
              inPeriod
                ? `${plural(inPeriod, "decision")} in ${period}; the busiest ${stats.granularity} was ${busiest.label.replace(/^Week of /, "the week of ")}.`
                : `No decisions in ${period}.`
            }
            columns={[stats.granularity === "week" ? "Week" : "Month", ...VERDICTS.map((v) => VERDICT_NAMES[v])]}
            rows={overTime.map((r) => [r.label, r.accept, r.decline, r.observe, r.ignore])}
          >
            <VerdictsOverTimeChart data={overTime} summary={`Stacked bar chart of verdicts per ${stats.granularity} over ${period}${stats.granularity === "week" ? ", each bar a week starting on Monday" : ""}.`} />
          </StatFigure>
        </div>
        <StatFigure
          id="by-reason"
          title="Declines by reason"
          summary={
            top(reasons)
              ? `Over ${period}, the most common reason was “${top(reasons)!.label}” (${plural(top(reasons)!.count, "decline")}). A decline can have several reasons.`
              : `No declines with a reason over ${period}.`
          }
          columns={["Reason", "Declines"]}
          rows={reasons.map((r) => [r.label, r.count])}
        >
          <HorizontalBarChart data={reasons} series="Declines" kind="decline" summary={`Bar chart of declines by reason over ${period}.`} />
        </StatFigure>
        <StatFigure
          id="by-platform"
          title="Declines by platform"
          summary={
            top(platforms)
              ? `${plural(declinesInPeriod, "decline")} over ${period}, most on ${top(platforms)!.label} (${top(platforms)!.count.toLocaleString("en")}).`
              : `No declines over ${period}.`
          }
          columns={["Platform", "Declines"]}
          rows={platforms.map((p) => [p.label, p.count])}
        >
          {platforms.length ? (
            <HorizontalBarChart data={platforms} series="Declines" kind="decline" summary={`Bar chart of declines by platform over ${period}.`} />
          ) : (
            <p className="text-sm text-stone-600 dark:text-stone-400">Nothing declined yet.</p>
          )}
        </StatFigure>
        <div className="lg:col-span-2">
          <StatFigure
            id="templates"
            title="Reason templates used most"
            summary={
              templates.length
                ? `“${templates[0]!.label}” has been sent ${plural(templates[0]!.count, "time")}, more than any other template.`
                : "No template has been used in a sent decline yet: they count once you mark a decline as sent."
            }
            columns={["Template", "Times used"]}
            rows={templates.map((t) => [t.label, t.count])}
          >
            {templates.length ? (
              <HorizontalBarChart data={templates} series="Times used" kind="template" summary="Bar chart of how often each reason template was used." />
            ) : null}
          </StatFigure>
        </div>
      </div>
    </>
  );
}
