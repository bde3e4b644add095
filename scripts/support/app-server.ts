// Production servers for the reliability tests: `npm start` (migrations, then the server
// on the existing .next build) on a port and database of the test's choosing, its output
// kept, its real server process found by the port it listens on (npm and the shell are
// only wrappers), and killed — gracefully or not — by pid. Linux only (/proc).
// Needs `npm run build` first.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import path from "node:path";

export type Database = { url: string; provider: "sqlite" | "postgresql"; file?: string; drop: () => Promise<void> };

export const NEXTAUTH_SECRET = "reliability-secret-that-is-long-enough-for-jwt-signing";

/** A fresh SQLite file under data/reliability/, not yet created (migrations make it). */
export function freshSqlite(name: string): Database {
  const dir = path.join("data", "reliability");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${Date.now()}-${randomBytes(3).toString("hex")}.db`);
  return {
    url: `file:${file}`,
    provider: "sqlite",
    file,
    drop: async () => {
      for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${s}`, { force: true });
    },
  };
}

/**
 * The migrations' extensions (pg_trgm), made once in the database's public schema. A
 * migration would otherwise create it in the first app schema it runs in, and dropping
 * that schema would take the extension, and every other schema's index on it, along.
 */
export async function sharedExtensions(admin: { query(sql: string): Promise<unknown> }) {
  await admin.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public").catch(() => undefined); // a concurrent run made it
}

/** A fresh schema in the PostgreSQL database of `base` (URL with ?schema=), dropped by drop(). */
export async function freshPostgres(base: string, name: string): Promise<Database> {
  const { default: pg } = await import("pg");
  const schema = `dwg_${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await sharedExtensions(admin);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.searchParams.set("schema", schema);
  return {
    url: u.toString(),
    provider: "postgresql",
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

export type ApiUser = { userId: string; email: string; token: string };

/** n users with the app's defaults, each with one API token, made through the data layer. */
export function makeApiUsers(databaseUrl: string, n: number): ApiUser[] {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/support/make-api-users.ts", String(n)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ApiUser[];
}

// ---- processes, through /proc ----

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT"; state 0A is LISTEN; the inode is the 10th field.
      if (f.length > 9 && f[1]!.endsWith(`:${hexPort}`) && f[3] === "0A") inodes.add(f[9]!);
    }
  }
  return inodes;
}

const pids = () => readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);

/** The pid of the process listening on the port (one of ours), or null. */
export function pidListeningOn(port: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of pids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return pid;
      } catch {}
    }
  }
  return null;
}

function stat(pid: number): { ppid: number; state: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const rest = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { state: rest[0]!, ppid: Number(rest[1]) };
  } catch {
    return null;
  }
}

/** Alive and not a zombie waiting for its parent. */
export function isAlive(pid: number): boolean {
  const s = stat(pid);
  return s !== null && s.state !== "Z" && s.state !== "X";
}

/** Every descendant of pid (children, their children, …). */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of pids()) {
    const s = stat(p);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), p]);
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const c of children.get(queue.shift()!) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {}
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- the server ----

export type AppServer = {
  port: number;
  baseUrl: string;
  /** The `npm start` wrapper this helper spawned. */
  wrapper: ChildProcess;
  /** Resolves when the wrapper exits, with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the server printed so far (stdout and stderr). */
  log: () => string;
  /** The real server process: the one listening on the port. */
  serverPid: number;
  /** SIGKILL to the server process and all its children, at once; waits until they are gone. */
  crash: () => Promise<void>;
  /** SIGTERM to the server process only (as an orchestrator sends it). */
  terminate: () => void;
  /** Ends everything this helper started (SIGTERM, then SIGKILL after 5 s). */
  stop: () => Promise<void>;
};

export type StartOptions = { port: number; databaseUrl: string; env?: Record<string, string>; timeoutMs?: number };

/** `npm start` as users run it, with playwright.config.ts's environment; resolves once /api/health is 200. */
export async function startAppServer(opts: StartOptions): Promise<AppServer> {
  const { port } = opts;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (pidListeningOn(port) !== null) throw new Error(`port ${port} is already in use`);
  const wrapper = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      // Hundreds of requests a minute per token: lift the API limit, as bench-api does.
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() can end the wrapper and everything under it.
    detached: true,
  });
  let output = "";
  wrapper.stdout!.on("data", (d) => (output += d));
  wrapper.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    wrapper.once("exit", (code, sig) => resolve({ code, signal: sig })),
  );
  let wrapperDone = false;
  void exited.then(() => (wrapperDone = true));

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (wrapperDone) throw new Error(`the server exited before it was healthy:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      signal(-wrapper.pid!, "SIGKILL");
      throw new Error(`the server was not healthy on ${baseUrl} within ${opts.timeoutMs ?? 90_000} ms:\n${output}`);
    }
    await sleep(200);
  }
  const serverPid = pidListeningOn(port);
  if (serverPid === null) throw new Error(`nothing of ours listens on ${port}`);

  const waitGone = async (list: number[], ms: number) => {
    const end = Date.now() + ms;
    while (list.some(isAlive) && Date.now() < end) await sleep(25);
    return !list.some(isAlive);
  };

  return {
    port,
    baseUrl,
    wrapper,
    exited,
    log: () => output,
    serverPid,
    crash: async () => {
      const all = [serverPid, ...descendantsOf(serverPid)];
      for (const p of all) signal(p, "SIGKILL");
      if (!(await waitGone(all, 10_000))) throw new Error(`pids ${all.join(", ")} outlived SIGKILL`);
      await exited;
    },
    terminate: () => signal(serverPid, "SIGTERM"),
    stop: async () => {
      if (wrapperDone) return;
      signal(-wrapper.pid!, "SIGTERM");
      const all = [wrapper.pid!, serverPid, ...descendantsOf(wrapper.pid!)];
      if (!(await waitGone(all, 5_000))) {
        signal(-wrapper.pid!, "SIGKILL");
        for (const p of all) signal(p, "SIGKILL");
      }
      await exited;
    },
  };
}
