// The triage contract's command line (../shared/specs/triage-contract.md):
//
//   npm run --silent triage < requests.jsonl > results.jsonl
//
// One JSON request per stdin line; exactly one JSON result per non-blank line on stdout,
// in order, and nothing else there (logs go to stderr). A bad line gets
// {"id": <id or null>, "error": "<field>: <what is wrong>"} and the run goes on.
// Exit 0 when every line was answered; 1 only when the engine itself cannot run.
// No database, no network.
//
// Long inputs are shared with one worker thread when a core is free (the machines have
// two): lines go in batches, each batch is answered by whichever thread is free, and
// answers are written in input order. Short inputs never start the worker.
// TRIAGE_THREADS=1 or 2 overrides the choice.
//
// --split (contract v2): each line's text may hold a whole page; it is split as *Many at
// once* splits a paste (lib/triage/bulk.ts) and answered with one result per request,
// in page order, ids "<input id>#<n>". A bad line still gives one error line.
import { availableParallelism, loadavg } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { z } from "zod";
import { formatZodError, platformOfPart, splitBulkRequests, triageRequestSchema, triageValid } from "@/lib/triage";

/** --split: whole pages in, one result per request found. The worker learns it from its workerData. */
const SPLIT = isMainThread ? process.argv.slice(2).includes("--split") : Boolean((workerData as { split?: boolean } | null)?.split);

// zod's ahead-of-time compiled validator: the same answers and messages, about three times faster per line
const requestSchema = z.compile(triageRequestSchema);

const BATCH_LINES = 250;
/**
 * Start the worker only once this many lines have arrived: below it, its start-up (loading
 * the bundle and the spam model again) costs more than it saves. Measured on a 2-core
 * machine: 1,715 lines 0.66 s alone, 0.97 s with the worker; 10,000 lines 1.40 / 1.41 s;
 * 30,000 lines 3.14–3.20 / 3.15–3.16 s. The main thread reads and writes every line.
 */
const PARALLEL_FROM_LINES = 20_000;

/** The id of a line that is not valid JSON, when it can still be read: `{"id": "r7", "text": "…` */
function salvageId(line: string): string | null {
  return line.match(/"id"\s*:\s*"((?:[^"\\]|\\.){0,200})"/)?.[1] ?? null;
}

function idOf(value: unknown): string | number | null {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === "string" || typeof id === "number") return id;
  }
  return null;
}

/** The answer to one input line, as one line of JSON; "" for a blank line. */
export function answerLine(raw: string, lineNo: number): string {
  const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
  if (!line) return "";
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `${JSON.stringify({ id: salvageId(line), error: `line ${lineNo}: not valid JSON (${(e as Error).message})` })}\n`;
  }
  const request = requestSchema.safeParse(value);
  if (!request.success) return `${JSON.stringify({ id: idOf(value), error: formatZodError(request.error) })}\n`;
  try {
    if (SPLIT) {
      const parts = splitBulkRequests(request.data.text);
      const base = request.data.id ?? "";
      let out = "";
      for (let n = 0; n < parts.length; n++) {
        const text = parts[n]!;
        // a card that does not say where it is from takes the page's platform
        const platform = request.data.platform ?? (parts.length > 1 ? platformOfPart(text, request.data.text) : undefined);
        const result = triageValid({ ...request.data, text, platform, id: `${base}#${n + 1}` });
        if (!request.data.platform) result.parsed.platformDetected = true;
        out += `${JSON.stringify(result)}\n`;
      }
      return out;
    }
    return `${JSON.stringify(triageValid(request.data))}\n`;
  } catch (e) {
    // never expected; answer the line anyway and keep going
    console.error(`line ${lineNo}:`, e);
    return `${JSON.stringify({ id: idOf(value), error: `line ${lineNo}: the engine failed on this request (${(e as Error).message})` })}\n`;
  }
}

function answerBatch(lines: string[], firstLineNo: number): string {
  let out = "";
  for (let i = 0; i < lines.length; i++) out += answerLine(lines[i]!, firstLineNo + i);
  return out;
}

interface Batch {
  seq: number;
  lines: string[];
  firstLineNo: number;
}

function runWorker(): void {
  parentPort!.on("message", (b: Batch) => parentPort!.postMessage({ seq: b.seq, out: answerBatch(b.lines, b.firstLineNo) }));
}

function runMain(): void {
  // Workers need the bundled JavaScript (scripts/triage-cli.mjs builds it); from the TypeScript sources, stay on one thread.
  // A second thread pays only when a core is free: on a saturated machine it just adds its start-up.
  const canParallel =
    /\.m?js$/.test(new URL(import.meta.url).pathname) &&
    process.env.TRIAGE_THREADS !== "1" &&
    (process.env.TRIAGE_THREADS === "2" || (availableParallelism() > 1 && (loadavg()[0] ?? 0) < availableParallelism() - 1));
  const answers = new Map<number, string>();
  const atWorker = new Map<number, Batch>();
  let worker: Worker | null = null;
  let nextSeq = 0;
  let nextToWrite = 0;
  let pending = "";
  let lineNo = 0;
  let batch: string[] = [];
  let ended = false;

  const writeReady = () => {
    let out = "";
    while (answers.has(nextToWrite)) {
      out += answers.get(nextToWrite)!;
      answers.delete(nextToWrite++);
    }
    if (out) process.stdout.write(out);
    if (ended && nextToWrite === nextSeq) worker?.terminate();
  };

  const startWorker = () => {
    worker = new Worker(new URL(import.meta.url), { workerData: { split: SPLIT } });
    worker.on("message", (m: { seq: number; out: string }) => {
      atWorker.delete(m.seq);
      answers.set(m.seq, m.out);
      writeReady();
    });
    worker.on("error", (e) => {
      // answer its batches here instead
      console.error("triage: worker failed, continuing on one thread:", e);
      worker = null;
      for (const b of atWorker.values()) answers.set(b.seq, answerBatch(b.lines, b.firstLineNo));
      atWorker.clear();
      writeReady();
    });
  };

  const dispatch = () => {
    if (!batch.length) return;
    const b: Batch = { seq: nextSeq++, lines: batch, firstLineNo: lineNo - batch.length + 1 };
    batch = [];
    if (!worker && canParallel && lineNo >= PARALLEL_FROM_LINES) startWorker();
    // keep the worker fed with two batches; answer the rest here
    if (worker && atWorker.size < 2) {
      atWorker.set(b.seq, b);
      worker.postMessage(b);
    } else {
      answers.set(b.seq, answerBatch(b.lines, b.firstLineNo));
      writeReady();
    }
  };

  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    pending += chunk;
    let start = 0;
    let nl = pending.indexOf("\n");
    while (nl >= 0) {
      lineNo++;
      batch.push(pending.slice(start, nl));
      if (batch.length === BATCH_LINES) dispatch();
      start = nl + 1;
      nl = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  });
  process.stdin.on("end", () => {
    if (pending) {
      lineNo++;
      batch.push(pending);
    }
    dispatch();
    ended = true;
    writeReady();
  });
}

if (isMainThread) runMain();
else runWorker();
