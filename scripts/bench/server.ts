// A production server for benchmarks: `next start` on a fresh SQLite file (or the
// PostgreSQL of BENCH_DATABASE_URL), a user created through the data layer, and a
// session cookie obtained over HTTP the way a browser signs in. Needs `npm run build` first.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { descendantsOf } from "../support/app-server";

export type BenchServer = {
  baseUrl: string;
  databaseUrl: string;
  cookie: string;
  userId: string;
  email: string;
  /** CPU time (user + system, ms) the server's processes have used so far (Linux /proc; NaN elsewhere). */
  cpuMs: () => number;
  stop: () => Promise<void>;
};

function run(args: string[], env: NodeJS.ProcessEnv) {
  return execFileSync(process.execPath, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** A port of 3500–3599 (BENCH_PORT, or a free one picked at random) that nothing listens on. */
export async function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  const start = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 3500 + ((start + i) % 100);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once("error", () => resolve(false))
        .listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 3500–3599");
}

/**
 * `user`: sign in as this existing account (e.g. one seed:history made) instead of
 * creating a fresh one. `nodeArgs` go to the server's node (e.g. --cpu-prof).
 */
export async function startBenchServer(
  opts: { port?: number; env?: Record<string, string>; user?: { email: string; password: string }; nodeArgs?: string[] } = {},
): Promise<BenchServer> {
  const port = opts.port ?? (await freePort());
  const dir = path.join("data", "bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${Date.now()}.db`);
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${file}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...opts.env,
  };
  run(["node_modules/prisma/build/index.js", "migrate", "deploy"], env);

  const email = opts.user?.email ?? `bench-${randomBytes(4).toString("hex")}@example.test`;
  const password = opts.user?.password ?? "bench password 1234";
  const userId = run(["--conditions=react-server", "--import", "tsx", "scripts/bench/create-user.ts", email, password, ...(opts.user ? ["--existing"] : [])], env).trim();

  const server: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {}
    if (i > 120) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  const cookie = await signInCookie(baseUrl, email, password);
  return {
    cpuMs: () => processCpuMs([server.pid!, ...descendantsOf(server.pid!)]),
    baseUrl,
    databaseUrl,
    cookie,
    userId,
    email,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      if (!process.env.BENCH_DATABASE_URL) for (const s of ["", "-wal", "-shm"]) rmSync(`${file}${s}`, { force: true });
    },
  };
}

/**
 * Gives the bench user `rows` sample decisions spread over recent days, through the data
 * layer in this process (DATABASE_URL set to the server's first), as History shows them.
 */
export async function seedSampleDecisions(server: BenchServer, rows: number): Promise<void> {
  const { db } = await import("@/lib/db/client");
  const { decisionRow } = await import("@/lib/data/decision-row");
  const { sampleCreatedAt, sampleDecision } = await import("../support/sample-decisions");
  const now = new Date();
  await (await db()).decision.createMany({
    data: Array.from({ length: rows }, (_, i) => decisionRow(server.userId, null, sampleDecision(i, { now, createdAt: sampleCreatedAt(i, rows, now) }))),
  });
}

/** next-auth's credentials sign-in over HTTP: CSRF token, then the callback; returns the session cookie. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0]!;
}

/** utime + stime of the processes, in ms (clock ticks of 10 ms on Linux). */
function processCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const s = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      return NaN;
    }
  }
  return ticks * 10;
}
