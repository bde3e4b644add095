// Applies the committed migrations to a database with the real Prisma CLI.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function migrate(url: string, command: string[] = ["migrate", "deploy"]) {
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), ...command], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
