// Prisma CLI configuration: the JavaScript schema engine through a driver adapter,
// so no native engine is ever downloaded (see README, "Databases").
import { defineConfig } from "prisma/config";
import path from "node:path";
import { createAdapter, databaseProvider, databaseUrl, prismaDirFor } from "./lib/db/config";

try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment alone configures the CLI.
}
// The schema reads env("DATABASE_URL"), so it must be set even for `prisma generate`.
process.env.DATABASE_URL = databaseUrl();
const url = process.env.DATABASE_URL;
const dir = prismaDirFor(databaseProvider(url));

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  adapter: () => createAdapter(url),
});
