// Generates the Prisma client of each provider (lib/generated/sqlite and
// lib/generated/postgresql). Each schema reads env("DATABASE_URL"), which must
// name its own provider even though generation never connects.
import { execFileSync } from "node:child_process";
import path from "node:path";

const runs = [
  { schema: path.join("prisma", "schema.prisma"), url: "file:data/generate.db" },
  { schema: path.join("prisma", "postgresql", "schema.prisma"), url: "postgresql://generate@localhost:5432/generate" },
];
for (const { schema, url } of runs) {
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate", "--schema", schema], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
