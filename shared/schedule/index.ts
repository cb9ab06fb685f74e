/**
 * Schedules in and out: importers (frab/pretalx JSON and XML, CSV), the merge into an event file by id,
 * the import report, and exports (event JSON, CSV, iCalendar). Pure: the command line reads and writes
 * the files, and the console's import preview can call the same functions.
 */
export { completeImport, type ImportOutcome, type ImportTarget } from "./completeImport";
export { CSV_COLUMNS, CSV_TABLES, type CsvTable, csvFileName } from "./csv/columns";
export { type CsvFiles, importCsv } from "./csv/importCsv";
export { type CsvFile, detectCsvTable } from "./csv/readCsv";
export { exportCsv } from "./export/csvExport";
export { eventFileJson } from "./export/eventJson";
export { exportICalendar, type ICalendarOptions } from "./export/icalExport";
export { importFrabJson } from "./frab/importFrabJson";
export { importFrabXml } from "./frab/importFrabXml";
export type { ImportedSchedule, ImportFormat, ImportResult } from "./importedSchedule";
export { type ChangedEntity, type EntityRef, type MergeResult, mergeEvent } from "./mergeEvent";
export { formatMergeSummary } from "./mergeSummary";
export {
  formatImportProblem,
  type ImportProblem,
  PROBLEM_KINDS,
  type ProblemKind,
  sortProblems,
  summarizeProblems,
} from "./report";
