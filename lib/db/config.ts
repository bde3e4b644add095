// Where the database lives and which driver adapter serves it. Shared by the
// Prisma CLI (prisma.config.ts) and the app's client, so both always agree.
import path from "node:path";
import { mkdirSync } from "node:fs";

export type DatabaseProvider = "sqlite" | "postgresql";

/** The embedded default: a SQLite file under the project, no service needed. */
export const DEFAULT_SQLITE_FILE = path.join("data", "decline-with-grace.db");

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  return raw ? raw : `file:${DEFAULT_SQLITE_FILE}`;
}

export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/** Absolute path of a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const p = url.replace(/^file:(\/\/)?/i, "").split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), p);
}

/** The Prisma schema folder of a provider: SQLite is the source, PostgreSQL is derived. */
export function prismaDirFor(provider: DatabaseProvider): string {
  return provider === "sqlite" ? "prisma" : path.join("prisma", "postgresql");
}

export async function createAdapter(url: string) {
  if (databaseProvider(url) === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    // search_path makes unqualified DDL (migrations) and queries land in the same schema.
    return new PrismaPg(
      {
        connectionString: url,
        max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
        ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}),
      },
      { schema },
    );
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const { SqliteAdapterFactory } = await import("./sqlite-adapter");
  return new SqliteAdapterFactory({ url: `file:${file}` }, SQLITE_PRAGMAS());
}

/**
 * SQLite's `synchronous` setting in WAL mode. NORMAL (the default here) syncs the WAL at
 * checkpoints rather than at every commit: a crash of the app (or a kill) loses nothing,
 * since committed transactions are in the WAL file the OS already holds; only a power
 * cut or OS crash may roll back the last commits before the checkpoint, and the database
 * stays consistent either way. FULL syncs at every commit (an fsync per saved decision,
 * which blocks the server's one thread): SQLITE_SYNCHRONOUS=FULL for disks that must
 * survive power loss with every commit.
 */
export function sqliteSynchronous(env: NodeJS.ProcessEnv = process.env): "NORMAL" | "FULL" {
  const v = env.SQLITE_SYNCHRONOUS?.trim().toUpperCase();
  if (!v || v === "NORMAL") return "NORMAL";
  if (v === "FULL") return "FULL";
  throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL or FULL; got "${env.SQLITE_SYNCHRONOUS}"`);
}

/**
 * Set on every SQLite connection (the app's, the CLI's, the scripts'): WAL lets readers
 * work while one writer commits; the busy timeout makes a second process (a migration, a
 * script) wait for the lock instead of failing at once.
 */
export const SQLITE_PRAGMAS = () => ["journal_mode = WAL", `synchronous = ${sqliteSynchronous()}`, "busy_timeout = 5000", "foreign_keys = ON"].map((p) => `PRAGMA ${p};`);
