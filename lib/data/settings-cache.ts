// What triage reads of a user on every request (their profiles, default templates and
// signature), kept for a few seconds by this app instance.
//
// Every data-access function that changes any of it calls settingsChanged(userId) after
// its write has committed: that drops the entry here and, through Redis (lib/db/bus.ts),
// on every other instance before the write's caller gets its answer. The TTL only bounds
// staleness should a message be lost (Redis down).
//
// Measured (npm run bench:load): without this cache a saving triage costs one more query
// (the user with their profiles and templates, about 1.3 ms of CPU with Prisma 6.19),
// about an eighth of the request.
import "server-only";
import { listen, publish } from "@/lib/db/bus";

/** SETTINGS_CACHE_TTL_MS (checked at start-up by lib/env.ts); 0 turns the cache off. */
export const TRIAGE_SETTINGS_TTL_MS = process.env.SETTINGS_CACHE_TTL_MS?.trim() ? Number(process.env.SETTINGS_CACHE_TTL_MS) : 5_000;
const MAX_ENTRIES = 5_000;
const CHANNEL = "settings-changed";

type Entry<T> = { value: T; expires: number };
type Cache = { entries: Map<string, Entry<unknown>>; generation: number };

const cache: Cache = ((globalThis as unknown as { __dwgSettingsCache?: Cache }).__dwgSettingsCache ??= { entries: new Map(), generation: 0 });

function drop(userId: string) {
  cache.generation++;
  cache.entries.delete(userId);
}

/** The user's settings from this instance's cache, else from `load` (kept unless a change raced it). */
export async function cachedSettings<T>(userId: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  if (TRIAGE_SETTINGS_TTL_MS <= 0) return load();
  await listen(CHANNEL, drop);
  const hit = cache.entries.get(userId);
  if (hit && hit.expires > now) return hit.value as T;
  // A change committed while this loads bumps the generation: then the result is not kept.
  const generation = cache.generation;
  const value = await load();
  if (generation === cache.generation) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(userId, { value, expires: now + TRIAGE_SETTINGS_TTL_MS });
  }
  return value;
}

/** Call after a committed write to the user's profiles, templates or signature. */
export async function settingsChanged(userId: string): Promise<void> {
  drop(userId);
  await publish(CHANNEL, userId);
}
