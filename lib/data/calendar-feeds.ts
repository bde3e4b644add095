// The private calendar feed of revisit dates. A user has at most one live feed; making a
// new one revokes the old address. Every function but the feed lookup takes the owner's
// id first; the lookup is by the secret's hash, the one thing a calendar app presents.
import "server-only";
import { db } from "@/lib/db/client";
import { generateFeedSecret } from "@/lib/calendar/secret";
import type { RevisitEventSource } from "@/lib/calendar/ics";
import { ownerId } from "./scope";

/** Events in one feed at most: the soonest revisits first past this many. */
export const MAX_FEED_EVENTS = 2000;

export type CalendarFeedSummary = { id: string; createdAt: Date };

const revisitFields = { id: true, platform: true, parsedName: true, revisitAt: true, createdAt: true, updatedAt: true } as const;

/** The user's live feed, or null. */
export async function getCalendarFeed(userId: string): Promise<CalendarFeedSummary | null> {
  const client = await db();
  return client.calendarFeed.findFirst({
    where: { userId: ownerId(userId), revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true },
  });
}

/** A new feed address, replacing any live one; the secret is returned this once and never stored. */
export async function createCalendarFeed(userId: string, now = new Date()): Promise<{ secret: string; feed: CalendarFeedSummary }> {
  const client = await db();
  const uid = ownerId(userId);
  const { secret, hash } = generateFeedSecret();
  const feed = await client.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({ where: { userId: uid, revokedAt: null }, data: { revokedAt: now } });
    return tx.calendarFeed.create({ data: { userId: uid, tokenHash: hash, createdAt: now }, select: { id: true, createdAt: true } });
  });
  return { secret, feed };
}

/** Stops the live feed; false when there was none. */
export async function revokeCalendarFeed(userId: string, now = new Date()): Promise<boolean> {
  const client = await db();
  const { count } = await client.calendarFeed.updateMany({ where: { userId: ownerId(userId), revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

/** The user's held requests that have a revisit date, soonest first. */
export async function heldRevisits(userId: string, limit = MAX_FEED_EVENTS): Promise<RevisitEventSource[]> {
  const client = await db();
  const rows = await client.decision.findMany({
    where: { userId: ownerId(userId), status: "held", revisitAt: { not: null } },
    orderBy: [{ revisitAt: "asc" }, { id: "asc" }],
    take: limit,
    select: revisitFields,
  });
  return rows.map((r) => ({ ...r, revisitAt: r.revisitAt! }));
}

/** One held decision of the user's with a revisit date, or null (not theirs, not held, no date). */
export async function heldRevisit(userId: string, decisionId: string): Promise<RevisitEventSource | null> {
  const client = await db();
  const row = await client.decision.findFirst({
    where: { id: decisionId, userId: ownerId(userId), status: "held", revisitAt: { not: null } },
    select: revisitFields,
  });
  return row ? { ...row, revisitAt: row.revisitAt! } : null;
}

/** The revisits behind a live feed's secret hash, or null for an unknown or revoked feed. */
export async function revisitsOfFeed(tokenHash: string): Promise<RevisitEventSource[] | null> {
  const client = await db();
  const feed = await client.calendarFeed.findUnique({ where: { tokenHash }, select: { userId: true, revokedAt: true } });
  if (!feed || feed.revokedAt) return null;
  return heldRevisits(feed.userId);
}
