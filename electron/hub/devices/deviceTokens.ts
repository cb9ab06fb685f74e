import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { openSqlite, type SqlDatabase, scalar } from "../journal/sqliteDriver";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS device_tokens (
    device_id TEXT PRIMARY KEY,
    token_hash BLOB NOT NULL,
    issued_at TEXT NOT NULL
  );
`;

/** The tokens' own file in the data dir, apart from the journal: a quarantined journal keeps them. */
export const DEVICE_TOKENS_FILE = "device-tokens.sqlite";

export const hashDeviceToken = (token: string) => createHash("sha256").update(token, "utf8").digest();
const hash = hashDeviceToken;

/** Where the hub keeps device secrets: the data dir's SQLite file (one PC) or a replicated bucket (a site). */
export interface DeviceTokenStore {
  /** Issues a fresh token for a device, replacing (and so revoking) any previous one. */
  issue(deviceId: string, now: Date): string;
  revoke(deviceId: string): boolean;
  verify(deviceId: string, token: string): boolean;
  issuedAt(deviceId: string): string | null;
  /** True once after another hub or process changed the tokens. */
  changedElsewhere(): boolean;
  /** Resolves once every issue and revoke so far is stored; wait for it before handing a token out. */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Device secrets, stored only as SHA-256 hashes (tokens are 256 random bits, so a fast hash is
 * enough) in the data dir's SQLite file. The command line and a running hub share the table: the hub
 * notices another process's writes through SQLite's data_version and applies them at once.
 */
export class DeviceTokens implements DeviceTokenStore {
  private readonly db: SqlDatabase;
  private lastVersion: number;

  constructor(file: string) {
    this.db = openSqlite(file);
    this.db.exec("PRAGMA journal_mode = WAL");
    this.db.exec("PRAGMA synchronous = FULL");
    this.db.exec("PRAGMA busy_timeout = 5000");
    this.db.exec(SCHEMA);
    this.lastVersion = this.dataVersion();
  }

  /** Issues a fresh token for a device, replacing (and so revoking) any previous one. */
  issue(deviceId: string, now: Date): string {
    const token = randomBytes(32).toString("base64url");
    this.db
      .prepare("INSERT OR REPLACE INTO device_tokens (device_id, token_hash, issued_at) VALUES (?, ?, ?)")
      .run(deviceId, hash(token), now.toISOString());
    return token;
  }

  revoke(deviceId: string): boolean {
    return this.db.prepare("DELETE FROM device_tokens WHERE device_id = ?").run(deviceId).changes > 0;
  }

  verify(deviceId: string, token: string): boolean {
    const stored = scalar(this.db, "SELECT token_hash FROM device_tokens WHERE device_id = ?", deviceId);
    return stored instanceof Uint8Array && timingSafeEqual(stored, hash(token));
  }

  issuedAt(deviceId: string): string | null {
    const issued = scalar(this.db, "SELECT issued_at FROM device_tokens WHERE device_id = ?", deviceId);
    return typeof issued === "string" ? issued : null;
  }

  settled(): Promise<void> {
    return Promise.resolve();
  }

  /** True once after another connection (the command line, say) changed the tokens. */
  changedElsewhere(): boolean {
    const version = this.dataVersion();
    if (version === this.lastVersion) return false;
    this.lastVersion = version;
    return true;
  }

  private dataVersion(): number {
    return Number(scalar(this.db, "PRAGMA data_version"));
  }

  close(): void {
    this.db.close();
  }
}
