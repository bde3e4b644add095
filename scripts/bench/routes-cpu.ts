// Server CPU per request of a few pages, one after another against one `next start` with a
// user of 60 decisions (where History's time goes: the page against an empty filtered list):
//   node --conditions=react-server --import tsx scripts/bench/routes-cpu.ts /history /triage ...
// WARMUP (1000) and AMOUNT (1500) requests per page, 20 connections; DUMP_DIR keeps each page's HTML.
import autocannon from "autocannon";
import { seedSampleDecisions, startBenchServer } from "./server";

const paths = process.argv.slice(2);
const WARMUP = Number(process.env.WARMUP ?? 1000);
const AMOUNT = Number(process.env.AMOUNT ?? 1500);
const server = await startBenchServer({ env: { API_RATE_LIMIT_PER_MINUTE: "100000000" } });
process.env.DATABASE_URL = server.databaseUrl;
await seedSampleDecisions(server, 60);
for (const p of ["/api/health/live", ...paths]) {
  const url = `${server.baseUrl}${p}`;
  const res = await fetch(url, { headers: { cookie: server.cookie } });
  const body = await res.text();
  if (process.env.DUMP_DIR) (await import("node:fs")).writeFileSync(`${process.env.DUMP_DIR}/${p.replace(/[^a-z0-9]+/gi, "_")}.html`, body);
  if (process.env.DUMP_ONLY) continue;
  // Warm up first: a few hundred requests still run half-optimised code.
  await autocannon({ url, connections: 20, amount: WARMUP, headers: { cookie: server.cookie } });
  const before = server.cpuMs();
  const r = await autocannon({ url, connections: 20, amount: AMOUNT, headers: { cookie: server.cookie } });
  const cpu = (server.cpuMs() - before) / AMOUNT;
  console.log(`${p.padEnd(40)} ${res.status} ${String(body.length).padStart(7)} B  ${cpu.toFixed(2)} ms CPU/req  ${r.requests.average} req/s p99 ${r.latency.p99}`);
}
await server.stop();
process.exit(0);
