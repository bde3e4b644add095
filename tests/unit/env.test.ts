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

  it.each([
    ["API_RATE_LIMIT_PER_MINUTE", "lots", "must be a whole number"],
    ["SIGN_UP_LIMIT_PER_HOUR", "0", "must be 1 or more"],
    ["SHUTDOWN_TIMEOUT_MS", "2.5", "must be a whole number"],
    ["DATABASE_POOL_SIZE", "-3", "must be 1 or more"],
    ["SQLITE_SYNCHRONOUS", "OFF", "must be NORMAL or FULL"],
  ])("refuses %s=%s with a message that names it", (name, value, problem) => {
    expect(() => loadServerEnv({ ...base, [name]: value })).toThrow(`${name}: ${problem}`);
  });

  it("stops a production server without NEXTAUTH_SECRET, naming it", () => {
    expect(() => loadServerEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set/);
  });
});
