// Prisma's libsql driver adapter, with SQLite's per-connection settings on every connection.
//
// libsql hands its open connection to each interactive transaction and opens a fresh one,
// with SQLite's defaults (no busy timeout, synchronous FULL, no foreign keys), for what
// follows. The adapter's documented extension point, createClient, returns a client
// that sets the pragmas on each connection it opens: at creation, and on the fresh one
// right after a transaction takes the previous one (the adapter holds its lock meanwhile).
import type { Client, InStatement, TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

class PragmaClient implements Client {
  constructor(
    private readonly inner: Client,
    private readonly pragmas: string[],
  ) {}

  get closed() {
    return this.inner.closed;
  }
  get protocol() {
    return this.inner.protocol;
  }
  execute(stmt: InStatement) {
    return this.inner.execute(stmt);
  }
  batch(stmts: InStatement[], mode?: TransactionMode) {
    return this.inner.batch(stmts, mode);
  }
  executeMultiple(sql: string) {
    return this.inner.executeMultiple(sql);
  }
  async transaction(mode?: TransactionMode) {
    const tx = await this.inner.transaction(mode);
    // The inner client now opens a new connection: give it the pragmas first.
    await this.ready();
    return tx;
  }
  sync() {
    return this.inner.sync();
  }
  close() {
    this.inner.close();
  }
  /** Sets the pragmas on the connection the client starts with. */
  async ready() {
    // One by one: some pragmas answer with a row, which executeMultiple refuses.
    for (const p of this.pragmas) await this.inner.execute(p);
  }
}

export class SqliteAdapterFactory extends PrismaLibSQL {
  readonly #pragmas: string[];
  readonly #ready: Promise<void>[] = [];

  constructor(config: ConstructorParameters<typeof PrismaLibSQL>[0], pragmas: string[]) {
    super(config);
    this.#pragmas = pragmas;
  }

  override createClient(config: Parameters<PrismaLibSQL["createClient"]>[0]): Client {
    const client = new PragmaClient(super.createClient(config), this.#pragmas);
    this.#ready.push(client.ready());
    return client;
  }

  override async connect() {
    const adapter = await super.connect();
    await Promise.all(this.#ready.splice(0));
    return adapter;
  }
}
