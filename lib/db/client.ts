// The app's one Prisma client, cached on globalThis so development reloads reuse it.
// A generated Prisma client is bound to one provider, so both are generated
// (npm run db:generate) and the one matching DATABASE_URL is loaded.
import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { createAdapter, databaseProvider, databaseUrl } from "./config";

/** Both generated clients expose the same API; the SQLite one names the type. */
export type Db = PrismaClient;

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

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);

type WriteListener = (model: string) => void;
const listeners = ((globalThis as unknown as { __dwgWriteListeners?: Set<WriteListener> }).__dwgWriteListeners ??= new Set());

/**
 * Calls `listener` with the model's name before and after every write through a client
 * of createDb (nested writes count as writes to the top model), and with "*" when an
 * interactive or batch transaction ends, so a cache of what this instance reads can be
 * dropped. Returns the unsubscribe function.
 */
export function onWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notify = (model: string) => {
  for (const l of listeners) l(model);
};

/** The client with write notifications (see onWrite). */
function withWriteNotifications(client: PrismaClient): Db {
  const extended = client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!WRITES.has(operation)) return query(args);
          notify(model);
          try {
            return await query(args);
          } finally {
            notify(model);
          }
        },
      },
    },
  });
  // A write inside a transaction is visible to other readers only at commit: notify again then.
  const transaction = extended.$transaction.bind(extended) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = async (...args: unknown[]) => {
    try {
      return await transaction(...args);
    } finally {
      notify("*");
    }
  };
  return new Proxy(extended, { get: (target, key, receiver) => (key === "$transaction" ? $transaction : Reflect.get(target, key, receiver)) }) as unknown as Db;
}

type LibsqlClient = { transaction(mode?: string): Promise<unknown>; execute(sql: string): Promise<unknown> };

/**
 * libsql hands its connection to each interactive transaction and opens a new one for
 * what follows, with SQLite's per-connection defaults (no busy timeout, synchronous FULL):
 * set the pragmas again on that new connection. The adapter's lock is held meanwhile.
 */
function keepPragmas(adapter: object, pragmas: string[]) {
  const factory = adapter as { createClient(config: unknown): LibsqlClient };
  const createClient = factory.createClient.bind(factory);
  factory.createClient = (config) => {
    const client = createClient(config);
    const transaction = client.transaction.bind(client);
    client.transaction = async (mode) => {
      const tx = await transaction(mode);
      for (const p of pragmas) await client.execute(p);
      return tx;
    };
    return client;
  };
}

export async function createDb(url: string = databaseUrl()): Promise<Db> {
  const adapter = await createAdapter(url);
  if (databaseProvider(url) === "postgresql") {
    const { PrismaClient: PgClient } = await import("@/lib/generated/postgresql/client");
    return withWriteNotifications(new PgClient({ adapter }) as unknown as PrismaClient);
  }
  // WAL lets readers work while one writer commits; the busy timeout makes a second
  // process (a migration, a script) wait for the lock instead of failing at once.
  const pragmas = ["journal_mode = WAL", `synchronous = ${sqliteSynchronous()}`, "busy_timeout = 5000", "foreign_keys = ON"];
  keepPragmas(adapter, pragmas.map((p) => `PRAGMA ${p}`));
  const { PrismaClient: SqliteClient } = await import("@/lib/generated/sqlite/client");
  const client = new SqliteClient({ adapter });
  for (const p of pragmas) await client.$queryRawUnsafe(`PRAGMA ${p}`);
  return withWriteNotifications(client);
}

const cache = globalThis as unknown as { __dwgDb?: Promise<Db> };

/** The shared client for the configured DATABASE_URL. */
export function db(): Promise<Db> {
  cache.__dwgDb ??= createDb();
  return cache.__dwgDb;
}
