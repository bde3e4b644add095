// Load test against `next start` (issue 6, item 8): the triage API with save and the
// History page, each driven by autocannon for --duration seconds over --connections
// connections, next to a no-op route measured in the same run as the baseline
// (GET /api/health/live: static JSON, no database).
//
//   npm run build && npm run bench:load
//   npm run bench:load -- --duration 20 --connections 20 [--extra]
//   BENCH_DATABASE_URL=postgresql://… npm run bench:load
//
// The server is scripts/bench/server.ts's (a fresh SQLite file, or BENCH_DATABASE_URL),
// on a free port of 3500–3599. Its user signs in through next-auth's credentials callback
// (the History page gets that session cookie) and gets an API token made through the data
// layer; API_RATE_LIMIT_PER_MINUTE is raised for the run so no request is a 429.
// --extra adds GET /api/health (SELECT 1) and POST /api/v1/triage without save, to tell the
// engine's cost from the database's.
//
// Prints req/s, p50 and p99 per route with each one's ratio to the baseline, checks every
// response was 2xx and that the rows saved equal the 2xx triage responses, and judges the
// targets: triage with save at ≥ 50% of the baseline's req/s, and its p99 < 100 ms on
// SQLite. Exits 1 on a failed check or a missed target. Results go to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startBenchServer } from "./server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "300" },
    extra: { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);

const REQUEST = {
  text: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.",
  platform: "linkedin",
};

type Route = { name: string; path: string; method?: "GET" | "POST"; body?: unknown; auth: "token" | "cookie" | "none"; saves?: boolean; baseline?: boolean };
type Row = {
  route: string;
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
  ...(args.extra ? [{ name: "GET /api/health (SELECT 1)", path: "/api/health", auth: "none" } satisfies Route] : []),
  ...(args.extra ? [{ name: "POST /api/v1/triage", path: "/api/v1/triage", method: "POST", body: REQUEST, auth: "token" } satisfies Route] : []),
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
  const savedRows = () => client.decision.count({ where: { userId: server.userId } });

  const headersFor = (r: Route): Record<string, string> => ({
    ...(r.auth === "token" ? { authorization: `Bearer ${token}` } : {}),
    ...(r.auth === "cookie" ? { cookie: server.cookie } : {}),
    ...(r.body ? { "content-type": "application/json" } : {}),
  });
  // scripts/types/autocannon.d.ts declares less of the result than autocannon 9 returns.
  type Result = Awaited<ReturnType<typeof autocannon>> & { "2xx": number; timeouts: number; latency: { p99: number; p50: number; max: number } };
  type Client = { on(event: string, listener: () => void): void };
  // Requests sent and answered, counted on each connection: when a timed run stops, the
  // requests still in flight are abandoned by autocannon but still served (and saved).
  const load = async (r: Route, more: { duration?: number; amount?: number }): Promise<Result & { inFlight: number }> => {
    let sent = 0;
    let answered = 0;
    const result = (await autocannon({
      url: `${server.baseUrl}${r.path}`,
      method: r.method ?? "GET",
      connections,
      headers: headersFor(r),
      body: r.body ? JSON.stringify(r.body) : undefined,
      setupClient: (client: Client) => {
        client.on("request", () => sent++);
        for (const done of ["response", "timeout", "connError"]) client.on(done, () => answered++);
      },
      ...more,
    } as Parameters<typeof autocannon>[0])) as Result;
    return { ...result, inFlight: sent - answered };
  };

  const load1 = os.loadavg()[0]!.toFixed(2);
  console.error(`${duration} s per route, ${connections} connections, ${server.baseUrl} on ${database}; load average ${load1} on ${os.cpus().length} CPUs`);
  const rows: Row[] = [];
  const checks: { what: string; ok: boolean }[] = [];
  for (const r of routes) {
    const before = r.saves ? await savedRows() : 0;
    // Warm up first: the first requests compile nothing but do load the route's modules and open connections.
    const w = await load(r, { amount: warmup });
    const afterWarmup = r.saves ? await savedRows() : 0;
    const result = await load(r, { duration });
    const row: Row = {
      route: r.name,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok2xx: result["2xx"],
      non2xx: result.non2xx + w.non2xx,
      errors: result.errors + w.errors,
      timeouts: result.timeouts + w.timeouts,
    };
    rows.push(row);
    console.error(`  ${r.name}: ${row.requestsPerSecond} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms`);
    checks.push({ what: `${r.name}: every response 2xx (${row.non2xx} non-2xx, ${row.errors} errors, ${row.timeouts} timeouts)`, ok: row.non2xx + row.errors + row.timeouts === 0 });
    if (r.saves) {
      // The warm-up runs a fixed number of requests to completion: its count must match exactly.
      checks.push({ what: `${r.name}: rows saved by the warm-up (${afterWarmup - before}) = its 2xx responses (${w["2xx"]})`, ok: afterWarmup - before === w["2xx"] });
      // Then wait for the server to finish what the timed run left in flight.
      let saved = await savedRows();
      for (let i = 0; i < 20; i++) {
        await new Promise((done) => setTimeout(done, 250));
        const now = await savedRows();
        if (now === saved) break;
        saved = now;
      }
      saved -= afterWarmup;
      // A request in flight at the stop may or may not have reached the handler: it is
      // saved or not, and either is right. Every 2xx must be saved, and nothing else.
      checks.push({
        what: `${r.name}: rows saved by the timed run (${saved}) = its 2xx responses (${result["2xx"]}) + up to the ${result.inFlight} requests in flight when it stopped`,
        ok: saved >= result["2xx"] && saved <= result["2xx"] + result.inFlight,
      });
    }
  }

  const base = rows[0]!;
  for (const r of rows) {
    r.rpsRatio = r.requestsPerSecond / base.requestsPerSecond;
    r.p50Ratio = r.p50 / base.p50;
    r.p99Ratio = r.p99 / base.p99;
  }
  const triage = rows.find((r, i) => routes[i]!.saves)!;
  const targets = [
    { what: `triage with save at ≥ 50% of the no-op route's req/s (${(triage.rpsRatio! * 100).toFixed(0)}%)`, ok: triage.rpsRatio! >= 0.5 },
    ...(database === "file"
      ? [{ what: `triage with save p99 < 100 ms on SQLite (${triage.p99} ms)`, ok: triage.p99 < 100 }]
      : [{ what: `triage with save p99 < 100 ms (the target is SQLite's; informative here: ${triage.p99} ms)`, ok: true }]),
  ];

  const x = (n: number) => `${n.toFixed(2)}×`;
  console.log(`\nnext start on ${database === "file" ? "SQLite" : "PostgreSQL"}, ${connections} connections, ${duration} s per route, load average before ${load1} (${os.cpus().length} CPUs)\n`);
  console.log("| route | req/s | p50 ms | p99 ms | non-2xx | errors | req/s vs no-op | p50 vs no-op | p99 vs no-op |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(`| ${r.route} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors + r.timeouts} | ${x(r.rpsRatio!)} | ${x(r.p50Ratio!)} | ${x(r.p99Ratio!)} |`);
  }
  console.log("");
  for (const c of checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.what}`);
  for (const t of targets) console.log(`${t.ok ? "pass" : "MISS"} ${t.what}`);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const out = path.join("bench", "results", `load-${database === "file" ? "sqlite" : "postgresql"}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    out,
    JSON.stringify({ when: new Date().toISOString(), database, duration, connections, loadAverage: os.loadavg(), cpus: os.cpus().length, rows, checks, targets }, null, 2),
  );
  console.error(`\nsaved ${out}`);
  failed = checks.some((c) => !c.ok) || targets.some((t) => !t.ok);
  await client.$disconnect();
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
