import { readFileSync } from "node:fs";
import type { EventFile } from "../../shared/model/eventFile";
import { formatProblem, type Problem } from "../../shared/validation/problems";
import { validateEventFile } from "../../shared/validation/validateEventFile";

export type LoadedEventFile =
  | { ok: true; event: EventFile; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** Reads and validates an event file; unreadable files and bad JSON are reported as problems too. */
export function loadEventFile(file: string): LoadedEventFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      problems: [{ severity: "error", path: file, message: `cannot read file: ${(error as Error).message}` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ severity: "error", path: file, message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validateEventFile(json);
}

export class InvalidEventFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file} is not a valid event file:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  }
}
