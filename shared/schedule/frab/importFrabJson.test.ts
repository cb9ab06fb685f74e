import { describe, expect, it } from "vitest";
import { lineOf, readFixture } from "../../../tests/fixtures/schedules";
import { completeImport } from "../completeImport";
import type { ImportProblem } from "../report";
import { importFrabJson } from "./importFrabJson";

const SCHEDULE = readFixture("frab", "schedule.json");
const ERRORS = readFixture("frab", "errors.json");
const of = (problems: ImportProblem[], kind: ImportProblem["kind"]) =>
  problems.filter((p) => p.kind === kind);

describe("importFrabJson: a pretalx schedule.json", () => {
  const { schedule, problems } = importFrabJson(SCHEDULE, "schedule.json");
  const session = (id: string) => schedule.sessions?.find((s) => s.id === id);

  it("reads every event of every day and room, with the conference's meta", () => {
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(schedule.sessions).toHaveLength(18);
    expect(schedule.conference).toMatchObject({
      id: "eodd24",
      name: { en: "Elbe Open Data Days 2024" },
      timeZone: "Europe/Berlin",
      days: ["2024-10-25", "2024-10-26", "2024-10-27"],
    });
    expect(schedule.rooms?.map((r) => [r.id, r.capacity])).toEqual([
      ["saal-elbe", 400],
      ["raum-alster", 120],
      ["werkstatt", 40],
    ]);
  });

  it("keeps each event's true instant, in the conference's zone across the end of summer time", () => {
    expect(session("3101")).toMatchObject({
      start: "2024-10-25T10:00:00+02:00",
      end: "2024-10-25T10:30:00+02:00",
    });
    expect(session("3116")).toMatchObject({
      start: "2024-10-27T10:00:00+01:00",
      end: "2024-10-27T11:00:00+01:00",
    });
    // 09:00 UTC written by a hand-edited export is 11:00 in Hamburg.
    expect(session("3111")?.start).toBe("2024-10-26T11:00:00+02:00");
    // Listed on day 2, on the 27th by the calendar.
    expect(session("3113")?.start).toBe("2024-10-27T00:30:00+02:00");
    // "2:00:00" (H:MM:SS) is two hours.
    expect(session("3115")?.end).toBe("2024-10-26T12:00:00+02:00");
  });

  it("reports the other offset, the day past midnight, the repeated id and guid, each with path and line", () => {
    const warnings = problems.filter((p) => p.severity === "warning");
    expect(warnings.map((p) => [p.kind, p.path, p.line])).toEqual([
      [
        "offset-differs",
        'schedule.conference.days[1].rooms["Saal Elbe"][1].date',
        lineOf(SCHEDULE, '"2024-10-26T09:00:00+00:00"'),
      ],
      [
        "past-midnight",
        'schedule.conference.days[1].rooms["Saal Elbe"][3].date',
        lineOf(SCHEDULE, '"date": "2024-10-27T00:30:00+02:00"'),
      ],
      [
        "duplicate-id",
        'schedule.conference.days[2].rooms["Raum Alster"][0].id',
        lineOf(SCHEDULE, '"id": 3107', 2),
      ],
      [
        "duplicate-guid",
        "schedule.conference.days[2].rooms.Werkstatt[0].guid",
        lineOf(SCHEDULE, '"guid": "5e3c0a2b-7f41-4c9e-8d2a-000000000003"', 2),
      ],
    ]);
    expect(of(problems, "offset-differs")[0]?.message).toContain("2024-10-26 11:00 in Europe/Berlin");
    expect(of(problems, "past-midnight")[0]?.message).toContain("day 2 (2024-10-26)");
    expect(of(problems, "duplicate-guid")[0]?.message).toContain("event 3103");
    for (const warning of warnings) expect(warning.hint).not.toBe("");
  });

  it("imports a talk scheduled twice and two events that share a guid, each under its own id", () => {
    expect(session("3107")?.start).toBe("2024-10-26T14:00:00+02:00");
    expect(session("3107-2")?.start).toBe("2024-10-27T10:00:00+01:00");
    expect(session("3103")?.title).toEqual({ en: "Tide gauges as open data" });
    expect(session("3118")?.title).toEqual({ zh: "城市开放数据：广州的经验" });
  });

  it("maps types to kinds only where they say so, and says how in one note", () => {
    expect(session("3104")?.kind).toBe("hybrid");
    expect(session("3108")?.kind).toBe("exhibition");
    expect(session("3114")?.kind).toBe("online");
    expect(session("3101")?.kind).toBeUndefined();
    const [note] = of(problems, "defaulted");
    expect(note?.message).toContain('"Hybrid panel" → hybrid');
    expect(note?.message).toContain('"Talk" (6)');
  });

  it("takes languages as floor languages, tracks as topics, persons as speakers", () => {
    expect(session("3118")).toMatchObject({
      languages: ["zh"],
      floorLanguageOnly: true,
      topic: "civic-data",
    });
    expect(session("3112")?.topic).toBeNull();
    expect(session("3104")?.speakers).toEqual([
      { personId: "sofia-lindqvist" },
      { personId: "kwame-mensah" },
      { personId: "amara-okafor" },
    ]);
    expect(schedule.speakers?.map((s) => s.id)).toContain("tobias-kruger");
    expect(schedule.speakers).toHaveLength(10);
  });

  it("becomes a valid new event whose days cover the night after day 2", () => {
    const outcome = completeImport({ schedule, problems });
    expect(outcome.ok).toBe(true);
    expect(outcome.event?.event).toMatchObject({
      id: "eodd24",
      timeZone: "Europe/Berlin",
      days: ["2024-10-25", "2024-10-26", "2024-10-27"],
    });
    expect(outcome.event?.sessions.find((s) => s.id === "3104")?.speakers[0]).toEqual({
      personId: "sofia-lindqvist",
      role: "speaker",
      mode: "in-person",
    });
    expect(outcome.event?.sessions.find((s) => s.id === "3114")?.speakers[0]?.mode).toBe("remote");
    expect(
      outcome.problems.some((p) => p.kind === "placeholder" && p.message.includes("10 new speakers")),
    ).toBe(true);
  });
});

describe("importFrabJson: problems", () => {
  const { problems } = importFrabJson(ERRORS, "errors.json");
  const at = (kind: ImportProblem["kind"]) => of(problems, kind).map((p) => [p.severity, p.path, p.line]);
  const event = (n: number) => `schedule.conference.days[0].rooms["Hall A"][${n}]`;

  it("names the missing field, the unreadable duration, the unknown language and the mismatched room", () => {
    // A missing field has no line of its own: the report gives its event's.
    const third = lineOf(ERRORS, '"guid": "0c2d4e6f-8a1b-4c3d-9e5f-000000000003"') - 1;
    expect(at("missing-field")).toEqual([["error", `${event(2)}.title`, third]]);
    expect(at("invalid-value")).toEqual([["error", `${event(3)}.duration`, lineOf(ERRORS, '"1h30"')]]);
    expect(at("unknown-language")).toEqual([
      ["error", `${event(4)}.language`, lineOf(ERRORS, '"language": "xx"')],
    ]);
    expect(at("room-mismatch")).toEqual([["error", `${event(6)}.room`, lineOf(ERRORS, '"room": "Hall B"')]]);
  });

  it("refuses a room the conference does not list, and an id and guid listed twice at different times", () => {
    expect(at("unknown-room")).toEqual([
      ["error", 'schedule.conference.days[0].rooms["Hall C"]', lineOf(ERRORS, '"Hall C": [')],
    ]);
    expect(at("duplicate-id")).toEqual([["error", `${event(8)}.id`, lineOf(ERRORS, '"id": 8,', 2)]]);
    expect(of(problems, "duplicate-id")[0]?.message).toContain(`also at line ${lineOf(ERRORS, '"id": 8,')}`);
  });

  it("warns when an event's start disagrees with its date, and keeps the date's instant", () => {
    const hallB = 'schedule.conference.days[0].rooms["Hall B"][0]';
    expect(at("start-mismatch")).toEqual([["warning", `${hallB}.start`, lineOf(ERRORS, '"start": "17:30"')]]);
    expect(of(problems, "start-mismatch")[0]?.message).toBe(
      'start "17:30" differs from the time in date (17:00 in Europe/Berlin); the date is used',
    );
  });

  it("finds the overlap and the zero-length event once the events are read", () => {
    const outcome = completeImport(importFrabJson(ERRORS, "errors.json"));
    expect(outcome.ok).toBe(false);
    expect(outcome.event).toBeUndefined();
    const found = (kind: ImportProblem["kind"]) => of(outcome.problems, kind).map((p) => [p.path, p.line]);
    expect(found("overlap")).toEqual([[`${event(1)}.date`, lineOf(ERRORS, '"2024-06-12T09:30:00+02:00"')]]);
    expect(found("end-before-start")).toEqual([
      [`${event(5)}.duration`, lineOf(ERRORS, '"duration": "00:00"')],
    ]);
  });

  it("needs a time zone unless the event merged into gives one", () => {
    const text = readFixture("frab", "no-time-zone.json");
    const alone = importFrabJson(text, "no-time-zone.json");
    expect(alone.problems.map((p) => [p.severity, p.kind, p.path])).toEqual([
      ["error", "missing-field", "schedule.conference.time_zone_name"],
    ]);
    const merged = importFrabJson(text, "no-time-zone.json", { timeZone: "Europe/Berlin" });
    expect(merged.problems.map((p) => p.severity)).toEqual(["info", "info"]);
    expect(merged.schedule.sessions?.[0]?.start).toBe("2024-06-12T09:00:00+02:00");
  });

  it("refuses a zone that does not exist, a file that is not a schedule, and JSON that is not JSON", () => {
    const zone = importFrabJson(readFixture("frab", "unknown-time-zone.json"), "z.json").problems;
    expect(zone.map((p) => [p.kind, p.message])).toEqual([
      ["unknown-time-zone", 'unknown time zone "Europe/Hamburg"'],
    ]);
    const other = importFrabJson(readFixture("frab", "not-a-schedule.json"), "event.json").problems;
    expect(other.map((p) => p.kind)).toEqual(["not-a-schedule"]);
    const broken = readFixture("frab", "broken-json.txt");
    const bad = importFrabJson(broken, "broken.json").problems;
    expect(bad.map((p) => [p.kind, p.line])).toEqual([["unreadable", lineOf(broken, '"time_zone_name"')]]);
  });

  it("writes instants in the zone of the event merged into, and warns that the zones differ", () => {
    const { schedule, problems: found } = importFrabJson(SCHEDULE, "schedule.json", {
      timeZone: "Asia/Shanghai",
    });
    expect(schedule.sessions?.find((s) => s.id === "3101")?.start).toBe("2024-10-25T16:00:00+08:00");
    expect(of(found, "zone-differs").map((p) => p.path)).toEqual(["schedule.conference.time_zone_name"]);
  });
});
