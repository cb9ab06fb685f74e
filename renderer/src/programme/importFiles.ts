import type { EventFile } from "../../../shared/model/eventFile";
import { completeImport, type ImportOutcome } from "../../../shared/schedule/completeImport";
import { CSV_TABLES, type CsvTable, csvFileName } from "../../../shared/schedule/csv/columns";
import { type CsvFiles, importCsv } from "../../../shared/schedule/csv/importCsv";
import { detectCsvTable } from "../../../shared/schedule/csv/readCsv";
import { importFrabJson } from "../../../shared/schedule/frab/importFrabJson";
import { importFrabXml } from "../../../shared/schedule/frab/importFrabXml";
import type { ImportFormat, ImportResult } from "../../../shared/schedule/importedSchedule";
import { countProblems, type ImportProblem, sortProblems } from "../../../shared/schedule/report";

export const IMPORT_FORMATS: readonly ImportFormat[] = ["frab-json", "frab-xml", "csv"];

/** A file the operator picked, as read (UTF-8 text). */
export interface InputFile {
  name: string;
  text: string;
}

/** The format a file's extension says: .json, .xml, .csv (or .tsv/.txt, which the CSV reader takes too). */
export function formatFromName(name: string): ImportFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1];
  if (extension === "json") return "frab-json";
  if (extension === "xml") return "frab-xml";
  if (extension === "csv" || extension === "tsv" || extension === "txt") return "csv";
  return null;
}

/** One format for all the files picked, when their extensions agree on it; else null (the operator says). */
export function detectFormat(names: readonly string[]): ImportFormat | null {
  const formats = new Set(names.map(formatFromName));
  const [only] = formats;
  return formats.size === 1 && only !== undefined ? only : null;
}

const problem = (file: string, message: string, hint: string): ImportProblem => ({
  severity: "error",
  kind: "unreadable",
  file,
  message,
  hint,
});

/** CSV files to their tables: by name (sessions.csv), else by header, as the command line does. */
function csvTables(files: readonly InputFile[]): { files: CsvFiles; problems: ImportProblem[] } {
  const tables: CsvFiles = {};
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const base = file.name.split(/[/\\]/).pop()?.toLowerCase() ?? "";
    const table: CsvTable | undefined =
      CSV_TABLES.find((t) => base === csvFileName(t)) ?? detectCsvTable(file.text);
    if (!table) {
      problems.push(
        problem(
          file.name,
          "cannot tell which table this file holds",
          "name it sessions.csv, rooms.csv, speakers.csv, interpreters.csv or event.csv, or give it the columns of one (see docs/schedules.md)",
        ),
      );
      continue;
    }
    const other = tables[table];
    if (other) {
      problems.push(
        problem(
          file.name,
          `this file holds ${csvFileName(table)}, like ${other.name}`,
          "pick one file per table",
        ),
      );
      continue;
    }
    tables[table] = { name: file.name, text: file.text };
  }
  return { files: tables, problems };
}

function read(files: readonly InputFile[], format: ImportFormat, timeZone: string): ImportResult {
  if (format === "csv") {
    const tables = csvTables(files);
    if (tables.problems.length > 0) return { schedule: { format }, problems: tables.problems };
    return importCsv(tables.files, { timeZone });
  }
  const [file, ...extra] = files;
  if (!file || extra.length > 0)
    return {
      schedule: { format },
      problems: [
        problem(
          files.map((f) => f.name).join(", ") || "input",
          `a ${format} import reads one schedule file, not ${files.length}`,
          "pick the one schedule file (several files are for CSV tables)",
        ),
      ],
    };
  return format === "frab-json"
    ? importFrabJson(file.text, file.name, { timeZone })
    : importFrabXml(file.text, file.name, { timeZone });
}

export interface ConsoleImport extends ImportOutcome {
  format: ImportFormat;
  /** The report, errors first, then warnings, then notes, each by file and line. */
  problems: ImportProblem[];
  counts: { error: number; warning: number; info: number };
}

/**
 * What the console's import dialog shows: the files read with the shared importers, merged by id into
 * the running event with the same checks as `venue-ops import --into` (completeImport), and the report.
 * `label` names the running event in the report. Pure: nothing is sent anywhere.
 */
export function previewImport(
  files: readonly InputFile[],
  format: ImportFormat,
  event: EventFile,
  label: string,
): ConsoleImport {
  const result = read(files, format, event.event.timeZone);
  const outcome = completeImport(result, { event, label });
  const problems = sortProblems(outcome.problems);
  return { ...outcome, format, problems, counts: countProblems(problems) };
}
