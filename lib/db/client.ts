// The app's one Prisma client, cached on globalThis so development reloads reuse it.
// A generated Prisma client is bound to one provider, so both are generated
// (npm run db:generate) and the one matching DATABASE_URL is loaded.
import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { createAdapter, databaseProvider, databaseUrl } from "./config";

/** Both generated clients expose the same API; the SQLite one names the type. */
export type Db = PrismaClient;

export async function createDb(url: string = databaseUrl()): Promise<Db> {
  const adapter = await createAdapter(url);
  if (databaseProvider(url) === "postgresql") {
    const { PrismaClient: PgClient } = await import("@/lib/generated/postgresql/client");
    return new PgClient({ adapter }) as unknown as Db;
  }
  const { PrismaClient: SqliteClient } = await import("@/lib/generated/sqlite/client");
  const client = new SqliteClient({ adapter });
  // WAL lets readers work while one writer commits; the busy timeout makes a second
  // process (a migration, a script) wait for the lock instead of failing at once.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

const cache = globalThis as unknown as { __dwgDb?: Promise<Db> };

/** The shared client for the configured DATABASE_URL. */
export function db(): Promise<Db> {
  cache.__dwgDb ??= createDb();
  return cache.__dwgDb;
}
