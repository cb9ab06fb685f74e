import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  CSV_TABLES,
  type CsvFiles,
  type CsvTable,
  csvFileName,
  detectCsvTable,
} from "../../../shared/schedule/index";

/** A file that cannot be read, as the import report states it. */
export class UnreadableInput extends Error {}

export function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UnreadableInput(`cannot read ${file}: ${(error as NodeJS.ErrnoException).message}`);
  }
}

/**
 * The CSV tables of an import: a folder's rooms.csv, sessions.csv, speakers.csv, interpreters.csv and
 * event.csv (any of them, names in any case), or one file, whose table its name or header tells.
 */
export function readCsvInput(path: string): CsvFiles {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch (error) {
    throw new UnreadableInput(`cannot read ${path}: ${(error as NodeJS.ErrnoException).message}`);
  }
  const files: CsvFiles = {};
  if (folder) {
    const names = readdirSync(path);
    for (const table of CSV_TABLES) {
      const name = names.find((n) => n.toLowerCase() === csvFileName(table));
      if (name) files[table] = { name: join(path, name), text: readText(join(path, name)) };
    }
    if (Object.keys(files).length === 0)
      throw new UnreadableInput(
        `${path} holds none of ${CSV_TABLES.map(csvFileName).join(", ")} (templates in events/templates/)`,
      );
    return files;
  }
  const text = readText(path);
  const byName = CSV_TABLES.find((t) => basename(path).toLowerCase() === csvFileName(t));
  const table: CsvTable | undefined = byName ?? detectCsvTable(text);
  if (!table)
    throw new UnreadableInput(
      `cannot tell which table ${path} holds: name it sessions.csv, rooms.csv, speakers.csv, ` +
        "interpreters.csv or event.csv, or give it the columns of one (see docs/schedules.md)",
    );
  files[table] = { name: path, text };
  return files;
}

/** A file that cannot be written: said in one line, exit 1. */
export class UnwritableOutput extends Error {}

/** Writes through a temporary file and a rename, so a reader never sees half a file (--out can be --into). */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there either.
    }
    throw new UnwritableOutput(`cannot write ${file}: ${(error as NodeJS.ErrnoException).message}`);
  }
}
