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

const envSchema = z.object({
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

function load(): ServerEnv {
  const parsed = envSchema.safeParse(process.env);
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
  cached ??= load();
  return cached;
}
