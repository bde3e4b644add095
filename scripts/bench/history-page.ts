// The History page's weight and cost, one request at a time (issue 13): the bytes of its
// HTML and of the RSC payload inlined in it for a signed-in user
// with --rows decisions (60: a full first page of 25), and the server's CPU time per
// request over --requests sequential requests after a warm-up. CPU time, unlike wall
// time, is hardly moved by what else a shared machine runs.
//
//   npm run build && npm run bench:history-page
//   HISTORY_HTML_OUT=/tmp/history.html npm run bench:history-page   (keeps the page to read)
//   npm run bench:history-page -- --rows 60 --requests 200
import os from "node:os";
import { parseArgs } from "node:util";
import { seedSampleDecisions, startBenchServer } from "./server";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "60" }, requests: { type: "string", default: "200" }, warmup: { type: "string", default: "50" } },
});
const rows = Number(args.rows);
const requests = Number(args.requests);

const server = await startBenchServer();
try {
  process.env.DATABASE_URL = server.databaseUrl;
  await seedSampleDecisions(server, rows);
  await (await (await import("@/lib/db/client")).db()).$disconnect();

  const get = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.baseUrl}/history`, { redirect: "manual", headers: { cookie: server.cookie, ...headers } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET /history: ${res.status}`);
    return body;
  };
  for (let i = 0; i < Number(args.warmup); i++) await get();
  const html = await get();
  // The RSC payload the HTML carries inline (self.__next_f.push), which hydration reads.
  const rsc = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]!).join("");
  if (process.env.HISTORY_HTML_OUT) (await import("node:fs")).writeFileSync(process.env.HISTORY_HTML_OUT, html);
  const listed = (html.match(/<li /g) ?? []).length;
  const load1 = os.loadavg()[0]!.toFixed(2);
  const cpu0 = server.cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < requests; i++) await get();
  const cpuMs = (server.cpuMs() - cpu0) / requests;
  const wallMs = (performance.now() - t0) / requests;
  console.log(
    `/history, ${rows} decisions (${listed} <li> in the HTML): HTML ${Buffer.byteLength(html)} bytes, of which the inline RSC payload ${Buffer.byteLength(rsc)} bytes; ` +
      `server CPU ${cpuMs.toFixed(1)} ms/request, wall ${wallMs.toFixed(1)} ms/request over ${requests} sequential requests; load average before ${load1} (${os.cpus().length} CPUs)`,
  );
} finally {
  await server.stop();
}
process.exit(0);
