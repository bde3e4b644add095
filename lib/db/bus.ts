// Invalidation across app instances: with REDIS_URL set, each instance publishes what it
// changed on a Redis channel and drops what the others changed. Without Redis there is
// one instance, and nothing to tell.
import "server-only";
import Redis from "ioredis";
import { redisName } from "@/lib/env";

type Listener = (message: string) => void;
type Bus = { publisher: Redis; subscriber: Redis; subscribed: Map<string, Promise<unknown>>; ready: Promise<unknown> };

const state = globalThis as unknown as { __dwgBus?: Bus | null; __dwgBusListeners?: Map<string, Set<Listener>> };
const listeners = (state.__dwgBusListeners ??= new Map());

/** The channels of this deployment (REDIS_PREFIX lets several share one Redis). */
export const channelName = redisName;

function bus(): Bus | null {
  if (state.__dwgBus !== undefined) return state.__dwgBus;
  const url = process.env.REDIS_URL?.trim();
  if (!url) return (state.__dwgBus = null);
  // No offline queue: while Redis is down a publish fails fast and the short TTL of what
  // is cached bounds how stale another instance can be.
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  subscriber.on("message", (channel: string, message: string) => {
    for (const l of listeners.get(channel) ?? []) l(message);
  });
  for (const c of [publisher, subscriber]) c.on("error", () => undefined); // reconnects by itself; logged by ioredis' debug
  const ready = Promise.race([
    Promise.all([publisher, subscriber].map((c) => (c.status === "ready" ? null : new Promise((r) => c.once("ready", r))))),
    new Promise((r) => setTimeout(r, 1000).unref()),
  ]);
  return (state.__dwgBus = { publisher, subscriber, subscribed: new Map(), ready });
}

/**
 * Calls `listener` with each message any instance (this one too) publishes on `name`.
 * Cheap to call again with the same listener; resolves once Redis has confirmed the
 * subscription (or at once without Redis), so nothing published after it is missed.
 */
export function listen(name: string, listener: Listener): Promise<unknown> {
  const channel = channelName(name);
  let set = listeners.get(channel);
  if (!set) listeners.set(channel, (set = new Set()));
  set.add(listener);
  const b = bus();
  if (!b) return Promise.resolve();
  let subscribed = b.subscribed.get(channel);
  if (!subscribed) b.subscribed.set(channel, (subscribed = b.subscriber.subscribe(channel).catch(() => undefined)));
  return subscribed;
}

/** Tells every instance; resolves once Redis has taken the message (or failed). */
export async function publish(name: string, message: string): Promise<void> {
  const b = bus();
  if (!b) return;
  await b.ready;
  await b.publisher.publish(channelName(name), message).catch(() => undefined);
}
