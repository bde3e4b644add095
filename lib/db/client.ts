// The app's one Prisma client, cached on globalThis so development reloads reuse it.
// A generated Prisma client is bound to one provider, so both are generated
// (npm run db:generate) and the one matching DATABASE_URL is loaded.
import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { createAdapter, databaseProvider, databaseUrl } from "./config";
import { RawSql, recordConnection } from "./raw";

export { sqliteSynchronous } from "./config";

/** Both generated clients expose the same API; the SQLite one names the type. */
export type Db = PrismaClient;

/** For tools (scripts/bench-history.ts): Prisma's query log, and a look at each plain SQL statement. */
export type CreateDbOptions = {
  log?: { emit: "event"; level: "query" }[];
  onRawQuery?: (sql: string, args: unknown[]) => void;
};

/**
 * A plain client: what a cache keeps of the database is dropped by the code that writes
 * (lib/data/settings-cache.ts), not by hooks on the client.
 */
export async function createDb(url: string = databaseUrl(), options: CreateDbOptions = {}): Promise<Db> {
  // The SQLite adapter sets WAL, synchronous, the busy timeout and foreign keys on each of
  // its connections (lib/db/sqlite-adapter.ts).
  const { factory: adapter, connection } = recordConnection(await createAdapter(url));
  const postgres = databaseProvider(url) === "postgresql";
  let client: Db;
  if (postgres) {
    const { PrismaClient: PgClient } = await import("@/lib/generated/postgresql/client");
    client = new PgClient({ adapter, log: options.log }) as unknown as Db;
  } else {
    const { PrismaClient: SqliteClient } = await import("@/lib/generated/sqlite/client");
    client = new SqliteClient({ adapter, log: options.log });
  }
  const adapterOf = async () => {
    // The client connects (and so calls the factory) on its first query, or here.
    if (!connection.current) await client.$connect();
    return connection.current!;
  };
  raws.set(client, new RawSql(adapterOf, postgres, options.onRawQuery));
  return client;
}

// On globalThis, as the client is: Next.js bundles this module into several chunks (route
// handlers, pages), and each must find the RawSql of a client another one made.
const raws = ((globalThis as unknown as { __dwgRawSql?: WeakMap<Db, RawSql> }).__dwgRawSql ??= new WeakMap<Db, RawSql>());

/**
 * Plain SQL on the adapter `client` is connected through (lib/db/raw.ts): for the hot
 * paths only; everything else goes through the client's typed queries.
 */
export function rawSql(client: Db): RawSql {
  const raw = raws.get(client);
  if (!raw) throw new Error("rawSql: the client was not made by createDb");
  return raw;
}

const cache = globalThis as unknown as { __dwgDb?: Promise<Db> };

/** The shared client for the configured DATABASE_URL. */
export function db(): Promise<Db> {
  cache.__dwgDb ??= createDb();
  return cache.__dwgDb;
}
