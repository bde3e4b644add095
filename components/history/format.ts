// Dates in History are shown and entered as UTC days, the same day the server stores
// (revisit dates are "that day", not a moment), so a date never shifts by a zone.
const day = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const dayTime = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" });
const month = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "2-digit" });
const shortDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });

export const formatDay = (d: Date) => day.format(d);
export const formatDayTime = (d: Date) => `${dayTime.format(d)} UTC`;
export const formatMonth = (d: Date) => month.format(d);
export const formatShortDay = (d: Date) => shortDay.format(d);
/** "2026-01-31", as <input type="date"> reads and writes it. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
