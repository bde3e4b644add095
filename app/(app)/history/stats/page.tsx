import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { HorizontalBarChart, VerdictsOverTimeChart } from "@/components/history/charts";
import { platformName } from "@/components/history/names";
import { historyFormat } from "@/components/history/format";
import { HistoryTabs } from "@/components/history/history-tabs";
import { StatFigure } from "@/components/history/stat-figure";
import { requireUser } from "@/lib/auth/session";
import { countDueRevisits, decisionStats } from "@/lib/data/decisions";
import { shownTemplateTitle } from "@/lib/defaults";
import { VERDICTS } from "@/lib/domain";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history.stats");
  return { title: t("title") };
}

export default async function StatsPage() {
  const user = await requireUser("/history/stats");
  const [stats, due, t, tc, locale, tt] = await Promise.all([
    decisionStats(user.id),
    countDueRevisits(user.id),
    getTranslations("history.stats"),
    getTranslations("common"),
    getLocale(),
    getTranslations("templates"),
  ]);
  const format = historyFormat(locale);
  const header = (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <HistoryTabs current="/history/stats" due={due} />
    </>
  );
  if (stats.total === 0) {
    return (
      <>
        {header}
        <EmptyState title={t("emptyTitle")} action={<ButtonLink href="/triage">{t("emptyAction")}</ButtonLink>}>
          {t("emptyBody")}
        </EmptyState>
      </>
    );
  }

  // Every sentence names its period itself ({granularity, select, …}): the words around
  // "the last 12 weeks" change with it in other languages.
  const granularity = stats.granularity;
  const verdictNames = Object.fromEntries(VERDICTS.map((v) => [v, tc(`verdict.${v}`)])) as Record<(typeof VERDICTS)[number], string>;
  const overTime = stats.overTime.map(({ start, ...counts }) => {
    const tick = granularity === "week" ? format.shortDay(start) : format.month(start);
    return { label: granularity === "week" ? t("weekOf", { date: tick }) : tick, tick, ...counts };
  });
  const inPeriod = overTime.reduce((n, r) => n + r.accept + r.decline + r.observe + r.ignore, 0);
  const busiest = overTime.reduce((a, b) => (b.accept + b.decline + b.observe + b.ignore > a.accept + a.decline + a.observe + a.ignore ? b : a));
  const reasons = stats.declinesByReason.map((r) => ({ label: tc(`reason.${r.reason}`), count: r.count }));
  const platforms = stats.declinesByPlatform.map((p) => ({ label: platformName(p.platform, tc), count: p.count }));
  const templates = stats.topTemplates.map((tpl) => ({ label: shownTemplateTitle(tpl, (key) => tt(`builtInTitles.${key}`)), count: tpl.timesUsed }));
  const declinesInPeriod = platforms.reduce((n, p) => n + p.count, 0);
  const top = (rows: { label: string; count: number }[]) => rows.find((r) => r.count > 0);

  return (
    <>
      {header}
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Card className="col-span-2 p-4 sm:col-span-1">
          <dt className="text-sm text-stone-600 dark:text-stone-400">{t("allDecisions")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{format.number(stats.total)}</dd>
        </Card>
        {VERDICTS.map((v) => (
          <Card key={v} className="p-4">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{verdictNames[v]}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{format.number(stats.byVerdict[v])}</dd>
          </Card>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 lg:col-span-2">
          <StatFigure
            id="over-time"
            title={t("overTime.title", { granularity })}
            summary={
              inPeriod ? t("overTime.summary", { granularity, count: inPeriod, busiest: busiest.tick }) : t("overTime.empty", { granularity })
            }
            columns={[t("overTime.column", { granularity }), ...VERDICTS.map((v) => verdictNames[v])]}
            rows={overTime.map((r) => [r.label, format.number(r.accept), format.number(r.decline), format.number(r.observe), format.number(r.ignore)])}
          >
            <VerdictsOverTimeChart data={overTime} names={verdictNames} summary={t("overTime.chart", { granularity })} />
          </StatFigure>
        </div>
        <StatFigure
          id="by-reason"
          title={t("byReason.title")}
          summary={
            top(reasons)
              ? t("byReason.summary", { granularity, reason: top(reasons)!.label, count: top(reasons)!.count })
              : t("byReason.empty", { granularity })
          }
          columns={[t("byReason.column"), t("declines")]}
          rows={reasons.map((r) => [r.label, format.number(r.count)])}
        >
          <HorizontalBarChart data={reasons} series={t("declines")} kind="decline" summary={t("byReason.chart", { granularity })} />
        </StatFigure>
        <StatFigure
          id="by-platform"
          title={t("byPlatform.title")}
          summary={
            top(platforms)
              ? t("byPlatform.summary", { granularity, count: declinesInPeriod, platform: top(platforms)!.label, top: top(platforms)!.count })
              : t("byPlatform.empty", { granularity })
          }
          columns={[t("byPlatform.column"), t("declines")]}
          rows={platforms.map((p) => [p.label, format.number(p.count)])}
        >
          {platforms.length ? (
            <HorizontalBarChart data={platforms} series={t("declines")} kind="decline" summary={t("byPlatform.chart", { granularity })} />
          ) : (
            <p className="text-sm text-stone-600 dark:text-stone-400">{t("byPlatform.nothing")}</p>
          )}
        </StatFigure>
        <div className="min-w-0 lg:col-span-2">
          <StatFigure
            id="templates"
            title={t("templates.title")}
            summary={templates.length ? t("templates.summary", { title: templates[0]!.label, count: templates[0]!.count }) : t("templates.empty")}
            columns={[t("templates.column"), t("templates.series")]}
            rows={templates.map((r) => [r.label, format.number(r.count)])}
          >
            {templates.length ? (
              <HorizontalBarChart data={templates} series={t("templates.series")} kind="template" summary={t("templates.chart")} />
            ) : null}
          </StatFigure>
        </div>
      </div>
    </>
  );
}
