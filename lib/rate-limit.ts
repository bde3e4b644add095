// Rate limits (rate-limiter-flexible): in memory by default, in Redis when REDIS_URL
// is set so that several app instances share the counts.
import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible";
import { once } from "node:events";
import Redis from "ioredis";
import { redisName } from "@/lib/env";

export type LimitName = "signInPair" | "signInAddress" | "signInEmailCeiling" | "signInEmail" | "signUpAddress" | "apiToken";

const FIFTEEN_MINUTES = 15 * 60;

const RULES: Record<LimitName, { points: number; duration: number; blockDuration?: number }> = {
  // Sign-in attempts (lib/auth/sign-in-limits.ts). Guessing one account from one address
  // stops after 5 in 15 minutes; one address stops after 20 across all accounts...
  signInPair: { points: 5, duration: FIFTEEN_MINUTES },
  signInAddress: { points: 20, duration: FIFTEEN_MINUTES },
  // ...and one account, from everywhere, after 100 an hour: a ceiling on distributed
  // guessing that an attacker reaches only from 20 addresses or more, so knowing someone's
  // e-mail is not enough to keep them out.
  signInEmailCeiling: { points: 100, duration: 60 * 60 },
  // Settings' current-password check, per account: 5 wrong in 15 minutes (a borrowed
  // session guessing). Sign-in itself no longer counts here: that let anyone lock an owner out.
  signInEmail: { points: 5, duration: FIFTEEN_MINUTES },
  // Deployments (and the end-to-end suite, which signs up a user per test) may raise it.
  signUpAddress: { points: Number(process.env.SIGN_UP_LIMIT_PER_HOUR) || 10, duration: 60 * 60 },
  // API requests per token (or session user) a minute; load tests raise it.
  apiToken: { points: Number(process.env.API_RATE_LIMIT_PER_MINUTE) || 120, duration: 60 },
};

export const API_REQUESTS_PER_MINUTE = RULES.apiToken.points;

const cache = globalThis as unknown as { __dwgLimiters?: Map<string, RateLimiterAbstract>; __dwgRedis?: Redis };

/** The shared connection; the first call waits (up to a second) for it to be ready. */
async function redisClient(url: string): Promise<Redis> {
  // No offline queue: while Redis is down, calls fail fast to the in-memory insurance limiter.
  cache.__dwgRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const client = cache.__dwgRedis;
  if (client.status !== "ready") {
    await Promise.race([once(client, "ready"), new Promise((r) => setTimeout(r, 1000).unref())]).catch(() => undefined);
  }
  return client;
}

export async function limiter(name: LimitName): Promise<RateLimiterAbstract> {
  cache.__dwgLimiters ??= new Map();
  const found = cache.__dwgLimiters.get(name);
  if (found) return found;
  // REDIS_PREFIX keeps apart several deployments (or test runs) sharing one Redis.
  const rule = { ...RULES[name], keyPrefix: redisName(name) };
  const url = process.env.REDIS_URL?.trim();
  const created = url
    ? new RateLimiterRedis({
        ...rule,
        storeClient: await redisClient(url),
        // If Redis is down, fall back to this instance's memory rather than failing open.
        insuranceLimiter: new RateLimiterMemory(rule),
      })
    : new RateLimiterMemory(rule);
  cache.__dwgLimiters.set(name, created);
  return created;
}

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one event against `key`; returns how long to wait when the limit is spent. */
/**
 * A limiter's refusal. Not `instanceof RateLimiterRes`: the limiters are kept on globalThis
 * and shared by the server's bundles (route handlers, server actions), each with its own
 * copy of the library, so a refusal made by one bundle's class fails another's instanceof.
 */
function isRefusal(e: unknown): e is RateLimiterRes {
  return typeof e === "object" && e !== null && !(e instanceof Error) && typeof (e as RateLimiterRes).msBeforeNext === "number";
}

export async function consume(name: LimitName, key: string): Promise<LimitCheck> {
  try {
    await (await limiter(name)).consume(key);
    return { ok: true };
  } catch (e) {
    if (isRefusal(e)) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    throw e;
  }
}

/** Whether `key` has spent its points, without counting an event. */
export async function isLimited(name: LimitName, key: string): Promise<LimitCheck> {
  const res = await (await limiter(name)).get(key);
  const rule = RULES[name];
  if (res && res.consumedPoints >= rule.points) {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }
  return { ok: true };
}

export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await (await limiter(name)).delete(key);
}

/** Gives back one point counted by `consume` (an attempt that turned out not to be a failure). */
export async function refund(name: LimitName, key: string): Promise<void> {
  await (await limiter(name)).reward(key, 1);
}

export { clientAddress } from "@/lib/auth/client-address";
