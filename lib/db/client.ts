// The app's one Prisma client, cached on globalThis so development reloads reuse it.
// A generated Prisma client is bound to one provider, so both are generated
// (npm run db:generate) and the one matching DATABASE_URL is loaded.
import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { createAdapter, databaseProvider, databaseUrl } from "./config";

export { sqliteSynchronous } from "./config";

/** Both generated clients expose the same API; the SQLite one names the type. */
export type Db = PrismaClient;

/**
 * A plain client: what a cache keeps of the database is dropped by the code that writes
 * (lib/data/settings-cache.ts), not by hooks on the client.
 */
export async function createDb(url: string = databaseUrl()): Promise<Db> {
  // The SQLite adapter sets WAL, synchronous, the busy timeout and foreign keys on each of
  // its connections (lib/db/sqlite-adapter.ts).
  const adapter = await createAdapter(url);
  if (databaseProvider(url) === "postgresql") {
    const { PrismaClient: PgClient } = await import("@/lib/generated/postgresql/client");
    return new PgClient({ adapter }) as unknown as Db;
  }
  const { PrismaClient: SqliteClient } = await import("@/lib/generated/sqlite/client");
  return new SqliteClient({ adapter });
}

const cache = globalThis as unknown as { __dwgDb?: Promise<Db> };

/** The shared client for the configured DATABASE_URL. */
export function db(): Promise<Db> {
  cache.__dwgDb ??= createDb();
  return cache.__dwgDb;
}
