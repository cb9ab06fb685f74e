import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { csvFixture } from "../../../tests/fixtures/schedules";
import { completeImport } from "../completeImport";
import { CSV_COLUMNS, CSV_TABLES, type CsvTable } from "./columns";
import { importCsv } from "./importCsv";
import { detectCsvTable } from "./readCsv";

const TEMPLATES = resolve(import.meta.dirname, "../../../events/templates");

describe("importCsv: a clean set", () => {
  const result = importCsv(csvFixture("clean"));
  const { schedule } = result;

  it("reads every table without a problem", () => {
    expect(result.problems).toEqual([]);
    expect(schedule.conference).toMatchObject({
      id: "pearl-river-forum-2025",
      timeZone: "Asia/Shanghai",
      days: ["2025-11-10", "2025-11-11"],
      organiser: { en: "Pearl River Urban Forum Secretariat", zh: "珠江城市论坛秘书处" },
    });
    expect(
      [schedule.rooms, schedule.sessions, schedule.speakers, schedule.interpreters].map((l) => l?.length),
    ).toEqual([3, 8, 5, 4]);
  });

  it("reads quoted values, local times, languages and speakers with role and mode", () => {
    const keynote = schedule.sessions?.find((s) => s.id === "keynote-resilience");
    expect(keynote).toMatchObject({
      title: { en: "Keynote: rivers, cities and resilience", zh: "主旨演讲：河流、城市与韧性" },
      start: "2025-11-10T10:15:00+08:00",
      end: "2025-11-10T11:00:00+08:00",
      languages: ["en", "zh"],
      topic: "resilience",
      speakers: [{ personId: "kofi-boateng", role: "keynote", mode: "in-person" }],
    });
    expect(keynote?.fields.roomId).toEqual({ file: "sessions.csv", line: 3, path: "room_id" });
    expect(schedule.sessions?.find((s) => s.id === "youth-forum")?.title.en).toBe(
      'Youth forum: "the cities we want"',
    );
    expect(schedule.interpreters?.find((p) => p.id === "pierre-durand")).toMatchObject({
      languages: { a: ["fr"], b: ["en"], c: ["zh"] },
      remote: true,
    });
  });

  it("becomes a valid event, rooms on the floors they name", () => {
    const outcome = completeImport(result);
    expect(outcome.ok).toBe(true);
    expect(outcome.event?.venue.floors.map((f) => f.id)).toEqual(["floor-1", "floor-2"]);
    expect(outcome.event?.venue.name).toEqual({ en: "Riverside Congress Center", "zh-CN": "滨江会议中心" });
    expect(outcome.event?.languages.map((l) => l.code)).toEqual(["zh", "en", "fr"]);
    expect(outcome.problems.map((p) => [p.severity, p.kind])).toEqual([
      ["warning", "placeholder"],
      ["warning", "placeholder"],
    ]);
  });
});

describe("importCsv: a set with mistakes", () => {
  const outcome = completeImport(importCsv(csvFixture("mistakes")));
  const found = outcome.problems.map((p) => [p.file, p.line, p.severity, p.kind, p.path]);

  it("is refused, and nothing comes out", () => {
    expect(outcome.ok).toBe(false);
    expect(outcome.event).toBeUndefined();
  });

  it("says what is wrong on which line and in which column, each with a hint", () => {
    expect(found).toEqual(
      expect.arrayContaining([
        ["rooms.csv", 1, "warning", "unknown-column", "colour"],
        ["rooms.csv", 3, "error", "invalid-value", "id"],
        ["rooms.csv", 4, "error", "missing-field", "name_en"],
        ["rooms.csv", 5, "error", "invalid-value", "type"],
        ["rooms.csv", 5, "error", "invalid-value", "capacity"],
        ["sessions.csv", 3, "error", "unknown-room", "room_id"],
        ["sessions.csv", 4, "error", "end-before-start", "end"],
        ["sessions.csv", 5, "error", "overlap", "start"],
        ["sessions.csv", 6, "error", "duplicate-id", "id"],
        ["sessions.csv", 7, "error", "unknown-language", "languages"],
        ["sessions.csv", 8, "error", "missing-field", "title_en"],
        ["sessions.csv", 9, "error", "missing-field", "room_id"],
        ["sessions.csv", 10, "error", "invalid-value", "start"],
        ["sessions.csv", 11, "error", "invalid-value", "kind"],
        ["sessions.csv", 12, "error", "unknown-speaker", "speakers"],
        ["sessions.csv", 13, "warning", "past-midnight", "end"],
        ["sessions.csv", 14, "warning", "offset-differs", "start"],
        ["sessions.csv", 14, "warning", "offset-differs", "end"],
        ["sessions.csv", 15, "error", "invalid-value", "speakers"],
        ["sessions.csv", 16, "error", "invalid-value", undefined],
        ["speakers.csv", 3, "error", "invalid-value", "country"],
        ["speakers.csv", 4, "error", "unknown-time-zone", "time_zone"],
        ["speakers.csv", 5, "error", "missing-field", "organisation"],
        ["interpreters.csv", 3, "error", "unknown-language", "a_languages"],
        ["interpreters.csv", 4, "error", "invalid-value", "remote"],
        ["interpreters.csv", 5, "error", "missing-field", "id"],
      ]),
    );
    expect(found).toHaveLength(26);
    for (const problem of outcome.problems) expect(problem.hint.length).toBeGreaterThan(5);
  });

  it("words each message so that it can be acted on", () => {
    const message = (line: number, kind: string) =>
      outcome.problems.find((p) => p.file === "sessions.csv" && p.line === line && p.kind === kind)?.message;
    expect(message(3, "unknown-room")).toBe('unknown room "hall-9"');
    expect(message(5, "overlap")).toContain(
      'overlaps "opening" (line 2, 2025-11-10 09:00 to 2025-11-10 10:00)',
    );
    expect(message(6, "duplicate-id")).toBe('session id "opening" is already used at line 2');
    expect(message(14, "offset-differs")).toContain(
      "kept as the same instant: 2025-11-11 18:00 in Asia/Shanghai",
    );
    const id = outcome.problems.find((p) => p.file === "rooms.csv" && p.line === 3);
    expect(id?.hint).toBe('write it as "meeting-room-b"');
  });
});

describe("importCsv: headers, files and formats", () => {
  it("needs the required columns, naming each", () => {
    const { problems } = importCsv(csvFixture("missing-column"), { timeZone: "Asia/Shanghai" });
    expect(problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [1, "room_id", 'required column "room_id" is missing from the header'],
      [1, "title_en / title_zh", "the header needs one of the columns title_en, title_zh"],
    ]);
  });

  it("needs a time zone for session times: event.csv or the event merged into", () => {
    const { sessions } = csvFixture("clean");
    const alone = importCsv({ sessions });
    expect(alone.problems.map((p) => [p.kind, p.message])).toEqual([
      ["missing-field", "no time zone to read the session times in"],
    ]);
    expect(importCsv({ sessions }, { timeZone: "Asia/Shanghai" }).problems).toEqual([]);
  });

  it("reads semicolons, a byte order mark, CRLF, and counts lines inside quoted values", () => {
    const text =
      '\uFEFFid;title_en;room_id;start;end;languages\r\nfirst;"A title\r\non two lines";hall;2025-11-10 09:00;2025-11-10 10:00;en\r\n' +
      "second;Second;hall;2025-11-10 11:00;2025-11-10 10:00;en\r\n";
    const result = importCsv({ sessions: { name: "s.csv", text } }, { timeZone: "Asia/Shanghai" });
    expect(result.schedule.sessions?.map((s) => [s.id, s.origin.line])).toEqual([
      ["first", 2],
      ["second", 4],
    ]);
    expect(result.schedule.sessions?.[0]?.title.en).toBe("A title\r\non two lines");
  });

  it("refuses a floor the event merged into does not have", () => {
    const into = completeImport(importCsv(csvFixture("clean"))).event!;
    const outcome = completeImport(
      importCsv(csvFixture("unknown-floor"), { timeZone: into.event.timeZone }),
      {
        event: into,
        label: "clean.json",
      },
    );
    expect(outcome.problems.map((p) => [p.severity, p.kind, p.file, p.line, p.path, p.message])).toEqual([
      ["error", "unknown-floor", "rooms.csv", 2, "floor_id", 'unknown floor "floor-9"'],
    ]);
  });

  it("reads times in event.csv's zone and writes them in the zone of the event merged into, with a warning", () => {
    const { schedule, problems } = importCsv(csvFixture("clean"), { timeZone: "Europe/Berlin" });
    expect(problems.map((p) => [p.kind, p.file, p.line, p.path])).toEqual([
      ["zone-differs", "event.csv", 2, "time_zone"],
    ]);
    // 09:00 in Guangzhou is 02:00 in Berlin.
    expect(schedule.sessions?.[0]?.start).toBe("2025-11-10T02:00:00+01:00");
  });

  it("tells a table by its header", () => {
    expect(detectCsvTable("ID,Title EN,Room ID,Start,End,Languages\n")).toBe("sessions");
    expect(detectCsvTable("id,name,organisation,city,country\n")).toBe("speakers");
    expect(detectCsvTable("what,ever\n")).toBeUndefined();
  });
});

describe("the CSV templates", () => {
  const read = (table: CsvTable) => readFileSync(resolve(TEMPLATES, `${table}.csv`), "utf8");

  it("have the documented columns and one example row each", () => {
    for (const table of CSV_TABLES) {
      const [header, example, ...rest] = read(table)
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split(/\r?\n/);
      expect(header).toBe(CSV_COLUMNS[table].map((c) => c.name).join(","));
      expect(example).toBe(CSV_COLUMNS[table].map((c) => c.example).join(","));
      expect(rest).toEqual([]);
    }
  });

  it("import, filled in as they are, into a valid event", () => {
    const files = Object.fromEntries(CSV_TABLES.map((t) => [t, { name: `${t}.csv`, text: read(t) }]));
    const result = importCsv(files);
    expect(result.problems).toEqual([]);
    const outcome = completeImport(result);
    expect(outcome.ok).toBe(true);
    expect(outcome.event?.sessions[0]?.speakers).toEqual([
      { personId: "maria-silva", role: "keynote", mode: "remote" },
    ]);
  });
});
