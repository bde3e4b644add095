// Rate limits kept in Redis are shared by every app instance: a second instance (a
// fresh limiter and a fresh connection) sees the first one's counts.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("rate limits in Redis", () => {
  let rateLimit: typeof import("@/lib/rate-limit");
  const cache = globalThis as unknown as { __dwgLimiters?: Map<string, unknown>; __dwgRedis?: { disconnect(): void } };

  async function newInstance() {
    // What a second server process would have: no limiters and no connection yet.
    cache.__dwgRedis?.disconnect();
    delete cache.__dwgLimiters;
    delete cache.__dwgRedis;
  }

  beforeAll(async () => {
    process.env.REDIS_URL = redisUrl;
    await newInstance();
    rateLimit = await import("@/lib/rate-limit");
  });
  afterAll(async () => {
    await newInstance();
    delete process.env.REDIS_URL;
  });

  it("counts sign-in failures across instances and blocks the sixth", async () => {
    const email = `redis-${randomBytes(6).toString("hex")}@example.test`;
    for (let i = 0; i < 3; i++) expect(await rateLimit.consume("signInEmail", email)).toEqual({ ok: true });
    await newInstance();
    for (let i = 0; i < 2; i++) expect(await rateLimit.consume("signInEmail", email)).toEqual({ ok: true });
    expect(await rateLimit.isLimited("signInEmail", email)).toMatchObject({ ok: false });
    await newInstance();
    const sixth = await rateLimit.consume("signInEmail", email);
    expect(sixth.ok).toBe(false);
    if (!sixth.ok) expect(sixth.retryAfterSeconds).toBeGreaterThan(60);
    await rateLimit.resetLimit("signInEmail", email);
    expect(await rateLimit.isLimited("signInEmail", email)).toEqual({ ok: true });
  });

  it("stores its counts in Redis under the app's prefix", async () => {
    const key = `probe-${randomBytes(6).toString("hex")}`;
    await rateLimit.consume("apiToken", key);
    const { default: Redis } = await import("ioredis");
    const probe = new Redis(redisUrl!);
    expect(Number(await probe.get(`dwg:apiToken:${key}`))).toBe(1);
    await probe.quit();
  });
});
