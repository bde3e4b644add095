// One source of truth: the PostgreSQL schema is derived from the SQLite one, and both
// providers carry the same migrations.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "@/scripts/db/schemas";

const migrations = (dir: string) => readdirSync(dir).filter((f) => /^\d{14}_/.test(f)).sort();

describe("the PostgreSQL schema", () => {
  it("is exactly what npm run db:derive makes from prisma/schema.prisma", () => {
    const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(derived);
    expect(derived).toMatch(/provider = "postgresql"/);
  });

  it("has a migration for every SQLite migration, of the same name", () => {
    expect(migrations("prisma/postgresql/migrations")).toEqual(migrations("prisma/migrations"));
    expect(migrations("prisma/migrations").length).toBeGreaterThan(0);
  });
});
