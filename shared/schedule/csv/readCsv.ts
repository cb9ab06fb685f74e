/// <reference path="./papaparse.d.ts" />
import Papa from "papaparse/papaparse.js";
import type { Origin, ProblemLog } from "../report";
import { CSV_COLUMNS, CSV_ONE_OF, type CsvTable, csvFileName, normalizeHeader } from "./columns";

export interface CsvFile {
  /** As the report names it: the file's path. */
  name: string;
  text: string;
}

/** One data row, with the line it starts on (the header is line 1). */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly cells: ReadonlyMap<string, string>,
  ) {}

  /** Whether the file has this column at all (an absent column says nothing; an empty cell says "none"). */
  has(column: string): boolean {
    return this.cells.has(column);
  }

  value(column: string): string {
    return this.cells.get(column)?.trim() ?? "";
  }

  at(column?: string): Origin {
    return { file: this.file, line: this.line, ...(column === undefined ? {} : { path: column }) };
  }
}

/** Spreadsheets save with commas, semicolons (in many European locales) or tabs: the header tells which. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  return header.includes(",") ? "," : header.includes(";") ? ";" : header.includes("\t") ? "\t" : ",";
}

function parseRows(text: string): { cells: string[]; line: number; errors: string[] }[] {
  const rows: { cells: string[]; line: number; errors: string[] }[] = [];
  let line = 1;
  Papa.parse(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: ({ data, errors }) => {
      rows.push({ cells: data, line, errors: errors.map((e) => e.message) });
      // A quoted value can hold line breaks: the next row starts that many lines further.
      line += 1 + data.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    },
  });
  return rows;
}

/**
 * Reads one CSV file of an import: checks the header against the table's columns (unknown columns are
 * ignored with a warning, missing required ones are errors) and returns its non-empty rows.
 */
export function readCsv(file: CsvFile, table: CsvTable, log: ProblemLog): CsvRow[] {
  const text = file.text.replace(/^\uFEFF/, "");
  const template = `events/templates/${csvFileName(table)}`;
  const [header, ...rows] = parseRows(text);
  if (!header || header.cells.every((c) => c.trim() === "")) {
    log.error(
      "missing-field",
      { file: file.name, line: 1 },
      "the file is empty: no header row",
      `start from ${template}`,
    );
    return [];
  }
  const columns = CSV_COLUMNS[table];
  const names = header.cells.map(normalizeHeader);
  const known = new Set(columns.map((c) => c.name));
  names.forEach((name, i) => {
    if (name !== "" && !known.has(name))
      log.warning(
        "unknown-column",
        { file: file.name, line: 1, path: header.cells[i] ?? name },
        `unknown column "${header.cells[i]}": ignored`,
        `the columns of ${csvFileName(table)} are ${columns.map((c) => c.name).join(", ")}`,
      );
  });
  let usable = true;
  for (const col of columns.filter((c) => c.required && !names.includes(c.name))) {
    usable = false;
    log.error(
      "missing-field",
      { file: file.name, line: 1, path: col.name },
      `required column "${col.name}" is missing from the header`,
      `add a "${col.name}" column (${col.description}); see ${template}`,
    );
  }
  for (const group of CSV_ONE_OF[table] ?? []) {
    if (group.some((name) => names.includes(name))) continue;
    usable = false;
    log.error(
      "missing-field",
      { file: file.name, line: 1, path: group.join(" / ") },
      `the header needs one of the columns ${group.join(", ")}`,
      `add a ${group.join(" or ")} column; see ${template}`,
    );
  }
  if (!usable) return [];

  const result: CsvRow[] = [];
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    for (const message of row.errors)
      log.error(
        "unreadable",
        { file: file.name, line: row.line },
        `the row cannot be read: ${message}`,
        'put a value holding commas or quotes in double quotes, and double the quotes inside ("")',
      );
    const extra = row.cells.slice(names.length).filter((cell) => cell.trim() !== "");
    if (extra.length > 0) {
      log.error(
        "invalid-value",
        { file: file.name, line: row.line },
        `the row has ${row.cells.length} values but the header has ${names.length} columns`,
        "put a value that contains a comma in double quotes",
      );
      continue;
    }
    const cells = new Map<string, string>();
    names.forEach((name, i) => {
      if (known.has(name)) cells.set(name, row.cells[i] ?? "");
    });
    result.push(new CsvRow(file.name, row.line, cells));
  }
  return result;
}

/** Which table a CSV file holds, from its header: the table whose columns it has most of. */
export function detectCsvTable(text: string): CsvTable | undefined {
  const [header] = parseRows(text.replace(/^\uFEFF/, ""));
  const names = new Set((header?.cells ?? []).map(normalizeHeader));
  let best: { table: CsvTable; score: number } | undefined;
  for (const [table, columns] of Object.entries(CSV_COLUMNS) as [
    CsvTable,
    readonly { name: string; required: boolean }[],
  ][]) {
    if (!columns.every((c) => !c.required || names.has(c.name))) continue;
    const score = columns.filter((c) => names.has(c.name)).length;
    if (!best || score > best.score) best = { table, score };
  }
  return best?.table;
}
