// lib/db/sqlite-client.ts: the local libsql client under Prisma's SQLite adapter, on a real
// SQLite file. It must answer as @libsql/client's own does (the adapter reads its results
// and errors), set the settings on every connection it opens, and prepare each statement
// once per connection.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "libsql";
import { createClient, LibsqlError } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalSqliteClient } from "@/lib/db/sqlite-client";

const PRAGMAS = ["PRAGMA journal_mode = WAL;", "PRAGMA busy_timeout = 5000;", "PRAGMA foreign_keys = ON;"];
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "dwg-sqlite-client-"));
  file = path.join(dir, "t.db");
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const SCHEMA = `
  CREATE TABLE p ("id" TEXT PRIMARY KEY);
  CREATE TABLE t ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "at" DATETIME, "score" REAL, "blob" BLOB, "pId" TEXT REFERENCES p("id"));`;

describe("LocalSqliteClient", () => {
  it("answers as @libsql/client does: columns, types, rows by position, counts and ids", async () => {
    const ours = new LocalSqliteClient(file, PRAGMAS);
    await ours.executeMultiple(SCHEMA);
    const theirs = createClient({ url: `file:${file}` });
    const insert = { sql: `INSERT INTO t ("name", "at", "score", "blob") VALUES (?, ?, ?, ?)`, args: ["Ana", "2026-01-02T03:04:05.678+00:00", 0.5, new Uint8Array([1, 2, 3]).buffer] };
    const a = await ours.execute(insert);
    const b = await theirs.execute({ ...insert, args: ["Bo", ...insert.args.slice(1)] });
    expect([a.rowsAffected, a.lastInsertRowid]).toEqual([1, 1n]);
    expect([b.rowsAffected, b.lastInsertRowid]).toEqual([1, 2n]);
    const select = `SELECT "id", "name", "at", "score", "blob", "pId", 9007199254740991 AS "big" FROM t ORDER BY "id"`;
    const mine = await ours.execute(select);
    const libs = await theirs.execute(select);
    expect(mine.columns).toEqual(libs.columns);
    expect(mine.columnTypes).toEqual(libs.columnTypes);
    expect(mine.rows.map((r) => Array.from(r))).toEqual(libs.rows.map((r) => Array.from(r)));
    expect(mine.rows[0]![4]).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(new Uint8Array(mine.rows[0]![4] as ArrayBuffer))).toEqual([1, 2, 3]);
    await expect(ours.execute("SELECT 9007199254740993 AS n")).rejects.toThrow(RangeError);
    theirs.close();
    ours.close();
  });

  it("reports SQLite's failures as LibsqlError with its code", async () => {
    const client = new LocalSqliteClient(file, PRAGMAS);
    await client.executeMultiple(SCHEMA);
    const e = await client.execute({ sql: `INSERT INTO t ("name", "pId") VALUES (?, ?)`, args: ["x", "nobody"] }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(LibsqlError);
    expect((e as LibsqlError).code).toMatch(/^SQLITE_CONSTRAINT/);
    expect((e as LibsqlError).rawCode).toBe(787);
    await expect(client.execute("SELECT * FROM nowhere")).rejects.toThrow(/no such table/);
    client.close();
  });

  it("prepares a statement once per connection", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const client = new LocalSqliteClient(file, PRAGMAS);
    await client.executeMultiple(SCHEMA);
    const before = prepare.mock.calls.length;
    for (let i = 0; i < 5; i++) await client.execute({ sql: `INSERT INTO t ("name") VALUES (?)`, args: [`n${i}`] });
    for (let i = 0; i < 5; i++) await client.execute({ sql: `SELECT "name" FROM t WHERE "id" = ?`, args: [i + 1] });
    expect(prepare.mock.calls.length - before).toBe(2);
    expect((await client.execute(`SELECT COUNT(*) AS n FROM t`)).rows[0]![0]).toBe(5);
    client.close();
  });

  it("gives a transaction its own connection, and the next connection the settings", async () => {
    const client = new LocalSqliteClient(file, PRAGMAS);
    await client.executeMultiple(SCHEMA);
    const tx = await client.transaction("deferred");
    await tx.execute({ sql: `INSERT INTO t ("name") VALUES (?)`, args: ["inside"] });
    // Outside the transaction: a new connection, which sees nothing uncommitted and has the pragmas.
    expect((await client.execute(`SELECT COUNT(*) FROM t`)).rows[0]![0]).toBe(0);
    expect((await client.execute("PRAGMA foreign_keys")).rows[0]![0]).toBe(1);
    expect((await client.execute("PRAGMA busy_timeout")).rows[0]![0]).toBe(5000);
    await tx.commit();
    expect(tx.closed).toBe(true);
    await expect(tx.execute("SELECT 1")).rejects.toThrow(/closed/);
    expect((await client.execute(`SELECT "name" FROM t`)).rows.map((r) => r[0])).toEqual(["inside"]);

    const rolled = await client.transaction("write");
    await rolled.execute({ sql: `INSERT INTO t ("name") VALUES (?)`, args: ["gone"] });
    await rolled.rollback();
    expect((await client.execute(`SELECT COUNT(*) FROM t`)).rows[0]![0]).toBe(1);
    client.close();
    expect(client.closed).toBe(true);
    await expect(client.execute("SELECT 1")).rejects.toThrow(/closed/);
  });

  it("takes the write lock when a transaction begins, so a read then a write does not fail on another connection's write", async () => {
    const client = new LocalSqliteClient(file, PRAGMAS);
    await client.executeMultiple(SCHEMA);
    // Another process's connection, as a script's or a test's seeding would be (no wait on the lock).
    const other = new Database(file);
    other.prepare("PRAGMA busy_timeout = 0").all();
    const tx = await client.transaction("deferred");
    expect((await tx.execute(`SELECT COUNT(*) FROM t`)).rows[0]![0]).toBe(0);
    // A deferred transaction would let this write in, then fail its own with SQLITE_BUSY_SNAPSHOT.
    expect(() => other.exec(`INSERT INTO t ("name") VALUES ('other')`)).toThrow(/locked|busy/i);
    await tx.execute({ sql: `INSERT INTO t ("name") VALUES (?)`, args: ["mine"] });
    await tx.commit();
    other.exec(`INSERT INTO t ("name") VALUES ('other')`);
    expect((await client.execute(`SELECT "name" FROM t ORDER BY "id"`)).rows.map((r) => r[0])).toEqual(["mine", "other"]);
    other.close();
    client.close();
  });

  it("rolls a failed batch back whole", async () => {
    const client = new LocalSqliteClient(file, PRAGMAS);
    await client.executeMultiple(SCHEMA);
    await expect(client.batch([{ sql: `INSERT INTO t ("name") VALUES (?)`, args: ["a"] }, { sql: `INSERT INTO t ("name") VALUES (NULL)`, args: [] }])).rejects.toThrow(LibsqlError);
    expect((await client.execute(`SELECT COUNT(*) FROM t`)).rows[0]![0]).toBe(0);
    client.close();
  });
});
