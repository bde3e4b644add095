// Lighthouse (pinned 12.2.3) on Debian's Chromium against `next start`: the landing,
// sign-in, Triage and History pages, desktop preset. Prints the scores and the
// JavaScript the Triage page sends. Run `npm run build` first; `npm run bench:lighthouse`.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startBenchServer } from "./server";

const chromePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const server = await startBenchServer();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const pages = [
  { name: "Landing", path: "/", signedIn: false },
  { name: "Sign in", path: "/sign-in", signedIn: false },
  { name: "Triage", path: "/triage", signedIn: true },
  { name: "History", path: "/history", signedIn: true },
];

const rows: string[][] = [];
let failed = false;
try {
  // Warm the server up: the first request to a page loads its modules and opens the database.
  for (const p of pages) await fetch(`${server.baseUrl}${p.path}`, { headers: p.signedIn ? { cookie: server.cookie } : {} });
  for (const p of pages) {
    const result = await lighthouse(
      `${server.baseUrl}${p.path}`,
      { port: chrome.port, output: "json", logLevel: "error", extraHeaders: p.signedIn ? { Cookie: server.cookie } : undefined },
      desktopConfig,
    );
    const lhr = result!.lhr;
    if (lhr.runtimeError) console.error(`  ${p.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number; url: string }[] } | undefined)?.items ?? [];
    const js = requests.filter((r) => r.resourceType === "Script").reduce((n, r) => n + (r.transferSize ?? 0), 0);
    // what a performance score under 100 is made of, as Lighthouse measured it
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "";
    rows.push([p.name, String(score("performance")), String(score("accessibility")), String(score("best-practices")), `${(js / 1024).toFixed(1)} KiB`, `${metric("first-contentful-paint")} / ${metric("largest-contentful-paint")} / ${metric("total-blocking-time")} / ${metric("cumulative-layout-shift")} / ${metric("speed-index")}`]);
    if (score("performance") < 95 || score("accessibility") < 100 || score("best-practices") < 100) {
      failed = true;
      for (const [id, a] of Object.entries(lhr.audits)) {
        if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable") {
          console.error(`  ${p.name}: ${id} (${a.score}) ${a.displayValue ?? ""}`);
          if (process.env.VERBOSE) console.error(JSON.stringify(a.details, null, 1)?.slice(0, 1500));
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const header = ["page", "performance", "accessibility", "best practices", "JavaScript (transferred)", "FCP / LCP / TBT / CLS / Speed Index"];
console.log(`Lighthouse ${"12.2.3"} desktop, next start on SQLite\n`);
console.log([header, ...rows].map((r) => r.map((c, i) => c.padEnd(i === 0 ? 10 : 26)).join("")).join("\n"));
console.log(failed ? "\nbelow target (performance ≥ 95, accessibility 100, best practices 100): see the audits above" : "\nall pages at target");
