import { rmSync } from "node:fs";

export default function globalTeardown() {
  const file = process.env.E2E_DATABASE_FILE;
  if (file) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}
