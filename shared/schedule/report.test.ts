import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatImportProblem,
  listOrigins,
  PROBLEM_KINDS,
  ProblemLog,
  sortProblems,
  summarizeProblems,
} from "./report";

describe("the import report", () => {
  it("prints where, how bad, what and how to fix it", () => {
    const log = new ProblemLog();
    log.error(
      "unknown-room",
      { file: "sessions.csv", line: 4, path: "room_id" },
      'unknown room "hall-9"',
      "add it",
    );
    expect(formatImportProblem(log.problems[0]!)).toBe(
      'sessions.csv:4: error [unknown-room] room_id: unknown room "hall-9"\n  hint: add it',
    );
  });

  it("sorts errors first and counts each severity", () => {
    const log = new ProblemLog();
    log.info("defaulted", { file: "b.csv" }, "note", "h");
    log.warning("past-midnight", { file: "a.csv", line: 9 }, "late", "h");
    log.error("overlap", { file: "a.csv", line: 3 }, "clash", "h");
    expect(sortProblems(log.problems).map((p) => p.severity)).toEqual(["error", "warning", "info"]);
    expect(summarizeProblems(log.problems)).toBe("1 error, 1 warning, 1 note");
  });

  it("lists many places briefly", () => {
    const origins = [2, 3, 5, 8, 9, 12, 15].map((line) => ({ file: "f", line }));
    expect(listOrigins(origins)).toBe("lines 2, 3, 5, 8, 9 and 2 more");
  });
});

describe("docs/schedules.md", () => {
  it("shows every kind of problem", () => {
    const docs = readFileSync(resolve(import.meta.dirname, "../../docs/schedules.md"), "utf8");
    for (const kind of PROBLEM_KINDS) expect(docs, kind).toContain(`| \`${kind}\` |`);
  });
});
