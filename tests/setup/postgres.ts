// A fresh PostgreSQL schema per test run (in TEST_POSTGRES_URL's database), dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../support/migrate";
import { withSchema } from "../support/postgres";
import { sharedExtensions } from "../../scripts/support/app-server";

export default async function setup(project: TestProject) {
  const base = process.env.TEST_POSTGRES_URL!;
  const schema = `dwg_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await sharedExtensions(admin);
  const url = withSchema(base, schema);
  migrate(url);
  project.provide("databaseUrl", url);
  project.provide("provider", "postgresql");
  return async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  };
}
