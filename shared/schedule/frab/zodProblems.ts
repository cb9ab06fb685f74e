import type { z } from "zod";
import type { ProblemLog } from "../report";
import type { FrabLocator } from "./frabLocator";
import type { PathSegment } from "./jsonPaths";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Each schema issue as a problem at its place in the file: a missing field, or a value of the wrong kind. */
export function reportIssues(
  error: z.ZodError,
  raw: unknown,
  base: readonly PathSegment[],
  locator: FrabLocator,
  log: ProblemLog,
): void {
  for (const issue of error.issues) {
    const path = [...base, ...issue.path.filter((k): k is string | number => typeof k !== "symbol")];
    const value = valueAt(raw, issue.path);
    const field = String(issue.path.at(-1) ?? base.at(-1) ?? "value");
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
      log.error(
        "missing-field",
        locator.at(path),
        `required field "${field}" is missing or empty`,
        `give "${field}" a value in the conference system and export again`,
      );
    else
      log.error(
        "invalid-value",
        locator.at(path),
        `${issue.message} (${JSON.stringify(value).slice(0, 60)})`,
        `correct "${field}" in the conference system and export again`,
      );
  }
}
