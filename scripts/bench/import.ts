// Times an import of a platform export of 10,000 rows through the real code (streaming
// unzip and CSV parser, the triage engine, the duplicate check and the save), on a fresh
// SQLite database (or DATABASE_URL=postgresql://… with --postgres), against a baseline
// of just reading the same file out of the zip in the same run:
//   npm run bench:import [-- --rows 10000]
// Prints time, rows/s and peak RSS per step, the ratio to the baseline, and whether the
// whole import (read + triage + save) stays under 10 s.
import { createReadStream } from "node:fs";
import { loadavg } from "node:os";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import yauzl from "yauzl";
import { migrate } from "@/tests/support/migrate";
import { invitationsCsv, makeZip } from "@/tests/support/zip";

const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" }, postgres: { type: "boolean", default: false } } });
const ROWS = Number(values.rows);
const TARGET_MS = 10_000;

const dir = await mkdtemp(path.join(tmpdir(), "dwg-bench-import-"));
if (!values.postgres) process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
migrate(process.env.DATABASE_URL!);
const { createUserWithDefaults } = await import("@/lib/data/users");
const { readUploadedExport } = await import("@/lib/import");
const { previewImport, confirmImport, importAndSave } = await import("@/lib/import-service");

// Peak RSS, sampled while each step runs (the process's lifetime maximum is printed too).
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

type Step = { name: string; ms: number; cpuMs: number; rows: number; peakRss: number };
const steps: Step[] = [];
async function time<T>(name: string, rows: number, run: () => Promise<T>): Promise<T> {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage().rss);
  steps.push({ name, ms, cpuMs: (used.user + used.system) / 1000, rows, peakRss: peak });
  return out;
}

/** The baseline: stream the CSV out of the zip and count its bytes, parsing nothing. */
function readOnly(zipPath: string): Promise<number> {
  return new Promise((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      let bytes = 0;
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          stream.on("data", (c: Buffer) => (bytes += c.length));
          stream.on("end", () => zip.readEntry());
        }),
      );
      zip.on("end", () => resolve(bytes));
      zip.readEntry();
    }),
  );
}

const { text, incoming } = invitationsCsv(ROWS, { allIncoming: true, prefix: "b" });
const zipPath = path.join(dir, "Basic_LinkedInDataExport.zip");
await writeFile(zipPath, await makeZip({ "Basic_LinkedInDataExport/Invitations.csv": text }));
const size = (await stat(zipPath)).size;
const user = await createUserWithDefaults({ email: `bench-import-${Date.now()}@example.test`, name: "Bench Import", password: null });
const upload = () => ({ source: createReadStream(zipPath), name: "Basic_LinkedInDataExport.zip" });

// Warm-up on a small file, so module loading and the engine's first calls are not timed.
await previewImport(user.id, { source: (await import("node:stream")).Readable.from([await makeZip({ "Invitations.csv": invitationsCsv(50, { prefix: "w" }).text })]), name: "warm.zip" }, null);

await time("baseline: read the CSV out of the zip", ROWS, () => readOnly(zipPath));
await time("read + parse (streaming unzip, CSV parser)", ROWS, () => readUploadedExport(createReadStream(zipPath), "export.zip"));
const preview = await time("preview: read + parse + triage + duplicate check", ROWS, () => previewImport(user.id, upload(), null));
const rows = preview.rows.filter((r) => !r.duplicate).map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl }));
const saved = await time("confirm: triage again + save (one transaction)", rows.length, () => confirmImport(user.id, rows, null));
const again = await time("the same file again: preview (all duplicates)", ROWS, () => previewImport(user.id, upload(), null));
const none = await time("the same file again: confirm (saves nothing)", rows.length, () => confirmImport(user.id, rows, null));
// The API's confirm=true: read, triage and save in one pass, for a second user.
const other = await createUserWithDefaults({ email: `bench-import-2-${Date.now()}@example.test`, name: "Bench Import 2", password: null });
const onePass = await time("API confirm=true: read + triage + save in one pass", ROWS, () => importAndSave(other.id, upload(), null));
clearInterval(sampler);

if (preview.rows.length !== incoming.length || saved.saved !== incoming.length || again.counts.duplicates !== incoming.length || none.saved !== 0 || onePass.saved !== incoming.length)
  throw new Error(`wrong result: ${preview.rows.length} rows, ${saved.saved} saved, ${again.counts.duplicates} duplicates, ${none.saved} saved again`);

const base = steps[0]!.ms;
console.log(`\n${ROWS.toLocaleString("en-US")} LinkedIn invitations, ${mb(size)} zip (${mb(Buffer.byteLength(text))} CSV), ${process.env.DATABASE_URL!.split(":")[0]}, Node ${process.version}\n`);
console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(", ")} on 2 cores (wall times stretch with it; CPU time is this process's own).\n`);
console.log("| step | wall | CPU | rows/s (wall) | × baseline (wall) | peak RSS |\n| --- | ---: | ---: | ---: | ---: | ---: |");
for (const s of steps)
  console.log(`| ${s.name} | ${(s.ms / 1000).toFixed(2)} s | ${(s.cpuMs / 1000).toFixed(2)} s | ${Math.round((s.rows / s.ms) * 1000).toLocaleString("en-US")} | ${(s.ms / base).toFixed(1)} | ${mb(s.peakRss)} |`);
const total = steps[2]!.ms + steps[3]!.ms;
const totalCpu = steps[2]!.cpuMs + steps[3]!.cpuMs;
console.log(`\nImport (preview + confirm, as the page does it): ${(total / 1000).toFixed(2)} s wall, ${(totalCpu / 1000).toFixed(2)} s CPU for ${ROWS.toLocaleString("en-US")} rows, ${Math.round((ROWS / total) * 1000).toLocaleString("en-US")} rows/s, ${(total / base).toFixed(0)}× reading the file; peak RSS ${mb(Math.max(...steps.map((s) => s.peakRss)))} (lifetime max ${mb(process.resourceUsage().maxRSS * 1024)}).`);
console.log(total < TARGET_MS ? `PASS: under ${TARGET_MS / 1000} s.` : `FAIL: over ${TARGET_MS / 1000} s.`);
await rm(dir, { recursive: true, force: true });
process.exit(total < TARGET_MS ? 0 : 1);
