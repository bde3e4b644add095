// Plain SQL on the hottest paths (the API token check, the insert of a saved triage, the
// session's user, the navigation's badge, History's list), sent straight to the driver
// adapter that the Prisma client itself uses. Prisma 6.19's `$queryRaw` turns every
// argument into JSON and back, plans the statement and maps each value of the result:
// 0.55 ms of CPU for the token lookup against 0.21 ms on the adapter, and 2.26 against
// 1.57 ms for a History page of 25 rows (SQLite; `npm run bench:raw-sql`). Going through the
// same adapter keeps its lock, so a statement still waits for an open interactive transaction as Prisma's own would.
// No "server-only" here: scripts and the e2e suite's seeding load the client too.
import type { Prisma } from "@/lib/generated/sqlite/client";

/** The driver adapter's query shape (@prisma/driver-adapter-utils' SqlQuery). */
type ArgType = { scalarType: "string" | "int" | "bigint" | "float" | "boolean" | "datetime" | "bytes" | "unknown"; arity: "scalar" };
type SqlQuery = { sql: string; args: unknown[]; argTypes: ArgType[] };
type ResultSet = { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };

/** What the client's adapter offers (@prisma/driver-adapter-utils' SqlQueryable). */
export type Queryable = {
  readonly provider: string;
  queryRaw(query: SqlQuery): Promise<ResultSet>;
  executeRaw(query: SqlQuery): Promise<number>;
  dispose(): Promise<void>;
};

/** A driver adapter factory, as Prisma's client takes it. */
type Factory = { connect(): Promise<Queryable> };

/** The adapter a factory's client is connected through, kept as the client connects and disconnects. */
export type Connection = { current: Queryable | null };

/**
 * Records the adapter each `connect()` of the factory makes (the Prisma client calls it
 * when it connects), and forgets it when the client disposes of it.
 */
export function recordConnection<F extends Factory>(factory: F): { factory: F; connection: Connection } {
  const connection: Connection = { current: null };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (connection.current === adapter) connection.current = null;
      return dispose();
    };
    connection.current = adapter;
    return adapter;
  };
  return { factory, connection };
}

// @prisma/driver-adapter-utils' ColumnTypeEnum, for the columns these queries read.
const INT64 = 1;
const DATE = 8;
const DATETIME = 10;
const JSON_TYPE = 11;

function argType(value: unknown): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  if (typeof value === "bigint") return { scalarType: "bigint", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  if (value instanceof Uint8Array) return { scalarType: "bytes", arity: "scalar" };
  return { scalarType: typeof value === "string" ? "string" : "unknown", arity: "scalar" };
}

/** A date column's value as $queryRaw gives it: a Date (PostgreSQL's text has a space, not a T). */
function asDate(v: unknown): unknown {
  if (typeof v === "string") {
    const d = new Date(v.includes("T") ? v : v.replace(" ", "T"));
    return Number.isNaN(d.getTime()) ? v : d;
  }
  if (typeof v === "number") return new Date(v);
  return v;
}

/** Rows as objects, each value as `$queryRaw` returns it: dates as Date, 64-bit integers as bigint, JSON parsed. */
function objects<T>({ columnNames, columnTypes, rows }: ResultSet): T[] {
  const out = new Array<T>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columnNames.length; c++) {
      const v = row[c];
      const type = columnTypes[c];
      o[columnNames[c]!] =
        v === null || v === undefined
          ? null
          : type === DATETIME || type === DATE
            ? asDate(v)
            : type === INT64 && (typeof v === "number" || typeof v === "string")
              ? BigInt(v)
              : type === JSON_TYPE && typeof v === "string"
                ? JSON.parse(v)
                : v;
    }
    out[r] = o as T;
  }
  return out;
}

/** Plain SQL through a connected adapter: `Prisma.sql` fragments in, rows as objects out. */
export class RawSql {
  constructor(
    private readonly adapter: () => Promise<Queryable>,
    private readonly postgres: boolean,
    private readonly onQuery?: (sql: string, args: unknown[]) => void,
  ) {}

  private statement(query: Prisma.Sql): SqlQuery {
    const args = query.values;
    // PostgreSQL numbers its parameters ($1); SQLite takes "?".
    const sql = this.postgres ? query.text : query.sql;
    this.onQuery?.(sql, args);
    return { sql, args, argTypes: args.map(argType) };
  }

  async query<T>(query: Prisma.Sql): Promise<T[]> {
    return objects<T>(await (await this.adapter()).queryRaw(this.statement(query)));
  }

  /** The number of rows changed. */
  async execute(query: Prisma.Sql): Promise<number> {
    return (await this.adapter()).executeRaw(this.statement(query));
  }
}

/** A driver's failure, as the adapter reports it (DriverAdapterError's cause). */
export function driverErrorKind(e: unknown): string | null {
  const cause = (e as { name?: unknown; cause?: { kind?: unknown } } | null)?.cause;
  return (e as { name?: unknown } | null)?.name === "DriverAdapterError" && typeof cause?.kind === "string" ? cause.kind : null;
}
