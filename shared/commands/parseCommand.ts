import { formatPath } from "../validation/problems";
import { Command, type CommandError } from "./commands";

/** Validates an untrusted command; the error names every wrong field and what was wrong with it. */
export function parseCommand(
  input: unknown,
): { ok: true; command: Command } | { ok: false; error: CommandError } {
  const parsed = Command.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issues = parsed.error.issues;
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: "invalid",
      message: issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; "),
      ...(first ? { field: formatPath(first.path) } : {}),
    },
  };
}
