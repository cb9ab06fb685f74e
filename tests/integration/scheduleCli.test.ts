import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EventFile } from "../../shared/model/eventFile";
import { fixturePath } from "../fixtures/schedules";
import { runCli, tempDataDir } from "./support/hubProcess";

const BUNDLED = resolve(import.meta.dirname, "../../events/gmf-2021.json");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const sessionsOf = (file: string) =>
  (readJson(file).sessions as { id: string; start: string; end: string; roomId: string }[]).map(
    ({ id, start, end, roomId }) => ({ id, start, end, roomId }),
  );

/** A new event made from the clean CSV set, for the merge tests. */
async function cleanEvent(dir: string): Promise<string> {
  const file = join(dir, "clean.json");
  const { code } = await runCli(["import", "csv", fixturePath("csv", "clean"), "--out", file]);
  expect(code).toBe(0);
  return file;
}

describe("venue-ops import", () => {
  it("imports a pretalx schedule.json into a new event that validate accepts, with a faithful report", async () => {
    const out = join(tempDataDir(), "eodd24.json");
    const { code, stdout } = await runCli([
      "import",
      "frab-json",
      fixturePath("frab", "schedule.json"),
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /schedule\.json:\d+: warning \[offset-differs\] schedule\.conference\.days\[1\]\.rooms\["Saal Elbe"\]\[1\]\.date: /,
    );
    expect(stdout).toMatch(/schedule\.json:\d+: warning \[past-midnight\] /);
    expect(stdout).toMatch(/schedule\.json:\d+: warning \[duplicate-guid\] /);
    expect(stdout).toMatch(
      /imported as new event "eodd24" \(18 sessions, 3 rooms, 10 speakers, 0 interpreters\); 0 errors/,
    );
    const validate = await runCli(["validate", out]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/valid \(Elbe Open Data Days 2024; 3 days, 18 sessions/);
  });

  it("imports the schedule.xml twin to the same sessions", async () => {
    const dir = tempDataDir();
    await runCli([
      "import",
      "frab-json",
      fixturePath("frab", "schedule.json"),
      "--out",
      join(dir, "json.json"),
    ]);
    const { code } = await runCli([
      "import",
      "frab-xml",
      fixturePath("frab", "schedule.xml"),
      "--out",
      join(dir, "xml.json"),
    ]);
    expect(code).toBe(0);
    expect(sessionsOf(join(dir, "xml.json"))).toEqual(sessionsOf(join(dir, "json.json")));
  });

  it("refuses a CSV set with mistakes: exit 1, every problem with file, line and column, nothing written", async () => {
    const out = join(tempDataDir(), "never.json");
    const { code, stdout } = await runCli(["import", "csv", fixturePath("csv", "mistakes"), "--out", out]);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(stdout).toContain('sessions.csv:3: error [unknown-room] room_id: unknown room "hall-9"');
    expect(stdout).toContain("sessions.csv:4: error [end-before-start] end: ");
    expect(stdout).toContain("sessions.csv:5: error [overlap] start: ");
    expect(stdout).toContain(
      'sessions.csv:7: error [unknown-language] languages: unknown language code "xx"',
    );
    expect(stdout).toContain("sessions.csv:9: error [missing-field] room_id: room_id is empty");
    expect(stdout).toContain("  hint: ");
    expect(stdout).toMatch(/mistakes: 22 errors, 4 warnings, 0 notes; nothing written/);
  });

  it("refuses a frab schedule with errors and an unreadable one, writing nothing", async () => {
    const out = join(tempDataDir(), "never.json");
    const errors = await runCli(["import", "frab-json", fixturePath("frab", "errors.json"), "--out", out]);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toMatch(/errors\.json:\d+: error \[duplicate-id\] /);
    const broken = await runCli(["import", "frab-xml", fixturePath("frab", "broken.xml"), "--out", out]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("broken.xml:15: error [unreadable] not well-formed XML");
    const missing = await runCli(["import", "frab-json", "/nonexistent/schedule.json", "--out", out]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/cannot read \/nonexistent\/schedule\.json/);
    expect(existsSync(out)).toBe(false);
  });

  it("--dry-run prints the report and what would change, and writes nothing", async () => {
    const out = join(tempDataDir(), "dry.json");
    const { code, stdout } = await runCli([
      "import",
      "csv",
      fixturePath("csv", "clean"),
      "--out",
      out,
      "--dry-run",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("added sessions (8): opening, keynote-resilience");
    expect(stdout).toMatch(/dry run, nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it("--into merges by id, reports what is added, changed and removed, and leaves EVENT as it was", async () => {
    const dir = tempDataDir();
    const event = await cleanEvent(dir);
    const before = readFileSync(event, "utf8");
    const out = join(dir, "merged.json");
    const update = fixturePath("csv", "update", "sessions.csv");
    const { code, stdout } = await runCli(["import", "csv", update, "--into", event, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("added sessions (1): press-briefing");
    expect(stdout).toContain("changed sessions (2): opening (start, end), panel-housing (roomId)");
    expect(stdout).toContain("removed sessions (1): studio-interview");
    expect(readFileSync(event, "utf8")).toBe(before);
    const merged = readJson(out);
    expect(merged.venue).toEqual(readJson(event).venue);
    expect(merged.sessions.find((s: { id: string }) => s.id === "opening").start).toBe(
      "2025-11-10T09:30:00+08:00",
    );
    expect((await runCli(["validate", out])).code).toBe(0);
  });

  it("a single sessions.csv needs --into; a CSV missing columns is refused naming them", async () => {
    const single = await runCli(["import", "csv", fixturePath("csv", "clean", "sessions.csv"), "--dry-run"]);
    expect(single.code).toBe(1);
    expect(single.stdout).toContain("no time zone to read the session times in");
    const dir = tempDataDir();
    const event = await cleanEvent(dir);
    const missing = fixturePath("csv", "missing-column", "sessions.csv");
    const columns = await runCli(["import", "csv", missing, "--into", event, "--dry-run"]);
    expect(columns.code).toBe(1);
    expect(columns.stdout).toContain(
      'sessions.csv:1: error [missing-field] room_id: required column "room_id" is missing',
    );
  });

  it("without --out writes the event to stdout and the report to stderr", async () => {
    const { code, stdout, stderr } = await runCli(["import", "csv", fixturePath("csv", "clean")]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).event.id).toBe("pearl-river-forum-2025");
    expect(stderr).toMatch(/written to stdout/);
  });

  it("refuses an unknown format with the usage (exit 2) and an invalid --into event (exit 1)", async () => {
    const wrong = await runCli(["import", "ics", "x.ics"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("import needs a FORMAT: frab-json, frab-xml, csv");
    expect(wrong.stderr).toContain("Usage: venue-ops");
    const schedule = fixturePath("frab", "schedule.json");
    const bad = await runCli(["import", "frab-json", schedule, "--into", schedule, "--dry-run"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("not a valid event file to import into; nothing written");
  });
});

describe("venue-ops export", () => {
  it("exports the bundled event's programme as iCalendar with its zone, to a file", async () => {
    const out = join(tempDataDir(), "gmf.ics");
    const { code, stderr } = await runCli(["export", "ical", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai");
    expect(text).toContain("DTSTART;TZID=Asia/Shanghai:20211108T093000");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(24);
  });

  it("exports one room, and refuses a room the event does not have", async () => {
    const room = await runCli(["export", "ical", "--room", "plenary"]);
    expect(room.code).toBe(0);
    expect(room.stdout).toContain("X-WR-CALNAME:2021 Global Mayors' Forum Serial Events · Plenary Hall");
    const unknown = await runCli(["export", "ical", "--room", "hall-9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown room "hall-9"');
  });

  it("exports CSV to a folder that imports back into the event without a change", async () => {
    const dir = join(tempDataDir(), "csv");
    mkdirSync(dir);
    expect((await runCli(["export", "csv", "--out", dir])).code).toBe(0);
    expect(statSync(join(dir, "sessions.csv")).size).toBeGreaterThan(0);
    const { code, stdout } = await runCli(["import", "csv", dir, "--into", BUNDLED, "--dry-run"]);
    expect(code).toBe(0);
    expect(stdout).toContain("no changes");
  });

  it("exports the event file itself, and the programme as sessions.csv to stdout", async () => {
    const event = await runCli(["export", "event", "--event", BUNDLED]);
    expect(event.code).toBe(0);
    const exported = JSON.parse(event.stdout);
    // The file as the hub reads it: checked, with its defaults filled in.
    expect(exported).toEqual(EventFile.parse(readJson(BUNDLED)));
    const csv = await runCli(["export", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "\uFEFFid,title_en,title_zh,kind,room_id,start,end,languages,topic,speakers",
    );
  });
});
