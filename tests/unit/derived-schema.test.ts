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

describe("raw SQL the Prisma schema cannot describe (scripts/db/raw.ts)", () => {
  it("is in a migration of its provider, exactly as written", async () => {
    const { rawFiles } = await import("@/scripts/db/raw");
    for (const [provider, dir] of [["sqlite", "prisma/migrations"], ["postgresql", "prisma/postgresql/migrations"]] as const) {
      const files = rawFiles(provider);
      expect(files.length).toBeGreaterThan(0);
      const applied = migrations(dir).map((m) => readFileSync(`${dir}/${m}/migration.sql`, "utf8"));
      for (const [file, sql] of files) expect(applied.some((m) => m.includes(sql)), `${file} is in no migration: run npm run db:migration`).toBe(true);
    }
  });
});
