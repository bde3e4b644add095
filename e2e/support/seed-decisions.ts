// Seeds decisions straight into the end-to-end database (the file `next start` serves),
// written exactly as the app writes them (decisionRow). The app has no test-only routes.
import { createDb, type Db } from "@/lib/db/client";
import { decisionRow, type NewDecision } from "@/lib/data/decision-row";
import { sampleDecision } from "@/scripts/support/sample-decisions";

let client: Promise<Db> | undefined;

async function e2eDb(): Promise<Db> {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error("E2E_DATABASE_FILE is not set: run through playwright.config.ts");
  // createDb turns on WAL and a busy timeout: the server's reads go on while this writes.
  client ??= createDb(`file:${file}`);
  return client;
}

async function userId(email: string): Promise<string> {
  const c = await e2eDb();
  return (await c.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true } })).id;
}

/** Adds the decisions to the user's history; returns their ids in the given order. */
export async function seedDecisions(email: string, decisions: NewDecision[]): Promise<string[]> {
  const c = await e2eDb();
  const uid = await userId(email);
  // One statement, so the write lock is held once and briefly.
  const rows = await c.decision.createManyAndReturn({ data: decisions.map((d) => decisionRow(uid, null, d)), select: { id: true } });
  return rows.map((r) => r.id);
}

/** n sample decisions, one every `stepMs` (a minute) going back from now (newest first = index 0). */
export function samples(n: number, from = 0, stepMs = 60_000): NewDecision[] {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => sampleDecision(from + i, { createdAt: new Date(now - (i + 1) * stepMs) }));
}

/** One sample decision with the given name (and any other fields). */
export function named(name: string, over: Partial<NewDecision> = {}, i = 0): NewDecision {
  const base = sampleDecision(i);
  return {
    ...base,
    parsed: { ...base.parsed, name, firstName: name.split(" ")[0]! },
    text: base.text.replace(base.parsed.name!, name),
    ...over,
  };
}

/** Sets how often each of the user's templates has been used (the Stats view's last chart). */
export async function setTemplateUse(email: string, counts: number[]) {
  const c = await e2eDb();
  const templates = await c.reasonTemplate.findMany({ where: { userId: await userId(email) }, orderBy: { reasonKey: "asc" } });
  await Promise.all(templates.map((t, i) => c.reasonTemplate.update({ where: { id: t.id }, data: { timesUsed: counts[i] ?? 0 } })));
}
