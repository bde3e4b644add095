// Latency of the HTTP API under load, against `next start` as users run it, with a
// baseline route measured in the same run (GET /api/health: one `SELECT 1`).
//
//   npm run build && npm run bench:api
//   npm run bench:api -- --duration 10 --connections 10 --port 3290
//
// Starts the production server on a fresh SQLite file (or DATABASE_URL=postgresql://…),
// makes a user and a token through the data layer, drives each route with autocannon
// in turn, and prints requests/s, p50 and p99 per route. The per-token rate limit is
// raised for the run (API_RATE_LIMIT_PER_MINUTE), or every request past 120 would be a 429.
// Only 127.0.0.1 is ever targeted. Results also go to bench/results/api-<time>.json.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3290" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const origin = `http://127.0.0.1:${Number(args.port)}`;

const REQUEST = {
  text: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.",
  platform: "linkedin",
};

async function waitForHealth(server: ChildProcess, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${origin}/api/health in ${timeoutMs / 1000} s`);
}

type Row = { route: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number };

async function measure(route: string, opts: { path: string; method?: "GET" | "POST"; body?: unknown; token?: string }): Promise<Row> {
  const result = await autocannon({
    url: `${origin}${opts.path}`,
    method: opts.method ?? "GET",
    connections,
    duration,
    headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.body ? { "content-type": "application/json" } : {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  });
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const dbDir = path.join("data", "bench");
  mkdirSync(dbDir, { recursive: true });
  const dbFile = path.join(dbDir, `api-${Date.now()}.db`);
  const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : `file:${dbFile}`;
  process.env.DATABASE_URL = databaseUrl;

  const server = spawn("npm", ["start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(args.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-that-is-long-enough-for-jwt-signing",
      NEXT_TELEMETRY_DISABLED: "1",
      API_RATE_LIMIT_PER_MINUTE: "100000000",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    // The server runs in its own process group: end npm and next together.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitForHealth(server);
    // The data layer, in this process, on the database the server just migrated.
    const { createUserWithDefaults } = await import("@/lib/data/users");
    const { createApiToken } = await import("@/lib/data/api-tokens");
    const user = await createUserWithDefaults({ email: `bench-${Date.now()}@example.test`, name: "Bench", password: null });
    const { token } = await createApiToken(user.id, "bench");

    const probe = await fetch(`${origin}/api/v1/triage`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(REQUEST) });
    if (probe.status !== 200) throw new Error(`POST /api/v1/triage answered ${probe.status}: ${await probe.text()}`);

    console.error(`measuring ${duration} s per route with ${connections} connections on ${origin} (${databaseUrl.split(":")[0]})…`);
    const rows: Row[] = [];
    // Warm each route first (JIT, caches, the first database connections), then measure.
    const routes: [string, Parameters<typeof measure>[1]][] = [
      ["GET /api/health (baseline)", { path: "/api/health" }],
      ["GET /api/v1/profiles", { path: "/api/v1/profiles", token }],
      ["POST /api/v1/triage", { path: "/api/v1/triage", method: "POST", body: REQUEST, token }],
      ["POST /api/v1/triage save:true", { path: "/api/v1/triage", method: "POST", body: { ...REQUEST, save: true }, token }],
    ];
    for (const [name, opts] of routes) {
      await autocannon({ url: `${origin}${opts.path}`, method: opts.method ?? "GET", connections, amount: 200, headers: { authorization: `Bearer ${token}` }, body: opts.body ? JSON.stringify(opts.body) : undefined });
      rows.push(await measure(name, opts));
    }

    console.log(`\n| route | req/s | p50 ms | p99 ms | non-2xx | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
    for (const r of rows) console.log(`| ${r.route} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
    mkdirSync(path.join("bench", "results"), { recursive: true });
    const out = path.join("bench", "results", `api-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, JSON.stringify({ when: new Date().toISOString(), duration, connections, database: databaseUrl.split(":")[0], rows }, null, 2));
    console.error(`\nsaved ${out}`);
    if (rows.some((r) => r.non2xx > 0 || r.errors > 0)) process.exitCode = 1;
  } finally {
    stop();
    if (databaseUrl.startsWith("file:")) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  }
}

main().then(
  () => process.exit(),
  (e) => {
    console.error(`bench:api failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
