// The committed migrations, applied from empty, give exactly the schema: a database
// migrated by `migrate deploy` and one built straight from the schema (the SQL that
// `migrate diff --from-empty` makes of it, then the raw SQL files of scripts/db/raw.ts
// that the Prisma schema cannot describe) have the same tables, columns, defaults,
// indexes, triggers and foreign keys.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrate } from "../support/migrate";
import { withSchema } from "../support/postgres";
import { sharedExtensions } from "@/scripts/support/app-server";
import { rawSql } from "@/scripts/db/raw";

async function sqliteShape(file: string) {
  const client = createClient({ url: `file:${file}` });
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")).rows.map((r) => String(r.name));
  const shape: Record<string, unknown> = {};
  for (const t of tables) {
    const cols = (await client.execute(`PRAGMA table_info("${t}")`)).rows.map((r) => [r.name, r.type, r.notnull, r.dflt_value, r.pk]);
    const indexes = (await client.execute({ sql: `SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=? ORDER BY name`, args: [t] })).rows.map((r) => [r.name, r.sql]);
    const fks = (await client.execute(`PRAGMA foreign_key_list("${t}")`)).rows.map((r) => [r.table, r.from, r.to, r.on_delete]);
    const triggers = (await client.execute({ sql: `SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=? ORDER BY name`, args: [t] })).rows.map((r) => [r.name, r.sql]);
    const virtual = (await client.execute({ sql: `SELECT sql FROM sqlite_master WHERE type='table' AND name=? AND sql LIKE 'CREATE VIRTUAL%'`, args: [t] })).rows.map((r) => r.sql);
    shape[t] = { cols, indexes, fks, triggers, virtual };
  }
  client.close();
  return shape;
}

async function postgresShape(base: string, schema: string) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  const cols = await client.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    [schema],
  );
  const idx = await client.query(
    `SELECT tablename, indexname, indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    [schema],
  );
  const fks = await client.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = $1::regnamespace AND contype = 'f' ORDER BY conname`,
    [schema],
  );
  await client.end();
  // Definitions name their schema; the two databases differ only there.
  const unschema = (rows: { def: string }[]) => rows.map((r) => ({ ...r, def: r.def.replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "") }));
  return { cols: cols.rows, idx: unschema(idx.rows), fks: unschema(fks.rows) };
}

/** The SQL that builds a schema file's database from nothing. */
function fromEmptySql(schema: string, url: string): string {
  return execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe("migrations match the schema", () => {
  it("migrate deploy and the schema itself give the same database", async () => {
    if (inject("provider") === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "dwg-drift-"));
      try {
        const migrated = path.join(dir, "migrated.db");
        const pushed = path.join(dir, "pushed.db");
        migrate(`file:${migrated}`);
        const client = createClient({ url: `file:${pushed}` });
        await client.executeMultiple(fromEmptySql("prisma/schema.prisma", `file:${pushed}`));
        await client.executeMultiple(rawSql("sqlite"));
        client.close();
        const [a, b] = [await sqliteShape(migrated), await sqliteShape(pushed)];
        expect(Object.keys(a).filter((t) => !t.startsWith("DecisionSearch_"))).toEqual(["ApiToken", "CalendarFeed", "CriteriaProfile", "Decision", "DecisionSearch", "DecisionSearchPending", "DecisionSearchTerms", "ReasonTemplate", "User"]);
        expect((a.Decision as { triggers: unknown[] }).triggers).toHaveLength(3);
        expect(a).toEqual(b);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const base = process.env.TEST_POSTGRES_URL!;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      const suffix = randomBytes(4).toString("hex");
      const [m, p] = [`dwg_drift_m_${suffix}`, `dwg_drift_p_${suffix}`];
      try {
        await admin.query(`CREATE SCHEMA "${m}"; CREATE SCHEMA "${p}"`);
        await sharedExtensions(admin);
        migrate(withSchema(base, m));
        await admin.query(`SET search_path TO "${p}"; ${fromEmptySql("prisma/postgresql/schema.prisma", withSchema(base, p))}`);
        await admin.query(rawSql("postgresql"));
        const [a, b] = [await postgresShape(base, m), await postgresShape(base, p)];
        expect(a.cols.length).toBeGreaterThan(30);
        expect(a.idx.map((i) => (i as { indexname?: string }).indexname)).toContain("Decision_searchText_trgm_idx");
        expect(a).toEqual(b);
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS "${m}" CASCADE; DROP SCHEMA IF EXISTS "${p}" CASCADE`);
        await admin.end();
      }
    }
  }, 180_000); // several runs of the Prisma CLI
});
