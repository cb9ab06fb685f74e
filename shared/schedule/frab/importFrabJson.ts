import type { ImportResult } from "../importedSchedule";
import { ProblemLog } from "../report";
import { TextLines } from "../textLines";
import type { FrabLocator } from "./frabLocator";
import { formatJsonPath, jsonValueLines, lineOfPath } from "./jsonPaths";
import { type FrabOptions, mapFrabSchedule } from "./mapFrab";

/** Where JSON.parse stopped, as a line: V8 says "at position N" (and, in newer versions, the line). */
function syntaxErrorLine(message: string, text: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? new TextLines(text).lineAt(Number(position[1])) : undefined;
}

/** Imports a frab/pretalx schedule.json; every problem names its JSON path and line. */
export function importFrabJson(text: string, file: string, options: FrabOptions = {}): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const log = new ProblemLog();
    const message = (error as Error).message;
    const line = syntaxErrorLine(message, text);
    log.error(
      "unreadable",
      { file, ...(line === undefined ? {} : { line }) },
      `not valid JSON: ${message}`,
      "export the schedule again, or correct the JSON at this line (a missing comma or quote?)",
    );
    return { schedule: { format: "frab-json" }, problems: log.problems };
  }
  let lines = new Map<string, number>();
  try {
    lines = jsonValueLines(text.replace(/^\uFEFF/, ""));
  } catch {
    // Nesting deeper than the stack allows: the report gives paths without lines rather than failing.
  }
  const locator: FrabLocator = {
    file,
    at: (path) => {
      const line = lineOfPath(lines, path);
      return { file, path: formatJsonPath(path), ...(line === undefined ? {} : { line }) };
    },
  };
  return mapFrabSchedule(document, "frab-json", locator, options);
}
