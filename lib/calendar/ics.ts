// Held requests as iCalendar (RFC 5545), written by ical-generator. One all-day event per
// revisit: the revisit date is a day (stored as that day's UTC midnight), and an all-day
// event shows on that day in every time zone and calendar app, where a timed one would
// land on the wrong day for users east or west of UTC.
import { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency, ICalCalendar } from "ical-generator";
import { PLATFORM_NAMES, type Platform } from "@/lib/domain";

/** What an event may show: the person's name and platform, never the request's text or note. */
export type RevisitEventSource = {
  id: string;
  platform: string;
  parsedName: string | null;
  revisitAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export const FEED_NAME = "Decline with Grace: revisits";
/** How often calendar apps that honour it re-read the feed. */
const REFRESH_SECONDS = 60 * 60;
/** The alert of an all-day event: 9:00 on the day, in the user's own time zone. */
const ALERT_AFTER_START_SECONDS = 9 * 60 * 60;

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A UID stable across feed reads and downloads, so a calendar updates the event rather than adding one. */
export function revisitUid(decisionId: string): string {
  return `revisit-${decisionId}@decline-with-grace`;
}

export function decisionUrl(origin: string, decisionId: string): string {
  return `${origin}/history/${encodeURIComponent(decisionId)}`;
}

function platformName(platform: string): string {
  return PLATFORM_NAMES[platform as Platform] ?? PLATFORM_NAMES.other;
}

export function revisitSummary(d: Pick<RevisitEventSource, "parsedName" | "platform">): string {
  const who = d.parsedName?.trim() || "a held request";
  return `Revisit ${who} (${platformName(d.platform)})`;
}

function addRevisit(calendar: ICalCalendar, d: RevisitEventSource, origin: string) {
  const url = decisionUrl(origin, d.id);
  const event = calendar.createEvent({
    id: revisitUid(d.id),
    start: d.revisitAt,
    allDay: true,
    summary: revisitSummary(d),
    description: `You held this ${platformName(d.platform)} request on ${dayFormat.format(d.createdAt)} to look at again.\nOpen it: ${url}`,
    url,
    // The row's last change: the feed reads the same until the decision changes.
    stamp: d.updatedAt,
    lastModified: d.updatedAt,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  event.createAlarm({ type: ICalAlarmType.display, triggerAfter: ALERT_AFTER_START_SECONDS, description: revisitSummary(d) });
}

function newCalendar(name: string) {
  return new ICalCalendar({
    name,
    prodId: { company: "Decline with Grace", product: "Revisits", language: "EN" },
  });
}

/** The subscription feed: every held request with a revisit date. */
export function revisitFeed(decisions: RevisitEventSource[], origin: string): string {
  const calendar = newCalendar(FEED_NAME);
  calendar.description("Held connection requests, on the day you chose to look at them again.");
  calendar.ttl(REFRESH_SECONDS);
  for (const d of decisions) addRevisit(calendar, d, origin);
  return calendar.toString();
}

/** One decision's revisit, as a file to open in a calendar app. */
export function revisitFile(decision: RevisitEventSource, origin: string): string {
  const calendar = newCalendar(revisitSummary(decision));
  calendar.method(ICalCalendarMethod.PUBLISH);
  addRevisit(calendar, decision, origin);
  return calendar.toString();
}

/** A file name for the download: ASCII letters and digits only. */
export function revisitFileName(decision: Pick<RevisitEventSource, "parsedName">): string {
  const slug = (decision.parsedName ?? "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // "José" -> "Jose", not "Jos-e"
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  return `revisit${slug ? `-${slug}` : ""}.ics`;
}

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
