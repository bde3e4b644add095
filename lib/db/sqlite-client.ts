// The libsql client that Prisma's SQLite adapter drives, for a local file, with each
// connection's statements prepared once. @libsql/client's own local client prepares every
// statement anew, asks each for its columns twice and builds every row as an object with a
// property per column: on a saving API request that was about 4% of the server's CPU
// (`npm run bench:profile -- triage-save`), and preparing the decision insert, with its
// search-index trigger, cost more than a third of running it. Rows stay plain arrays: the
// adapter reads them by position.
//
// Otherwise it behaves as @libsql/client 0.8's sqlite3 client, which it follows: a
// transaction takes the open connection and the client opens a new one for what comes
// next (Prisma's adapter holds its lock for the transaction meanwhile); every new
// connection gets SQLite's per-connection settings first (WAL, synchronous, the busy
// timeout, foreign keys); integers come back as numbers and an error as a LibsqlError with
// SQLite's code, so the adapter maps constraint failures as before.
import Database from "libsql";
import { LibsqlError, type Client, type InStatement, type InValue, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";

type Statement = Database.Statement;
type Prepared = { statement: Statement; columns: string[] | null; columnTypes: string[] };

/** Statements kept per connection; past this the cache starts again (the app uses a few dozen). */
const MAX_STATEMENTS = 500;

class Connection {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Prepared>();

  constructor(file: string, pragmas: readonly string[]) {
    this.#db = new Database(file);
    // One by one: some pragmas answer with a row.
    for (const p of pragmas) this.execute(p);
  }

  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  get open(): boolean {
    return this.#db.open;
  }

  #prepare(sql: string): Prepared {
    let prepared = this.#statements.get(sql);
    if (prepared) return prepared;
    const statement = this.#db.prepare(sql);
    statement.safeIntegers(true);
    let columns: string[] | null = null;
    let columnTypes: string[] = [];
    try {
      // raw() throws for a statement that returns no rows.
      statement.raw(true);
      const defs = statement.columns();
      columns = defs.map((c) => c.name);
      columnTypes = defs.map((c) => c.type ?? "");
    } catch {
      columns = null;
    }
    prepared = { statement, columns, columnTypes };
    if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
    this.#statements.set(sql, prepared);
    return prepared;
  }

  execute(stmt: InStatement): ResultSet {
    const sql = typeof stmt === "string" ? stmt : stmt.sql;
    const args = typeof stmt === "string" ? [] : toSqlArgs(stmt.args);
    try {
      const { statement, columns, columnTypes } = this.#prepare(sql);
      if (columns) {
        const rows = statement.all(args) as unknown[][];
        for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = fromSql(row[i]);
        return result(columns, columnTypes, rows as never, 0, undefined);
      }
      const info = statement.run(args);
      return result([], [], [], info.changes, BigInt(info.lastInsertRowid));
    } catch (e) {
      throw asLibsqlError(e);
    }
  }

  executeMultiple(sql: string): void {
    try {
      this.#db.exec(sql);
    } catch (e) {
      throw asLibsqlError(e);
    }
  }

  close() {
    this.#statements.clear();
    this.#db.close();
  }
}

function result(columns: string[], columnTypes: string[], rows: ResultSet["rows"], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet {
  return { columns, columnTypes, rows, rowsAffected, lastInsertRowid, toJSON: () => ({ columns, columnTypes, rows, rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }) };
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A value as @libsql/client's "number" integer mode gives it. */
function fromSql(v: unknown): unknown {
  if (typeof v === "bigint") {
    if (v < MIN_SAFE || v > MAX_SAFE) throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(v);
  }
  if (v instanceof Buffer) return v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength);
  return v;
}

function toSqlArgs(args: InStatement extends infer S ? (S extends { args?: infer A } ? A : never) : never): unknown[] {
  if (args === undefined) return [];
  if (!Array.isArray(args)) throw new TypeError("Named arguments are not used here: pass them in order");
  return args.map(toSql);
}

function toSql(v: InValue | undefined): unknown {
  if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  if (v instanceof Date) return v.valueOf();
  if (v === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return v;
}

function asLibsqlError(e: unknown): unknown {
  if (e instanceof Database.SqliteError) {
    const err = e as Error & { code: string; rawCode?: number };
    return new LibsqlError(err.message, err.code, err.rawCode, err);
  }
  return e;
}

const BEGIN: Record<TransactionMode, string> = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN DEFERRED" };

class LocalTransaction implements Transaction {
  #done = false;

  constructor(private readonly connection: Connection) {}

  get closed() {
    return this.#done || !this.connection.inTransaction;
  }

  #live(): Connection {
    if (this.closed) throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
    return this.connection;
  }

  async execute(stmt: InStatement) {
    return this.#live().execute(stmt);
  }
  async batch(stmts: InStatement[]) {
    return stmts.map((s) => this.#live().execute(s));
  }
  async executeMultiple(sql: string) {
    this.#live().executeMultiple(sql);
  }
  async rollback() {
    if (this.#done) return;
    try {
      if (this.connection.inTransaction) this.connection.execute("ROLLBACK");
    } finally {
      this.close();
    }
  }
  async commit() {
    this.#live().execute("COMMIT");
    this.close();
  }
  close() {
    if (this.#done) return;
    this.#done = true;
    // The connection was the transaction's alone (the client has opened another): done with it.
    if (this.connection.inTransaction) this.connection.execute("ROLLBACK");
    this.connection.close();
  }
}

export class LocalSqliteClient implements Client {
  closed = false;
  readonly protocol = "file";
  #connection: Connection | null;

  constructor(
    private readonly file: string,
    private readonly pragmas: readonly string[],
  ) {
    this.#connection = new Connection(file, pragmas);
    this.#connection.execute("SELECT 1 AS checkThatTheDatabaseCanBeOpened");
  }

  #current(): Connection {
    if (this.closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    return (this.#connection ??= new Connection(this.file, this.pragmas));
  }

  async execute(stmtOrSql: InStatement | string, args?: InValue[]) {
    const stmt = typeof stmtOrSql === "string" ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql;
    return this.#current().execute(stmt);
  }

  async batch(stmts: InStatement[], mode: TransactionMode = "deferred") {
    const c = this.#current();
    try {
      c.execute(BEGIN[mode]);
      const results = stmts.map((s) => {
        if (!c.inTransaction) throw new LibsqlError("The transaction has been rolled back", "TRANSACTION_CLOSED");
        return c.execute(s);
      });
      c.execute("COMMIT");
      return results;
    } finally {
      if (c.inTransaction) c.execute("ROLLBACK");
    }
  }

  async transaction(mode: TransactionMode = "write") {
    const c = this.#current();
    // Prisma's adapter asks for "deferred", and every transaction of the app writes. In WAL
    // mode a deferred one that reads first, then writes after another process (a script,
    // the e2e suite's seeding) has written, fails at that write with SQLITE_BUSY_SNAPSHOT
    // at once, without the busy timeout's wait: so take the write lock when it begins.
    c.execute(BEGIN[mode === "read" ? "read" : "write"]);
    // The transaction keeps this connection; the next statement outside it opens a new one.
    this.#connection = null;
    return new LocalTransaction(c);
  }

  async executeMultiple(sql: string) {
    const c = this.#current();
    try {
      c.executeMultiple(sql);
    } finally {
      if (c.inTransaction) c.execute("ROLLBACK");
    }
  }

  async sync() {
    return undefined;
  }

  close() {
    this.closed = true;
    this.#connection?.close();
    this.#connection = null;
  }
}
