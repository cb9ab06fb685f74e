import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { EventFile } from "../model/eventFile";
import { completeImport } from "./completeImport";
import type { ImportedSession } from "./importedSchedule";

const into = () => {
  const input = miniEvent();
  input.assignments = [{ sessionId: "opening", boothId: "hall-zh", interpreterIds: ["li"] }];
  return { event: EventFile.parse(input), label: "mini.json" };
};
const session = (id: string, line: number, start: string, end: string): ImportedSession => ({
  id,
  origin: { file: "sessions.csv", line },
  fields: { start: { file: "sessions.csv", line, path: "start" } },
  title: { en: id },
  roomId: "hall",
  start,
  end,
  languages: ["zh"],
});

describe("completeImport", () => {
  it("stops at the import's own errors: no event and no merge", () => {
    const outcome = completeImport(
      {
        schedule: {
          format: "csv",
          sessions: [
            session("a", 2, "2021-11-08T09:00:00+08:00", "2021-11-08T10:00:00+08:00"),
            session("b", 3, "2021-11-08T09:30:00+08:00", "2021-11-08T10:30:00+08:00"),
          ],
        },
        problems: [],
      },
      into(),
    );
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.event).toBeUndefined();
    expect(outcome.merge).toBeUndefined();
    expect(outcome.problems.map((p) => [p.kind, p.line, p.path])).toEqual([["overlap", 3, "start"]]);
  });

  it("puts the event file's own problems where the offending item came from", () => {
    const outcome = completeImport(
      {
        schedule: {
          format: "csv",
          sessions: [session("Not A Slug", 7, "2021-11-08T09:00:00+08:00", "2021-11-08T10:00:00+08:00")],
        },
        problems: [],
      },
      into(),
    );
    expect(outcome.ok).toBe(false);
    const checks = outcome.problems.filter((p) => p.kind === "event-check");
    expect(checks.map((p) => [p.kind, p.file, p.line, p.path])).toEqual([
      ["event-check", "sessions.csv", 7, "sessions[0].id"],
    ]);
  });

  it("names the event file for problems in what it already had", () => {
    const outcome = completeImport(
      {
        schedule: {
          format: "csv",
          interpreters: [
            {
              id: "li",
              origin: { file: "interpreters.csv", line: 2 },
              name: "Li",
              languages: { a: ["fr"], b: [] },
            },
          ],
        },
        problems: [],
      },
      into(),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.map((p) => [p.kind, p.file, p.path, p.message])).toEqual([
      [
        "event-check",
        "mini.json",
        "assignments[0].interpreterIds[0]",
        'does not work into "zh" (A or B language) "li"',
      ],
    ]);
  });

  it("needs the event's name and zone to make a new event", () => {
    const outcome = completeImport({ schedule: { format: "csv", rooms: [] }, problems: [] });
    expect(outcome.problems.map((p) => [p.severity, p.kind])).toEqual([["error", "missing-field"]]);
    expect(outcome.problems[0]?.hint).toContain("event.csv");
  });

  it("returns the merged, validated event with what changed", () => {
    const outcome = completeImport(
      {
        schedule: {
          format: "csv",
          sessions: [session("opening", 2, "2021-11-08T09:00:00+08:00", "2021-11-08T10:00:00+08:00")],
        },
        problems: [],
      },
      into(),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.merge?.changed).toEqual([
      { collection: "sessions", id: "opening", fields: ["title.en", "end", "languages"] },
    ]);
    expect(outcome.merge?.removed).toEqual([{ collection: "sessions", id: "webinar" }]);
    expect(outcome.event?.sessions.map((s) => s.id)).toEqual(["opening"]);
  });
});
