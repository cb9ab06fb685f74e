/** A problem found in an input, located precisely enough that a person can fix it. */
export interface Problem {
  severity: "error" | "warning";
  /** Where it is: `sessions[3].roomId`, or `line 12` for line-based inputs. */
  path: string;
  message: string;
  /** The offending value, when there is one worth quoting. */
  value?: unknown;
}

export type PathSegment = string | number | symbol;

/** `["sessions", 3, "roomId"]` → `sessions[3].roomId` */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "(root)" : out;
}

function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `sessions[3].roomId: unknown room "hall-9"` */
export function formatProblem(problem: Problem): string {
  const suffix = problem.value === undefined ? "" : ` ${quote(problem.value)}`;
  return `${problem.path}: ${problem.message}${suffix}`;
}
