import { createRequire } from "node:module";

/**
 * The little of SQLite the hub uses, over two drivers: Node's built-in `node:sqlite` where it exists
 * and is asked for (inside Electron, whose Node has it, so the desktop app needs no native module
 * rebuilt for Electron), and better-sqlite3 on plain Node 20. Both are synchronous: a write has reached
 * the disk when the call returns.
 */
export interface SqlStatement {
  run(...params: unknown[]): { changes: number | bigint };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}

export interface SqlDatabase {
  readonly driver: "node:sqlite" | "better-sqlite3";
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /** All of `fn`'s writes, or none of them. */
  transaction<T>(fn: () => T): T;
  /** A consistent copy of the whole database, taken while it is in use. */
  backup(file: string): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

/** The first column of the first row: PRAGMA values, COUNT(*), single-value lookups. */
export function scalar(db: SqlDatabase, sql: string, ...params: unknown[]): unknown {
  const row = db.prepare(sql).get(...params);
  return row === undefined ? undefined : Object.values(row)[0];
}

interface NodeSqliteModule {
  DatabaseSync: new (
    file: string,
  ) => {
    exec(sql: string): void;
    prepare(sql: string): SqlStatement;
    close(): void;
  };
}

const require = createRequire(import.meta.url);

function nodeSqlite(): NodeSqliteModule | null {
  const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  try {
    return (getBuiltin?.("node:sqlite") as NodeSqliteModule | undefined) ?? null;
  } catch {
    return null;
  }
}

/** `node:sqlite` inside Electron (or when VENUE_OPS_SQLITE=node), else better-sqlite3. */
export function preferredDriver(): SqlDatabase["driver"] {
  const asked = process.env.VENUE_OPS_SQLITE;
  if (asked === "better-sqlite3") return "better-sqlite3";
  const wanted = asked === "node" || process.versions.electron !== undefined;
  return wanted && nodeSqlite() ? "node:sqlite" : "better-sqlite3";
}

export function openSqlite(file: string, driver = preferredDriver()): SqlDatabase {
  return driver === "node:sqlite" ? openWithNodeSqlite(file) : openWithBetterSqlite(file);
}

function openWithNodeSqlite(file: string): SqlDatabase {
  const { DatabaseSync } = nodeSqlite() as NodeSqliteModule;
  const db = new DatabaseSync(file);
  let open = true;
  const api: SqlDatabase = {
    driver: "node:sqlite",
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    transaction: (fn) => {
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = fn();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    // VACUUM INTO writes a consistent, compact copy in one statement.
    backup: async (target) => db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`),
    close: () => {
      if (open) db.close();
      open = false;
    },
    get isOpen() {
      return open;
    },
  };
  return api;
}

function openWithBetterSqlite(file: string): SqlDatabase {
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(file);
  return {
    driver: "better-sqlite3",
    exec: (sql) => {
      db.exec(sql);
    },
    prepare: (sql) => db.prepare(sql) as unknown as SqlStatement,
    transaction: (fn) => db.transaction(fn)(),
    // The online backup API copies in steps, so the hub keeps serving while it runs.
    backup: async (target) => {
      await db.backup(target);
    },
    close: () => {
      if (db.open) db.close();
    },
    get isOpen() {
      return db.open;
    },
  };
}
