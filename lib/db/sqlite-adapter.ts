// Prisma's libsql driver adapter on our own local client (lib/db/sqlite-client.ts): SQLite's
// per-connection settings on every connection, and each connection's statements prepared once.
//
// libsql hands its open connection to each interactive transaction and opens a fresh one,
// with SQLite's defaults (no busy timeout, synchronous FULL, no foreign keys), for what
// follows: the client sets the pragmas on each connection it opens. The adapter's
// documented extension point, createClient, is where the client is chosen.
import type { Client } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { LocalSqliteClient } from "./sqlite-client";

export class SqliteAdapterFactory extends PrismaLibSQL {
  readonly #pragmas: string[];

  constructor(config: ConstructorParameters<typeof PrismaLibSQL>[0], pragmas: string[]) {
    super(config);
    this.#pragmas = pragmas;
  }

  override createClient(config: Parameters<PrismaLibSQL["createClient"]>[0]): Client {
    // A shadow database (the CLI's) is in memory; the app's is the file.
    const file = config.url === ":memory:" ? ":memory:" : config.url.replace(/^file:(\/\/)?/i, "");
    return new LocalSqliteClient(file, this.#pragmas);
  }
}
