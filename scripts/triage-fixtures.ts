// Writes the fixture library (tests/triage/fixtures/pastes.ts) as JSON Lines, so the
// shared evaluation can run it:
//
//   npx tsx scripts/triage-fixtures.ts
//   node ../shared/eval/run-eval.mjs --cases tests/triage/fixtures/pastes.jsonl --no-corpora
//
// pastes.jsonl: one request per line, in the format of ../shared/eval/public.jsonl.
// pages.jsonl: whole pages for `npm run --silent triage -- --split`, each with the
// requests it holds in page order (expect.requests: name and verdict).
// A test (tests/triage/parse-fixtures.test.ts) fails when the files drift from the source.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fixtureJsonl } from "../tests/triage/fixtures/pastes";

const dir = resolve(import.meta.dirname, "../tests/triage/fixtures");
const { pastes, pages } = fixtureJsonl();
writeFileSync(resolve(dir, "pastes.jsonl"), pastes);
writeFileSync(resolve(dir, "pages.jsonl"), pages);
console.error(`wrote ${pastes.split("\n").length - 1} pastes and ${pages.split("\n").length - 1} pages to ${dir}`);
