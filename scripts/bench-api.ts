// Latency of the HTTP API under load, against `next start` as users run it, with a
// baseline route measured in the same run (GET /api/health: one `SELECT 1`).
//
//   npm run build && npm run bench:api
//   npm run bench:api -- --duration 10 --connections 10
//
// The server is scripts/bench/server.ts's (a fresh SQLite file, or BENCH_DATABASE_URL);
// a token is made through the data layer for its user, then autocannon drives each route
// in turn and the script prints requests/s, p50 and p99 per route. The per-token rate
// limit is raised for the run (API_RATE_LIMIT_PER_MINUTE), or every request past 120 a
// minute would be a 429. Only 127.0.0.1 is targeted. Results also go to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startBenchServer } from "./bench/server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);

const REQUEST = {
  text: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.",
  platform: "linkedin",
};

type Route = { name: string; path: string; method?: "GET" | "POST"; body?: unknown };
type Row = { route: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number };

const server = await startBenchServer({ env: { API_RATE_LIMIT_PER_MINUTE: "100000000" } });
let failed = false;
try {
  // The data layer, in this process, on the database the server uses.
  process.env.DATABASE_URL = server.databaseUrl;
  const { createApiToken } = await import("@/lib/data/api-tokens");
  const { token } = await createApiToken(server.userId, "bench");
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const load = (r: Route, more: { duration?: number; amount?: number }) =>
    autocannon({ url: `${server.baseUrl}${r.path}`, method: r.method ?? "GET", connections, headers, body: r.body ? JSON.stringify(r.body) : undefined, ...more });

  const routes: Route[] = [
    { name: "GET /api/health (baseline)", path: "/api/health" },
    { name: "GET /api/v1/profiles", path: "/api/v1/profiles" },
    { name: "POST /api/v1/triage", path: "/api/v1/triage", method: "POST", body: REQUEST },
    { name: "POST /api/v1/triage save:true", path: "/api/v1/triage", method: "POST", body: { ...REQUEST, save: true } },
  ];
  console.error(`measuring ${duration} s per route with ${connections} connections on ${server.baseUrl} (${server.databaseUrl.split(":")[0]})…`);
  const rows: Row[] = [];
  for (const r of routes) {
    // Warm up first: the first requests load the route's modules and open connections.
    await load(r, { amount: 200 });
    const result = await load(r, { duration });
    rows.push({
      route: r.name,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    });
  }

  console.log(`\n| route | req/s | p50 ms | p99 ms | non-2xx | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) console.log(`| ${r.route} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
  mkdirSync(path.join("bench", "results"), { recursive: true });
  const out = path.join("bench", "results", `api-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(out, JSON.stringify({ when: new Date().toISOString(), duration, connections, database: server.databaseUrl.split(":")[0], rows }, null, 2));
  console.error(`\nsaved ${out}`);
  failed = rows.some((r) => r.non2xx > 0 || r.errors > 0);
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
