// Settings section: the calendar feed. A server component that reads the feed's state itself.
import "server-only";
import { getFormatter } from "next-intl/server";
import { getCalendarFeed } from "@/lib/data/calendar-feeds";
import { CalendarFeedForm } from "./calendar-feed";

export async function CalendarFeedSection({ userId }: { userId: string }) {
  const [feed, format] = await Promise.all([getCalendarFeed(userId), getFormatter()]);
  // The day it was made, as the reader's language writes dates (a UTC day, like every date here).
  const created = feed ? format.dateTime(feed.createdAt, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) : null;
  return <CalendarFeedForm feed={feed && created ? { created, createdIso: feed.createdAt.toISOString() } : null} />;
}
