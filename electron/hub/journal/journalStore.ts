import { copyFileSync, mkdirSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { quarantineStore, SqliteJournal, UnreadableStoreError } from "./sqliteJournal";

export const JOURNAL_FILE = "journal.sqlite";
const BACKUPS_DIR = "backups";
const BACKUPS_KEPT = 10;

export interface OpenedStore {
  journal: SqliteJournal;
  /** What happened on the way in, for the operator: quarantines and restores. */
  notices: string[];
}

function backupFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith("journal-") && name.endsWith(".sqlite"))
      .sort()
      .reverse()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/**
 * Opens the journal in a data dir. An unreadable file is moved aside (never deleted) and the newest
 * readable backup, if any, takes its place; the notices say exactly what happened and where things are.
 */
export function openJournalStore(dataDir: string): OpenedStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, JOURNAL_FILE);
  const notices: string[] = [];
  try {
    return { journal: SqliteJournal.open(file), notices };
  } catch (error) {
    if (!(error instanceof UnreadableStoreError)) throw error;
    const moved = quarantineStore(file, new Date());
    notices.push(
      `The journal ${file} could not be read (${error.message}). It was moved to ${moved} and kept there.`,
    );
  }
  for (const backup of backupFiles(join(dataDir, BACKUPS_DIR))) {
    try {
      copyFileSync(backup, file);
      const journal = SqliteJournal.open(file);
      notices.push(
        `Restored from the backup ${backup} (up to event ${journal.lastSeq}); anything after it is only in the moved file.`,
      );
      return { journal, notices };
    } catch (error) {
      if (!(error instanceof UnreadableStoreError)) throw error;
      quarantineStore(file, new Date());
      notices.push(`The backup ${backup} could not be read either; trying an older one.`);
    }
  }
  notices.push("No readable backup was found: starting a new, empty journal.");
  return { journal: SqliteJournal.open(file), notices };
}

/** Writes a dated copy of the journal and keeps the newest few; an existing backup is never overwritten. */
export async function rollBackup(journal: SqliteJournal, dataDir: string, now: Date): Promise<string> {
  const dir = join(dataDir, BACKUPS_DIR);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `journal-${now.toISOString().replace(/[:.]/g, "-")}.sqlite`);
  // Written under a temporary name and renamed when complete, so a backup cut short by a stop or a
  // crash is never mistaken for a good one.
  await journal.backupTo(`${target}.partial`);
  renameSync(`${target}.partial`, target);
  for (const old of backupFiles(dir).slice(BACKUPS_KEPT)) unlinkSync(old);
  return target;
}
