// Dates in History are shown and entered as UTC days, the same day the server stores
// (revisit dates are "that day", not a moment), so a date never shifts by a zone.
// The words and the order follow the interface language; server and client components
// alike take the locale (getLocale / useLocale) and share one set of formatters per
// language, built once per process (an Intl formatter is costly to make, cheap to use).

export type HistoryFormat = {
  /** "27 Nov 2026", "27. Nov. 2026", "27 de nov. de 2026" */
  day: (d: Date) => string;
  /** "27 Nov 2026, 14:03 UTC" */
  dayTime: (d: Date) => string;
  /** "Nov 26": a chart's month */
  month: (d: Date) => string;
  /** "27 Nov": a chart's week */
  shortDay: (d: Date) => string;
  /** "1,234", "1.234", "1 234" */
  number: (n: number) => string;
  /** 0.87 as "87%", "87 %" */
  percent: (n: number) => string;
};

// The app's English is British English ("Analyse", day before month), as it always was.
const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale); // i18n-ignore

const formats = new Map<string, HistoryFormat>();

/** The History formatters for one interface language. */
export function historyFormat(locale: string): HistoryFormat {
  let f = formats.get(locale);
  if (!f) {
    const tag = intlLocale(locale);
    const day = new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
    const dayTime = new Intl.DateTimeFormat(tag, {
      timeZone: "UTC",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    const month = new Intl.DateTimeFormat(tag, { timeZone: "UTC", month: "short", year: "2-digit" });
    const shortDay = new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric", month: "short" });
    const number = new Intl.NumberFormat(tag);
    const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
    f = {
      day: (d) => day.format(d),
      dayTime: (d) => dayTime.format(d),
      month: (d) => month.format(d),
      shortDay: (d) => shortDay.format(d),
      number: (n) => number.format(n),
      percent: (n) => percent.format(n),
    };
    formats.set(locale, f);
  }
  return f;
}

/** "2026-01-31", as <input type="date"> reads and writes it (whatever the language). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
