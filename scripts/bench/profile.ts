// A CPU profile of `next start` under one route's load, to see where a request's time goes:
//   npm run build && npm run bench:profile -- triage-save|triage|history|noop
// The .cpuprofile lands in bench/results/profiles (or PROFILE_DIR) (open it in Chrome's DevTools, Performance tab).
// PROFILE_EMAIL=history@example.test with BENCH_DATABASE_URL profiles a seeded user;
// PROFILE_CONNECTIONS (10) sets the load.
import autocannon from "autocannon";
import { seedSampleDecisions, startBenchServer } from "./server";
const route = process.argv[2] ?? "triage-save";
const server = await startBenchServer({ env: { API_RATE_LIMIT_PER_MINUTE: "100000000" }, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR ?? "bench/results/profiles"}`], ...(process.env.PROFILE_EMAIL ? { user: { email: process.env.PROFILE_EMAIL, password: "correct horse battery staple" } } : {}) });
process.env.DATABASE_URL = server.databaseUrl;
// History shows a full first page, as bench:load's does (60 decisions), unless a seeded user is named.
if (route === "history" && !process.env.PROFILE_EMAIL) await seedSampleDecisions(server, 60);
const { createApiToken } = await import("@/lib/data/api-tokens");
const { token } = await createApiToken(server.userId, "prof");
const body = JSON.stringify({ text: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.", platform: "linkedin", save: route === "triage-save" });
const opts: { url: string; method?: "POST"; body?: string; headers: Record<string, string> } =
  route === "history"
    ? { url: `${server.baseUrl}/history`, headers: { cookie: server.cookie } }
    : route === "noop"
      ? { url: `${server.baseUrl}/api/health/live`, headers: {} }
      : { url: `${server.baseUrl}/api/v1/triage`, method: "POST" as const, body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
const connections = Number(process.env.PROFILE_CONNECTIONS ?? 10);
await autocannon({ ...opts, connections, amount: 50 });
const r = await autocannon({ ...opts, connections, duration: 10 });
console.log(route, r.requests.average, r.latency.p50, r.latency.p99, r.non2xx);
await server.stop();
process.exit(0);
