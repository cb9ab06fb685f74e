import { existsSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { parseArgs } from "node:util";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { EventFile } from "../../../shared/model/eventFile";
import {
  CSV_TABLES,
  csvFileName,
  eventFileJson,
  exportCsv,
  exportICalendar,
} from "../../../shared/schedule/index";
import { formatProblem } from "../../../shared/validation/problems";
import { loadEventFile } from "../eventFiles";
import { bundledEventFile } from "../paths";
import { UnwritableOutput, writeFileAtomic } from "./scheduleFiles";
import { UsageError } from "./usage";

const FORMATS = ["event", "ical", "csv"] as const;
type ExportFormat = (typeof FORMATS)[number];

const isFolder = (path: string) =>
  path.endsWith(sep) || path.endsWith("/") || (existsSync(path) && statSync(path).isDirectory());

function output(out: string | undefined, text: string): void {
  if (out === undefined) process.stdout.write(text);
  else {
    writeFileAtomic(out, text);
    console.error(`export: wrote ${out}`);
  }
}

function exportCsvFiles(event: EventFile, roomId: string | undefined, out: string | undefined): void {
  const tables = exportCsv(event, roomId === undefined ? {} : { roomId });
  if (out === undefined || !isFolder(out)) {
    output(out, tables.sessions);
    return;
  }
  for (const table of CSV_TABLES) output(join(out, csvFileName(table)), tables[table]);
}

/**
 * `venue-ops export FORMAT [--event FILE] [--room ID] [--out FILE]`: the event file, its programme as
 * iCalendar, or as the CSV files the import reads (all of them when --out is a folder).
 */
export function exportCommand(args: string[]): number {
  try {
    return exportTo(args);
  } catch (error) {
    if (!(error instanceof UnwritableOutput)) throw error;
    console.error(`export: ${error.message}`);
    return 1;
  }
}

function exportTo(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { event: { type: "string" }, room: { type: "string" }, out: { type: "string" } },
    strict: true,
    allowPositionals: true,
  });
  const [format, ...extra] = positionals;
  if (format === undefined || !FORMATS.includes(format as ExportFormat) || extra.length > 0)
    throw new UsageError(`export takes one FORMAT: ${FORMATS.join(", ")}`);
  const file = values.event ?? bundledEventFile();
  const loaded = loadEventFile(file);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`${problem.severity}: ${formatProblem(problem)}`);
    console.error(`${file}: not a valid event file; run \`venue-ops validate ${file}\``);
    return 1;
  }
  const { event } = loaded;
  const roomId = values.room;
  if (roomId !== undefined && !event.venue.rooms.some((r) => r.id === roomId))
    throw new UsageError(
      `unknown room "${roomId}" in ${file}; rooms: ${event.venue.rooms.map((r) => r.id).join(", ")}`,
    );
  switch (format as ExportFormat) {
    case "event":
      if (roomId !== undefined) throw new UsageError("--room applies to ical and csv, not to event");
      output(values.out, eventFileJson(event));
      return 0;
    case "ical": {
      const calendar = exportICalendar(event, {
        ...(roomId === undefined ? {} : { roomId }),
        vtimezone: getVtimezoneComponent,
        generatedAt: new Date(),
      });
      if (!calendar.withTimeZone)
        console.error(`export: no VTIMEZONE known for ${event.event.timeZone}; times are written in UTC`);
      output(values.out, calendar.text);
      return 0;
    }
    case "csv":
      exportCsvFiles(event, roomId, values.out);
      return 0;
  }
}
