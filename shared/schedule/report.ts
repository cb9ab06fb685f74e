/**
 * The report every import produces: each problem says where it is (file, line, path or column), what is
 * wrong and how to fix it. Errors stop an import; warnings and notes (info) do not.
 */
export type Severity = "error" | "warning" | "info";

/** Every kind of problem an import can report; docs/schedules.md shows an example of each. */
export const PROBLEM_KINDS = [
  "unreadable",
  "not-a-schedule",
  "missing-field",
  "invalid-value",
  "unknown-column",
  "unknown-room",
  "unknown-floor",
  "room-mismatch",
  "unknown-speaker",
  "unknown-language",
  "unknown-time-zone",
  "duplicate-id",
  "duplicate-guid",
  "end-before-start",
  "overlap",
  "offset-differs",
  "start-mismatch",
  "past-midnight",
  "zone-differs",
  "days-extended",
  "missing-chinese",
  "defaulted",
  "placeholder",
  "matched-by-name",
  "dropped-assignment",
  "event-check",
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Where something came from: a file, and a line and path (JSON/XML) or column (CSV) in it when known. */
export interface Origin {
  file: string;
  /** 1-based; in CSV files the header is line 1. */
  line?: number;
  /** `schedule.conference.days[2].rooms["Saal 1"][3].start`, `/schedule/day[3]/...` or a CSV column. */
  path?: string;
}

export interface ImportProblem extends Origin {
  severity: Severity;
  kind: ProblemKind;
  message: string;
  hint: string;
}

/** Collects problems in the order they are found. */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];

  add(severity: Severity, kind: ProblemKind, at: Origin, message: string, hint: string): void {
    this.problems.push({ severity, kind, ...at, message, hint });
  }
  error(kind: ProblemKind, at: Origin, message: string, hint: string): void {
    this.add("error", kind, at, message, hint);
  }
  warning(kind: ProblemKind, at: Origin, message: string, hint: string): void {
    this.add("warning", kind, at, message, hint);
  }
  info(kind: ProblemKind, at: Origin, message: string, hint: string): void {
    this.add("info", kind, at, message, hint);
  }
}

export const hasErrors = (problems: readonly ImportProblem[]) => problems.some((p) => p.severity === "error");

/** Origins like `line 3, 4, 9 and 12 more`, for one note about many items of the same file. */
export function listOrigins(origins: readonly Origin[], shown = 5): string {
  const places = origins.map((o) => (o.line !== undefined ? String(o.line) : (o.path ?? o.file)));
  const head = places.slice(0, shown).join(", ");
  const more = places.length > shown ? ` and ${places.length - shown} more` : "";
  const lines = origins.every((o) => o.line !== undefined);
  return `${lines ? (places.length === 1 ? "line " : "lines ") : ""}${head}${more}`;
}

/** `sessions.csv:4: error [unknown-room] room_id: unknown room "hall-9"` and an indented hint line. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const path = problem.path === undefined ? "" : `${problem.path}: `;
  return `${where}: ${problem.severity} [${problem.kind}] ${path}${problem.message}\n  hint: ${problem.hint}`;
}

export function countProblems(problems: readonly ImportProblem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `2 errors, 1 warning, 3 notes` */
export function summarizeProblems(problems: readonly ImportProblem[]): string {
  const counts = countProblems(problems);
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`;
}

/** Errors first, then warnings, then notes; within each, by file and line. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...problems].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
