import { existsSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import type { JournalChange, JournalEvent } from "../../../shared/journal/journalEvents";
import type { Actor, LiveState } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Journal } from "./journal";
import { openSqlite, type SqlDatabase, type SqlStatement, scalar } from "./sqliteDriver";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS snapshots (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, state TEXT NOT NULL);
`;
const JOURNAL_FORMAT = "1";
/** Written by closeCleanly() with the last seq; removed at the next open, so a crash never leaves one behind. */
const CLEAN_STOP_KEY = "cleanStop";
const SNAPSHOTS_KEPT = 3;

/** Thrown when a store cannot be read; the caller moves it aside rather than deleting it. */
export class UnreadableStoreError extends Error {}

/**
 * The durable journal: one SQLite file in WAL mode with synchronous=FULL, so an append that has
 * returned is on disk before the hub acknowledges the command that caused it.
 */
export class SqliteJournal implements Journal {
  readonly durableOnAppend = true;
  readonly writable = true;
  private readonly db: SqlDatabase;
  private readonly insert: SqlStatement;
  private readonly selectAfter: SqlStatement;
  private seq: number;
  /** Whether this open ran `PRAGMA quick_check` (skipped after a clean stop), and how long it took. */
  readonly integrityCheck: { ran: boolean; ms: number };

  private constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = openSqlite(file);
    } catch (error) {
      throw new UnreadableStoreError((error as Error).message);
    }
    try {
      this.db.exec("PRAGMA journal_mode = WAL");
      this.db.exec("PRAGMA synchronous = FULL");
      // A full check reads every page (over a second for a six-day journal), so it runs only when the last
      // session did not end cleanly: a crash, a power cut, or another program that wrote to the file.
      const cleanStop = this.cleanStopMatches();
      const started = performance.now();
      if (!cleanStop) {
        const check = scalar(this.db, "PRAGMA quick_check");
        if (check !== "ok") throw new UnreadableStoreError(`integrity check failed: ${String(check)}`);
      }
      this.integrityCheck = { ran: !cleanStop, ms: performance.now() - started };
      this.db.exec(SCHEMA);
      if (cleanStop) this.db.prepare("DELETE FROM meta WHERE key = ?").run(CLEAN_STOP_KEY);
      const format = scalar(this.db, "SELECT value FROM meta WHERE key = 'format'") as string | undefined;
      if (format === undefined)
        this.db.prepare("INSERT INTO meta (key, value) VALUES ('format', ?)").run(JOURNAL_FORMAT);
      else if (format !== JOURNAL_FORMAT)
        throw new UnreadableStoreError(`journal format ${format} is not supported`);
    } catch (error) {
      this.db.close();
      throw error instanceof UnreadableStoreError
        ? error
        : new UnreadableStoreError((error as Error).message);
    }
    this.insert = this.db.prepare("INSERT INTO journal (seq, at, type, body) VALUES (?, ?, ?, ?)");
    this.selectAfter = this.db.prepare("SELECT body FROM journal WHERE seq > ? ORDER BY seq LIMIT ?");
    this.seq = Number(scalar(this.db, "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0);
  }

  /** The marker of a clean stop is there and names the journal's last event (nothing was written since). */
  private cleanStopMatches(): boolean {
    const hasMeta = scalar(
      this.db,
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
    );
    if (Number(hasMeta) === 0) return false;
    const marker = scalar(this.db, "SELECT value FROM meta WHERE key = ?", CLEAN_STOP_KEY);
    if (marker === undefined) return false;
    const last = scalar(this.db, "SELECT COALESCE(MAX(seq), 0) FROM journal");
    return String(marker) === String(last);
  }

  /** Opens (or creates) the journal file; throws UnreadableStoreError if it is corrupt or foreign. */
  static open(file: string): SqliteJournal {
    return new SqliteJournal(file);
  }

  /** Which SQLite driver holds the file (node:sqlite inside Electron, better-sqlite3 on Node 20). */
  get driver(): SqlDatabase["driver"] {
    return this.db.driver;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Appends changes as numbered events in one transaction: all of them are stored, or none. */
  append(changes: readonly JournalChange[], actor: Actor, at: string, commandId?: string): JournalEvent[] {
    if (changes.length === 0) return [];
    const events = changes.map(
      (change, i): JournalEvent => ({
        ...change,
        seq: this.seq + i + 1,
        at,
        actor,
        ...(commandId === undefined ? {} : { commandId }),
      }),
    );
    this.db.transaction(() => {
      for (const event of events) this.insert.run(event.seq, event.at, event.type, JSON.stringify(event));
    });
    this.seq += events.length;
    return events;
  }

  /** Every append is on disk when it returns. */
  whenDurable(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Stores events numbered elsewhere (a replica copying a replicated stream) with a note of how far it
   * got, in one transaction; they must follow on from the last stored event.
   */
  importEvents(events: readonly JournalEvent[], note?: { key: string; value: string }): void {
    if (events.length === 0 && !note) return;
    const first = events[0];
    if (first && first.seq !== this.seq + 1)
      throw new Error(`event ${first.seq} does not follow the stored event ${this.seq}`);
    this.db.transaction(() => {
      for (const event of events) this.insert.run(event.seq, event.at, event.type, JSON.stringify(event));
      if (note) this.setMeta(note.key, note.value);
    });
    this.seq += events.length;
  }

  /** A value this store keeps for its owner (for a replica: which stream it copies, and how far). */
  meta(key: string): string | undefined {
    const value = scalar(this.db, "SELECT value FROM meta WHERE key = ?", key);
    return value === undefined ? undefined : String(value);
  }

  setMeta(key: string, value: string): void {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  }

  /** Events after `seq`, in order, read in pages so a long replay never holds everything in memory. */
  *readAfter(seq: number, pageSize = 10_000): Generator<JournalEvent> {
    let cursor = seq;
    for (;;) {
      const rows = this.selectAfter.all(cursor, pageSize);
      for (const row of rows) {
        const event = JSON.parse(String(row.body)) as JournalEvent;
        cursor = event.seq;
        yield event;
      }
      if (rows.length < pageSize) return;
    }
  }

  /** The event file most recently loaded into this journal, if any. */
  latestLoadedEvent(): EventFile | null {
    const body = scalar(
      this.db,
      "SELECT body FROM journal WHERE type = 'event.loaded' ORDER BY seq DESC LIMIT 1",
    ) as string | undefined;
    return body === undefined ? null : (JSON.parse(body) as { event: EventFile }).event;
  }

  saveSnapshot(state: LiveState, at: string): void {
    this.db.transaction(() => {
      this.db
        .prepare("INSERT OR REPLACE INTO snapshots (seq, at, state) VALUES (?, ?, ?)")
        .run(state.seq, at, JSON.stringify(state));
      this.db
        .prepare(
          "DELETE FROM snapshots WHERE seq NOT IN (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?)",
        )
        .run(SNAPSHOTS_KEPT);
    });
  }

  /** The newest snapshot that still parses; older ones are the fallback if the newest is damaged. */
  latestSnapshot(): LiveState | null {
    const rows = this.db
      .prepare("SELECT state FROM snapshots WHERE seq <= ? ORDER BY seq DESC")
      .all(this.seq);
    for (const row of rows) {
      try {
        return JSON.parse(String(row.state)) as LiveState;
      } catch {
        // A damaged snapshot is skipped; the journal itself is the source of truth.
      }
    }
    return null;
  }

  /** A consistent copy of the whole store, taken while it is in use. */
  async backupTo(file: string): Promise<void> {
    await this.db.backup(file);
  }

  close(): void {
    this.db.close();
  }

  /** Closes after a clean shutdown: the next open may skip the integrity check. */
  closeCleanly(): void {
    this.setMeta(CLEAN_STOP_KEY, String(this.seq));
    this.db.close();
  }
}

/** Moves a store and its WAL side files aside under a dated name; returns the new main file name. */
export function quarantineStore(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const target = `${file}.unreadable-${stamp}`;
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
