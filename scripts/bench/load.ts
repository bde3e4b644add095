// Load test against `next start` (issue 6, item 8): the triage API with save and the
// History page, each driven by autocannon for --duration seconds over --connections
// connections, next to a no-op route measured in the same run as the baseline
// (GET /api/health/live: static JSON, no database).
//
//   npm run build && npm run bench:load
//   npm run bench:load -- --duration 20 --connections 20 --slices 4 [--extra]
//   BENCH_DATABASE_URL=postgresql://… npm run bench:load
//
// The server is scripts/bench/server.ts's (a fresh SQLite file, or BENCH_DATABASE_URL),
// on a free port of 3500–3599. Its user signs in through next-auth's credentials callback
// (the History page gets that session cookie) and gets an API token made through the data
// layer; API_RATE_LIMIT_PER_MINUTE is raised for the run so no request is a 429.
// --extra adds GET /api/health (SELECT 1) and POST /api/v1/triage without save, to tell the
// engine's cost from the database's, and GET /sign-in, to tell a page's own cost from what
// every rendered page costs.
//
// Each route gets --duration seconds in all, in --slices turns taken round-robin, so
// that a change in the load of a shared machine falls on every route alike; its p50 and
// p99 are over every response of its turns.
// Prints req/s, p50 and p99 per route with each one's ratio to the baseline, checks every
// response was 2xx and that the rows saved equal the 2xx triage responses, and judges the
// targets (issue 13): triage with save at ≥ 0.5× the baseline's req/s with p99 < 250 ms, the
// History page (with --history-rows decisions, 60 by default) at ≥ 0.2× with p99 < 500 ms.
// Exits 1 on a failed check or a missed target. Results go to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { seedSampleDecisions, startBenchServer } from "./server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    slices: { type: "string", default: "4" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "300" },
    extra: { type: "boolean", default: false },
    // The History page shows a full first page, as a user's would, not the empty state.
    "history-rows": { type: "string", default: "60" },
  },
});
const duration = Number(args.duration);
const slices = Math.max(1, Number(args.slices));
const connections = Number(args.connections);
const warmup = Number(args.warmup);

const REQUEST = {
  text: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.",
  platform: "linkedin",
};

type Route = { name: string; path: string; method?: "GET" | "POST"; body?: unknown; auth: "token" | "cookie" | "none"; saves?: boolean; baseline?: boolean };
type Row = {
  route: string;
  /** The server's CPU time per response: unlike req/s, hardly moved by what else the machine runs. */
  cpuMsPerRequest: number;
  cpuRatio?: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  rpsRatio?: number;
  p50Ratio?: number;
  p99Ratio?: number;
};

const routes: Route[] = [
  { name: "GET /api/health/live (no-op baseline)", path: "/api/health/live", auth: "none", baseline: true },
  ...(args.extra
    ? ([
        { name: "GET /api/health (SELECT 1)", path: "/api/health", auth: "none" },
        { name: "POST /api/v1/triage", path: "/api/v1/triage", method: "POST", body: REQUEST, auth: "token" },
        // The lightest page a visitor gets (no session, no query): what any page costs before its own work.
        { name: "GET /sign-in (lightest page)", path: "/sign-in", auth: "none" },
      ] satisfies Route[])
    : []),
  { name: "POST /api/v1/triage save:true", path: "/api/v1/triage", method: "POST", body: { ...REQUEST, save: true }, auth: "token", saves: true },
  { name: "GET /history (signed in)", path: "/history", auth: "cookie" },
];

const server = await startBenchServer({ env: { API_RATE_LIMIT_PER_MINUTE: "100000000" } });
const database = server.databaseUrl.split(":")[0]!;
let failed = false;
try {
  // The data layer, in this process, on the database the server uses.
  process.env.DATABASE_URL = server.databaseUrl;
  const { createApiToken } = await import("@/lib/data/api-tokens");
  const { db } = await import("@/lib/db/client");
  const client = await db();
  const { token } = await createApiToken(server.userId, "bench:load");
  const historyRows = Number(args["history-rows"]);
  await seedSampleDecisions(server, historyRows);
  const savedRows = async () => (await client.decision.count({ where: { userId: server.userId } })) - historyRows;

  const headersFor = (r: Route): Record<string, string> => ({
    ...(r.auth === "token" ? { authorization: `Bearer ${token}` } : {}),
    ...(r.auth === "cookie" ? { cookie: server.cookie } : {}),
    ...(r.body ? { "content-type": "application/json" } : {}),
  });
  // scripts/types/autocannon.d.ts declares less of the result than autocannon 9 returns.
  type Result = Awaited<ReturnType<typeof autocannon>> & { "2xx": number; timeouts: number };
  type Client = { on(event: string, listener: (...args: number[]) => void): void };
  type Tally = { ok2xx: number; non2xx: number; errors: number; timeouts: number; inFlight: number; latencies: number[]; seconds: number; cpuMs: number };
  const tally = (): Tally => ({ ok2xx: 0, non2xx: 0, errors: 0, timeouts: 0, inFlight: 0, latencies: [], seconds: 0, cpuMs: 0 });
  // Adds one autocannon run to `t`. Latencies are collected per response, so slices of a
  // route merge exactly; requests sent and answered are counted per connection, because
  // the requests in flight when a timed run stops are abandoned by autocannon yet may
  // still be served (and saved).
  const load = async (r: Route, t: Tally, more: { duration?: number; amount?: number }) => {
    let sent = 0;
    let answered = 0;
    const started = performance.now();
    const cpuBefore = server.cpuMs();
    const result = (await autocannon({
      url: `${server.baseUrl}${r.path}`,
      method: r.method ?? "GET",
      connections,
      headers: headersFor(r),
      body: r.body ? JSON.stringify(r.body) : undefined,
      setupClient: (client: Client) => {
        client.on("request", () => sent++);
        client.on("response", (_status, _bytes, responseTime) => {
          answered++;
          t.latencies.push(responseTime!);
        });
        for (const done of ["timeout", "connError"]) client.on(done, () => answered++);
      },
      ...more,
    } as Parameters<typeof autocannon>[0])) as Result;
    t.seconds += more.duration ?? (performance.now() - started) / 1000;
    t.cpuMs += server.cpuMs() - cpuBefore;
    t.ok2xx += result["2xx"];
    t.non2xx += result.non2xx;
    t.errors += result.errors;
    t.timeouts += result.timeouts;
    t.inFlight += Math.max(0, sent - answered);
  };
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

  const load1 = os.loadavg()[0]!.toFixed(2);
  const slice = duration / slices;
  console.error(`${duration} s per route in ${slices} slices of ${slice} s, round-robin; ${connections} connections, ${server.baseUrl} on ${database}; load average ${load1} on ${os.cpus().length} CPUs`);
  const checks: { what: string; ok: boolean }[] = [];

  // Warm up each route first: the first requests load its modules and open connections.
  // The warm-up runs a fixed number of requests to completion, so its saved rows must match exactly.
  const warm = routes.map(tally);
  for (const [i, r] of routes.entries()) {
    const before = r.saves ? await savedRows() : 0;
    await load(r, warm[i]!, { amount: warmup });
    if (r.saves) {
      const saved = (await savedRows()) - before;
      checks.push({ what: `${r.name}: rows saved by the warm-up (${saved}) = its 2xx responses (${warm[i]!.ok2xx})`, ok: saved === warm[i]!.ok2xx });
    }
  }

  // Then the routes take turns, slice by slice: a change in the machine's load (other
  // processes share it) falls on every route alike, not on whichever ran at that moment.
  const timed = routes.map(tally);
  const savedBefore = await savedRows();
  for (let k = 0; k < slices; k++) {
    for (const [i, r] of routes.entries()) await load(r, timed[i]!, { duration: slice });
  }
  // Wait for the server to finish what the last slices left in flight.
  let saved = await savedRows();
  for (let i = 0; i < 20; i++) {
    await new Promise((done) => setTimeout(done, 250));
    const now = await savedRows();
    if (now === saved) break;
    saved = now;
  }
  saved -= savedBefore;

  const rows: Row[] = routes.map((r, i) => {
    const t = timed[i]!;
    const w = warm[i]!;
    const sorted = t.latencies.sort((a, b) => a - b);
    return {
      route: r.name,
      cpuMsPerRequest: t.cpuMs / t.latencies.length,
      requestsPerSecond: Math.round(t.latencies.length / t.seconds),
      p50: Math.round(pct(sorted, 50)),
      p99: Math.round(pct(sorted, 99)),
      ok2xx: t.ok2xx,
      non2xx: t.non2xx + w.non2xx,
      errors: t.errors + w.errors,
      timeouts: t.timeouts + w.timeouts,
    };
  });
  for (const row of rows) {
    checks.push({ what: `${row.route}: every response 2xx (${row.non2xx} non-2xx, ${row.errors} errors, ${row.timeouts} timeouts)`, ok: row.non2xx + row.errors + row.timeouts === 0 });
  }
  const savingIndex = routes.findIndex((r) => r.saves);
  const t = timed[savingIndex]!;
  // A request in flight at a slice's end may or may not have reached the handler: saved
  // or not, either is right. Every 2xx must be saved, and nothing else.
  checks.push({
    what: `${routes[savingIndex]!.name}: rows saved by the timed runs (${saved}) = their 2xx responses (${t.ok2xx}) + up to the ${t.inFlight} requests in flight when slices stopped`,
    ok: saved >= t.ok2xx && saved <= t.ok2xx + t.inFlight,
  });

  const base = rows[0]!;
  for (const r of rows) {
    r.rpsRatio = r.requestsPerSecond / base.requestsPerSecond;
    r.cpuRatio = base.cpuMsPerRequest / r.cpuMsPerRequest;
    r.p50Ratio = r.p50 / base.p50;
    r.p99Ratio = r.p99 / base.p99;
  }
  const triage = rows[savingIndex]!;
  const history = rows[routes.findIndex((r) => r.path === "/history")]!;
  // Issue 13's targets, on either database, at 20 connections.
  const targets = [
    { what: `triage with save at ≥ 0.5× the no-op route's req/s (${triage.rpsRatio!.toFixed(2)}×)`, ok: triage.rpsRatio! >= 0.5 },
    { what: `triage with save p99 < 250 ms (${triage.p99} ms)`, ok: triage.p99 < 250 },
    { what: `History page at ≥ 0.2× the no-op route's req/s (${history.rpsRatio!.toFixed(2)}×)`, ok: history.rpsRatio! >= 0.2 },
    { what: `History page p99 < 500 ms (${history.p99} ms)`, ok: history.p99 < 500 },
  ];

  const x = (n: number) => `${n.toFixed(2)}×`;
  console.log(`\nnext start on ${database === "file" ? "SQLite" : "PostgreSQL"}, ${connections} connections, ${duration} s per route (${slices} round-robin slices), load average before ${load1} (${os.cpus().length} CPUs)\n`);
  console.log("| route | req/s | p50 ms | p99 ms | non-2xx | errors | req/s vs no-op | p50 vs no-op | p99 vs no-op | server CPU ms/req | no-op's CPU/req ÷ this |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.route} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors + r.timeouts} | ${x(r.rpsRatio!)} | ${x(r.p50Ratio!)} | ${x(r.p99Ratio!)} | ${r.cpuMsPerRequest.toFixed(2)} | ${x(r.cpuRatio!)} |`,
    );
  }
  console.log("");
  for (const c of checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.what}`);
  for (const t of targets) console.log(`${t.ok ? "pass" : "MISS"} ${t.what}`);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const out = path.join("bench", "results", `load-${database === "file" ? "sqlite" : "postgresql"}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    out,
    JSON.stringify({ when: new Date().toISOString(), database, duration, slices, connections, loadAverage: os.loadavg(), cpus: os.cpus().length, rows, checks, targets }, null, 2),
  );
  console.error(`\nsaved ${out}`);
  failed = checks.some((c) => !c.ok) || targets.some((t) => !t.ok);
  await client.$disconnect();
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
