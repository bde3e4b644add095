// A fresh SQLite file per test run, migrated from empty, deleted afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../support/migrate";

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "dwg-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  project.provide("databaseUrl", url);
  project.provide("provider", "sqlite");
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    provider: "sqlite" | "postgresql";
  }
}
