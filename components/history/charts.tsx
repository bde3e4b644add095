"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Verdict } from "@/lib/domain";
import { historyFormat } from "./format";

// Mid-tone colours that keep 3:1 contrast on both the light and the dark card.
export const VERDICT_COLORS = { accept: "#32866f", decline: "#f43f5e", observe: "#0284c7", ignore: "#78716c" } as const;
const DECLINE_COLOR = "#f43f5e";
const TEMPLATE_COLOR = "#8b5cf6";

// Axis text follows the surrounding text colour, so it reads in light and dark alike.
const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = {
  contentStyle: {
    background: "var(--chart-tooltip-bg)",
    border: "1px solid var(--chart-tooltip-border)",
    borderRadius: 8,
    color: "inherit",
    fontSize: 13,
  },
  labelStyle: { color: "inherit", fontWeight: 600 },
  cursor: { fill: "currentColor", fillOpacity: 0.08 },
};
const wrapperClass =
  "text-stone-700 dark:text-stone-300 [--chart-tooltip-bg:#ffffff] [--chart-tooltip-border:#d6d3d1] dark:[--chart-tooltip-bg:#1c1917] dark:[--chart-tooltip-border:#44403c]";

/**
 * The chart is a picture for sighted readers (role="img" with a summary as its name);
 * the figure's table holds the same numbers for everyone else and for keyboard use.
 */
function ChartFrame({ summary, height, children }: { summary: string; height: number; children: React.ReactNode }) {
  return (
    <div role="img" aria-label={summary} className={wrapperClass} style={{ height }}>
      {children}
    </div>
  );
}

export type OverTimeRow = { label: string; tick: string; accept: number; decline: number; observe: number; ignore: number };

/** Counts on the axes and in the tooltips, in the interface language's digits ("1.234"). */
function useNumber() {
  const { number } = historyFormat(useLocale());
  return { tickFormatter: (v: number) => number(v), tooltip: (v: unknown) => (typeof v === "number" ? number(v) : String(v ?? "")) };
}

/** `names`: each verdict's name in the interface language (the legend and the tooltip). */
export function VerdictsOverTimeChart({ data, names, summary }: { data: OverTimeRow[]; names: Record<Verdict, string>; summary: string }) {
  const n = useNumber();
  return (
    <ChartFrame summary={summary} height={300}>
      <BarChart responsive data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -12 }} style={{ width: "100%", height: 300 }}>
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="tick" tick={tick} tickLine={false} axisLine={{ stroke: "currentColor", strokeOpacity: 0.3 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={tick} tickLine={false} axisLine={false} width={48} tickFormatter={n.tickFormatter} />
        <Tooltip {...tooltipStyle} labelFormatter={(_, payload) => payload?.[0]?.payload?.label ?? ""} formatter={n.tooltip} />
        {/* Verdict order, in the text colour (the swatch carries the series colour). */}
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} formatter={(value) => <span className="text-stone-700 dark:text-stone-300">{value}</span>} />
        {(["accept", "decline", "observe", "ignore"] as const).map((v) => (
          <Bar key={v} dataKey={v} name={names[v]} stackId="verdicts" fill={VERDICT_COLORS[v]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

export function HorizontalBarChart({
  data,
  summary,
  series,
  kind,
}: {
  data: { label: string; count: number }[];
  summary: string;
  series: string;
  kind: "decline" | "template";
}) {
  const height = Math.max(140, data.length * 44 + 40);
  const n = useNumber();
  return (
    <ChartFrame summary={summary} height={height}>
      <BarChart
        responsive
        layout="vertical"
        data={data}
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        style={{ width: "100%", height }}
      >
        <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis type="number" allowDecimals={false} tick={tick} tickLine={false} axisLine={false} tickFormatter={n.tickFormatter} />
        <YAxis type="category" dataKey="label" tick={tick} tickLine={false} axisLine={false} width={150} />
        <Tooltip {...tooltipStyle} formatter={n.tooltip} />
        <Bar dataKey="count" name={series} fill={kind === "decline" ? DECLINE_COLOR : TEMPLATE_COLOR} radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
