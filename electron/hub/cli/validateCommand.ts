import { parseArgs } from "node:util";
import { formatProblem } from "../../../shared/validation/problems";
import { loadEventFile } from "../eventFiles";
import { UsageError } from "./usage";

/** `venue-ops validate FILE`: every problem with its path and value; exit 1 when there are errors. */
export function validateCommand(args: string[]): number {
  const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new UsageError("validate takes exactly one FILE");
  const result = loadEventFile(file);
  for (const problem of result.problems) console.log(`${problem.severity}: ${formatProblem(problem)}`);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  if (!result.ok) {
    console.log(`${file}: ${errors} error(s), ${warnings} warning(s)`);
    return 1;
  }
  const { event } = result;
  console.log(
    `${file}: valid (${event.event.name.en}; ${event.event.days.length} days, ${event.sessions.length} sessions, ` +
      `${event.venue.rooms.length} rooms, ${event.devices.length} devices; ${warnings} warning(s))`,
  );
  return 0;
}
