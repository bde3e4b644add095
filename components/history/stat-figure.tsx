import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/**
 * A chart with its title, a one-line summary and the same numbers as a table (behind
 * "Show the numbers"), so the chart is never the only way to read them.
 */
export function StatFigure({
  id,
  title,
  summary,
  columns,
  rows,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  columns: string[];
  rows: (string | number)[][];
  children: React.ReactNode;
}) {
  const t = useTranslations("history.stats");
  return (
    <Card className="min-w-0">
      <figure aria-labelledby={`${id}-title`}>
        <figcaption>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{summary}</p>
        </figcaption>
        <div className="mt-4">{children}</div>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-800 dark:text-brand-300">{t("showNumbers")}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr>
                  {columns.map((c, i) => (
                    <th key={c} scope="col" className={`border-b border-stone-200 py-1.5 pr-3 font-semibold dark:border-stone-700 ${i ? "text-right" : ""}`}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={String(r[0])}>
                    {r.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="border-b border-stone-100 py-1.5 pr-3 font-normal dark:border-stone-800">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className="border-b border-stone-100 py-1.5 pr-3 text-right tabular-nums dark:border-stone-800">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    </Card>
  );
}
