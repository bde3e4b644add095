// Settings section: the calendar feed. A server component that reads the feed's state itself.
import "server-only";
import { format } from "date-fns";
import { getCalendarFeed } from "@/lib/data/calendar-feeds";
import { CalendarFeedForm } from "./calendar-feed";

export async function CalendarFeedSection({ userId }: { userId: string }) {
  const feed = await getCalendarFeed(userId);
  return <CalendarFeedForm feed={feed ? { created: format(feed.createdAt, "d MMMM yyyy"), createdIso: feed.createdAt.toISOString() } : null} />;
}
