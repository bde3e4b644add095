// The server's environment is checked once at start-up: a bad value names its variable.
import { describe, expect, it } from "vitest";
import { loadServerEnv } from "@/lib/env";

const base = { NODE_ENV: "test", NEXTAUTH_SECRET: "a-secret-long-enough-for-tests" } as const;

describe("server environment", () => {
  it("accepts the documented tuning values and treats blanks as unset", () => {
    const env = loadServerEnv({ ...base, API_RATE_LIMIT_PER_MINUTE: "600", SHUTDOWN_TIMEOUT_MS: "10000", SQLITE_SYNCHRONOUS: "full", DATABASE_POOL_SIZE: " " });
    expect(env.API_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(env.SHUTDOWN_TIMEOUT_MS).toBe(10000);
    expect(env.SQLITE_SYNCHRONOUS).toBe("FULL");
    expect(env.DATABASE_POOL_SIZE).toBeUndefined();
  });

  it("reads how many proxies to trust (none unless set) and the rate limits' key prefix", () => {
    expect(loadServerEnv({ ...base }).TRUSTED_PROXY_COUNT).toBeUndefined();
    expect(loadServerEnv({ ...base, TRUSTED_PROXY_COUNT: "0" }).TRUSTED_PROXY_COUNT).toBe(0);
    expect(loadServerEnv({ ...base, TRUSTED_PROXY_COUNT: "2", REDIS_PREFIX: "dwg-staging" })).toMatchObject({ TRUSTED_PROXY_COUNT: 2, REDIS_PREFIX: "dwg-staging" });
  });

  it.each([
    ["API_RATE_LIMIT_PER_MINUTE", "lots", "must be a whole number"],
    ["SIGN_UP_LIMIT_PER_HOUR", "0", "must be 1 or more"],
    ["SHUTDOWN_TIMEOUT_MS", "2.5", "must be a whole number"],
    ["DATABASE_POOL_SIZE", "-3", "must be 1 or more"],
    ["SQLITE_SYNCHRONOUS", "OFF", "must be NORMAL or FULL"],
    ["TRUSTED_PROXY_COUNT", "-1", "must be 0 or more"],
    ["TRUSTED_PROXY_COUNT", "one", "must be a whole number"],
    ["REDIS_PREFIX", "dwg prod", "must be up to 40 letters"],
  ])("refuses %s=%s with a message that names it", (name, value, problem) => {
    expect(() => loadServerEnv({ ...base, [name]: value })).toThrow(`${name}: ${problem}`);
  });

  it("stops a production server without NEXTAUTH_SECRET, naming it", () => {
    expect(() => loadServerEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set/);
  });
});
