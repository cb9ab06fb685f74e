import { parseArgs } from "node:util";
import {
  completeImport,
  eventFileJson,
  formatImportProblem,
  formatMergeSummary,
  type ImportFormat,
  type ImportResult,
  type ImportTarget,
  importCsv,
  importFrabJson,
  importFrabXml,
  sortProblems,
  summarizeProblems,
} from "../../../shared/schedule/index";
import { formatProblem } from "../../../shared/validation/problems";
import { loadEventFile } from "../eventFiles";
import { readCsvInput, readText, UnreadableInput, UnwritableOutput, writeFileAtomic } from "./scheduleFiles";
import { UsageError } from "./usage";

const FORMATS: readonly ImportFormat[] = ["frab-json", "frab-xml", "csv"];

function read(format: ImportFormat, file: string, timeZone: string | undefined): ImportResult {
  const options = timeZone === undefined ? {} : { timeZone };
  if (format === "csv") return importCsv(readCsvInput(file), options);
  const text = readText(file);
  return format === "frab-json" ? importFrabJson(text, file, options) : importFrabXml(text, file, options);
}

/**
 * `venue-ops import FORMAT FILE [--into EVENT] [--out FILE] [--dry-run]`: prints the report; writes the
 * event (to --out, else stdout) only when there are no errors and it is not a dry run. The report goes
 * to stderr when the event goes to stdout, so that stdout stays a clean event file.
 */
export function importCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { into: { type: "string" }, out: { type: "string" }, "dry-run": { type: "boolean" } },
    strict: true,
    allowPositionals: true,
  });
  const [format, file, ...extra] = positionals;
  if (format === undefined || !FORMATS.includes(format as ImportFormat))
    throw new UsageError(`import needs a FORMAT: ${FORMATS.join(", ")}${format ? ` (not "${format}")` : ""}`);
  if (file === undefined || extra.length > 0)
    throw new UsageError("import takes FORMAT and exactly one FILE");
  const dryRun = values["dry-run"] ?? false;
  const say = values.out === undefined && !dryRun ? console.error : console.log;

  let into: ImportTarget | undefined;
  if (values.into !== undefined) {
    const loaded = loadEventFile(values.into);
    if (!loaded.ok) {
      for (const problem of loaded.problems) say(`${problem.severity}: ${formatProblem(problem)}`);
      say(`${values.into}: not a valid event file to import into; nothing written`);
      return 1;
    }
    into = { event: loaded.event, label: values.into };
  }

  let result: ImportResult;
  try {
    result = read(format as ImportFormat, file, into?.event.event.timeZone);
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    say(`${file}: error [unreadable] ${error.message}\n  hint: check the path`);
    return 1;
  }
  const outcome = completeImport(result, into);
  for (const problem of sortProblems(outcome.problems)) say(formatImportProblem(problem));
  if (!outcome.ok || !outcome.event || !outcome.merge) {
    say(`${file}: ${summarizeProblems(outcome.problems)}; nothing written`);
    return 1;
  }
  const target = into ? `into ${into.label}` : `as new event "${outcome.event.event.id}"`;
  for (const line of formatMergeSummary(outcome.merge)) say(line);
  const { sessions, venue, people } = outcome.event;
  const written = dryRun ? "dry run, nothing written" : `written to ${values.out ?? "stdout"}`;
  say(
    `${file}: imported ${target} (${sessions.length} sessions, ${venue.rooms.length} rooms, ` +
      `${people.speakers.length} speakers, ${people.interpreters.length} interpreters); ` +
      `${summarizeProblems(outcome.problems)}; ${written}`,
  );
  if (dryRun) return 0;
  const json = eventFileJson(outcome.event);
  if (values.out === undefined) process.stdout.write(json);
  else
    try {
      writeFileAtomic(values.out, json);
    } catch (error) {
      if (!(error instanceof UnwritableOutput)) throw error;
      say(`error: ${error.message}`);
      return 1;
    }
  return 0;
}
