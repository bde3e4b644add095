// Gives one user a large history, fast, for development and scale checks:
//   npm run seed:history -- --email me@example.com --count 100000 [--reset]
// Creates the account (password "correct horse battery staple") when the email is new.
// Uses DATABASE_URL like the app (SQLite file by default, or PostgreSQL).
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/config";
import { decisionRow } from "@/lib/data/decision-row";
import { DEFAULT_PROFILE, DEFAULT_TEMPLATES } from "@/lib/defaults";
import { hashPassword } from "@/lib/auth/password";
import { sampleCreatedAt, sampleDecision } from "./support/sample-decisions";

const { values } = parseArgs({
  options: {
    email: { type: "string", default: "history@example.test" },
    name: { type: "string", default: "History Tester" },
    count: { type: "string", default: "100000" },
    batch: { type: "string", default: "1000" },
    reset: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
// SQLite allows 32,766 bound parameters per statement: 1,000 rows of 26 columns fit.
const batch = Math.min(Number(values.batch), 1000);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(batch) || batch < 1) {
  console.error("--count and --batch must be whole numbers (count ≥ 0, batch ≥ 1).");
  process.exit(2);
}

const client = await createDb();
const email = values.email.trim().toLowerCase();
let user = await client.user.findUnique({ where: { email }, select: { id: true } });
if (!user) {
  user = await client.user.create({
    data: {
      email,
      name: values.name,
      passwordHash: await hashPassword("correct horse battery staple"),
      profiles: { create: { ...DEFAULT_PROFILE } },
      templates: { create: DEFAULT_TEMPLATES.map((t) => ({ ...t, isDefault: true })) },
    },
    select: { id: true },
  });
  console.log(`Created ${email} (password: correct horse battery staple).`);
}
if (values.reset) {
  const { count: removed } = await client.decision.deleteMany({ where: { userId: user.id } });
  console.log(`Removed ${removed} decisions.`);
}

const now = new Date();
const started = performance.now();
for (let from = 0; from < count; from += batch) {
  const rows = [];
  for (let i = from; i < Math.min(from + batch, count); i++) {
    rows.push(decisionRow(user.id, null, sampleDecision(i, { now, createdAt: sampleCreatedAt(i, count, now) })));
  }
  await client.decision.createMany({ data: rows });
  if ((from / batch) % 20 === 19) console.log(`  ${from + rows.length} / ${count}`);
}
// SQLite queues new rows for its search index (prisma/raw/decision_search.sql): a bulk load
// indexes them all at once here, faster than the first search would one by one.
if (databaseProvider(databaseUrl()) === "sqlite") {
  await client.$transaction([
    client.$executeRawUnsafe(`INSERT INTO "DecisionSearch"("DecisionSearch") VALUES ('rebuild')`),
    client.$executeRawUnsafe(`DELETE FROM "DecisionSearchPending"`),
  ]);
}
// Fresh statistics, as autovacuum (PostgreSQL) or a later ANALYZE would give them: the
// planner otherwise takes the user for a few hundred rows and picks plans for that size.
await client.$executeRawUnsafe(databaseProvider(databaseUrl()) === "postgresql" ? 'ANALYZE "Decision"' : "ANALYZE");
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const total = await client.decision.count({ where: { userId: user.id } });
console.log(`Added ${count} decisions in ${seconds} s; ${email} now has ${total}.`);
await client.$disconnect();
