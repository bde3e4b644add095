// Requests per second of the engine alone (no process start, no JSON Lines), against a
// baseline measured in the same run: the cost of just splitting and lowercasing the
// same texts. Prints both and their ratio.
//
//   npm run bench:triage                  # 20,000 requests from the public cases
//   npm run bench:triage -- --requests 50000 --cases path/to/cases.jsonl
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { triageRequestSchema, triageValid, type ValidTriageRequest } from "@/lib/triage";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "20000" },
    cases: { type: "string", default: "../shared/eval/public.jsonl" },
  },
});

function loadRequests(path: string): ValidTriageRequest[] {
  let lines: string[];
  try {
    lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim());
  } catch {
    console.error(`no cases at ${path}: using built-in examples`);
    lines = BUILT_IN.map((r) => JSON.stringify(r));
  }
  return lines
    .map((l) => {
      const { expect: _expect, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return triageRequestSchema.safeParse(rest);
    })
    .filter((r) => r.success)
    .map((r) => r.data);
}

const BUILT_IN = [
  { text: "Priya Raman\nSenior Product Manager at Globex\n14 mutual connections\nHi Jenn, I enjoyed your talk at the marketing summit last week.", platform: "linkedin", profile: { competitors: ["Globex"] } },
  { text: "@crypto_wealth_8841\nBitcoin mentor | 10x your money\nHi! I help people earn $5,000 weekly trading crypto.", platform: "x" },
  { text: "Nadia Rahman\n0 mutual friends\nHi! We're both in the Sourdough Bakers group here, loved your focaccia photos.", platform: "facebook" },
];

const requests = loadRequests(args.cases!);
const n = Number(args.requests);
const texts = requests.map((r) => r.text);

/** Runs `fn` over n requests, three times, and keeps the fastest run (the least disturbed by the rest of the machine). */
function measure(fn: (i: number) => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(i);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return n / best;
}

let sink = 0;
// warm up both paths (JIT, the model's first decode)
for (let i = 0; i < 2000; i++) sink += triageValid(requests[i % requests.length]!).confidence;

const baseline = measure((i) => {
  const words = texts[i % texts.length]!.toLowerCase().split(/\s+/);
  sink += words.length;
});
const engine = measure((i) => {
  sink += triageValid(requests[i % requests.length]!).confidence;
});

console.log(`requests:  ${n} (cycling ${requests.length} distinct requests, best of 3 runs)`);
console.log(`baseline:  ${Math.round(baseline).toLocaleString("en-US")} requests/s (split and lowercase the text)`);
console.log(`engine:    ${Math.round(engine).toLocaleString("en-US")} requests/s (parse, match, spam model, decide, draft)`);
console.log(`ratio:     ${(baseline / engine).toFixed(1)}× the baseline's cost per request (engine/baseline throughput ${(engine / baseline).toFixed(4)})`);
if (sink === 42) console.error("");
