// Derives the PostgreSQL schema from the SQLite source of truth (prisma/schema.prisma).
//   npm run db:derive            writes prisma/postgresql/schema.prisma
//   npm run db:derive -- --check exits 1 when the committed file is stale
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { derivePostgresSchema } from "./schemas";

const source = readFileSync(path.join("prisma", "schema.prisma"), "utf8");
const target = path.join("prisma", "postgresql", "schema.prisma");
const derived = derivePostgresSchema(source);

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== derived) {
    console.error(`${target} is stale: run npm run db:derive`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, derived);
  console.log(`wrote ${target}`);
}
