// Raw SQL objects the Prisma schema cannot describe (History's text-search indexes: an
// FTS5 table with triggers on SQLite, a pg_trgm GIN index on PostgreSQL). Each lives in
// its provider's raw/ folder as the SQL that builds it from nothing; npm run db:migration
// puts a new or changed file into the next migration, a unit test checks every file is
// in a migration, and the schema test builds the expected database from the schema plus
// these files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const rawDir = (provider: Provider) => (provider === "sqlite" ? path.join("prisma", "raw") : path.join("prisma", "postgresql", "raw"));

/** The raw files of a provider, in name order: [file path, SQL]. */
export function rawFiles(provider: Provider): [string, string][] {
  const dir = rawDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => [path.join(dir, f), readFileSync(path.join(dir, f), "utf8")]);
}

/** Every raw file's SQL, as one script applied after the schema's own. */
export const rawSql = (provider: Provider) => rawFiles(provider).map(([, sql]) => sql).join("\n");
