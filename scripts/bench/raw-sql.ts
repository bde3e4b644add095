// The hot paths' plain SQL three ways, in one run on a fresh database (SQLite by default,
// BENCH_DATABASE_URL for PostgreSQL): Prisma's typed query, Prisma's `$queryRaw`, and the
// same SQL on the driver adapter (lib/db/raw.ts). Prints the CPU time per call and each
// one's ratio to `$queryRaw`, the baseline.
//
//   npm run bench:raw-sql [-- --calls 3000]
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";

const { values: args } = parseArgs({ options: { calls: { type: "string", default: "3000" } } });
const calls = Number(args.calls);

const dir = mkdtempSync(path.join(os.tmpdir(), "dwg-raw-sql-"));
const url = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "ignore" });
const { createDb, rawSql } = await import("@/lib/db/client");
const { Prisma } = await import("@/lib/generated/sqlite/client");
type Sql = ReturnType<typeof Prisma.sql>;
const { createUserWithDefaults } = await import("@/lib/data/users");
const { createApiToken } = await import("@/lib/data/api-tokens");
const { sampleDecision } = await import("@/scripts/support/sample-decisions");
const { createDecisionId } = await import("@/lib/data/decisions");

const client = await createDb(url);
const user = await createUserWithDefaults({ email: `raw-${Date.now()}@example.test`, name: "Raw Bench", password: null });
await createApiToken(user.id, "bench");
for (let i = 0; i < 30; i++) await createDecisionId(user.id, sampleDecision(i));

async function cpuPerCall(f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(300, calls); i++) await f();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / calls;
}

const tokenSql = Prisma.sql`SELECT "id", "userId", "revokedAt", "lastUsedAt" FROM "ApiToken" WHERE "userId" = ${user.id}`;
const pageSql = Prisma.sql`SELECT * FROM "Decision" WHERE "userId" = ${user.id} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${25}`;
const cases: { name: string; typed: () => Promise<unknown>; sql: Sql }[] = [
  { name: "token lookup", typed: () => client.apiToken.findFirst({ where: { userId: user.id } }), sql: tokenSql },
  { name: "History page of 25", typed: () => client.decision.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 25 }), sql: pageSql },
];

console.log(`${url.split(":")[0]}, ${calls} calls each, CPU ms per call (ratio to $queryRaw)\n`);
console.log("| query | Prisma typed | $queryRaw | driver adapter |\n| --- | ---: | ---: | ---: |");
for (const c of cases) {
  const typed = await cpuPerCall(c.typed);
  const viaPrisma = await cpuPerCall(() => client.$queryRaw(c.sql));
  const viaDriver = await cpuPerCall(() => rawSql(client).query(c.sql));
  const cell = (ms: number) => `${ms.toFixed(3)} (${(ms / viaPrisma).toFixed(2)}×)`;
  console.log(`| ${c.name} | ${cell(typed)} | ${cell(viaPrisma)} | ${cell(viaDriver)} |`);
}
await client.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
