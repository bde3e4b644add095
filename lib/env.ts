// Server environment, read and validated once. Every variable is documented in the README.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** A whole number of at least `min`, or unset; a blank value counts as unset. */
const optionalCount = (min: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(min, `must be ${min} or more`).optional(),
  );

// Read where they are used (some by scripts outside Next); checked here so that a bad
// value stops start-up with its name instead of silently falling back to a default.
const tuningSchema = {
  DATABASE_POOL_SIZE: optionalCount(1),
  SIGN_UP_LIMIT_PER_HOUR: optionalCount(1),
  API_RATE_LIMIT_PER_MINUTE: optionalCount(1),
  SHUTDOWN_TIMEOUT_MS: optionalCount(1),
  // How many proxies in front of the app append to X-Forwarded-For (lib/auth/client-address.ts).
  TRUSTED_PROXY_COUNT: optionalCount(0),
  // Prefix of the rate-limit keys and pub/sub channels: several deployments can share one Redis.
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_-]{0,40}$/, "must be up to 40 letters, digits, colons, dashes or underscores")
    .optional(),
  SETTINGS_CACHE_TTL_MS: optionalCount(0),
  SQLITE_SYNCHRONOUS: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || v === "NORMAL" || v === "FULL", "must be NORMAL or FULL")
    .optional(),
};

const envSchema = z.object({
  ...tuningSchema,
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString,
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString,
  REDIS_URL: optionalString,
  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  LINKEDIN_CLIENT_ID: optionalString,
  LINKEDIN_CLIENT_SECRET: optionalString,
});

export type ServerEnv = z.infer<typeof envSchema> & { NEXTAUTH_SECRET: string };

function devSecret(): string {
  // Kept in the data folder so a development restart does not sign everyone out.
  const file = path.join(process.cwd(), "data", ".dev-nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Exported for tests; the app reads the cached serverEnv(). */
export function loadServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    // `next build` runs in production mode too; only the running server needs the secret.
    if (env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
      throw new Error(
        "NEXTAUTH_SECRET is not set. It signs session cookies and must be set in production: " +
          "generate one with `openssl rand -base64 32` (see README, Configuration).",
      );
    }
    secret = devSecret();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      console.warn("[decline-with-grace] NEXTAUTH_SECRET is not set: using a generated development secret (data/.dev-nextauth-secret).");
    }
  }
  return { ...env, NEXTAUTH_SECRET: secret };
}

let cached: ServerEnv | undefined;
export function serverEnv(): ServerEnv {
  cached ??= loadServerEnv();
  return cached;
}

/** A Redis key or channel of this deployment: REDIS_PREFIX (default "dwg") and the name. */
export const redisName = (name: string): string => `${process.env.REDIS_PREFIX?.trim() || "dwg"}:${name}`;
