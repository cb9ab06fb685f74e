import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../tests/fixtures/schedules";
import { EventFile } from "../../model/eventFile";
import { completeImport } from "../completeImport";
import { importFrabJson } from "../frab/importFrabJson";
import { exportICalendar } from "./icalExport";

const BUNDLED = EventFile.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../events/gmf-2021.json"), "utf8")),
);
const generatedAt = new Date("2021-11-01T00:00:00Z");
const options = { vtimezone: getVtimezoneComponent, generatedAt };

/** The calendar's content lines, unfolded (RFC 5545 folds lines at 75 octets). */
const lines = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n");

/** The VEVENT of one session, as its lines. */
function entry(text: string, sessionId: string): string[] {
  const all = lines(text);
  const start = all.findIndex((l) => l.startsWith(`UID:${sessionId}@`));
  return all.slice(start, all.indexOf("END:VEVENT", start));
}

describe("exportICalendar", () => {
  it("gives every session in the venue's zone, with that zone's VTIMEZONE", () => {
    const { text, withTimeZone } = exportICalendar(BUNDLED, options);
    const all = lines(text);
    expect(withTimeZone).toBe(true);
    expect(all.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(BUNDLED.sessions.length);
    expect(all).toContain("BEGIN:VTIMEZONE");
    expect(all).toContain("TZID:Asia/Shanghai");
    const opening = entry(text, "d1-opening-webinar");
    expect(opening).toContain("DTSTART;TZID=Asia/Shanghai:20211108T093000");
    expect(opening).toContain("DTEND;TZID=Asia/Shanghai:20211108T110000");
    expect(opening).toContain("SUMMARY:Opening webinar: cities moving forward together after COVID-19");
    expect(opening).toContain("LOCATION:Broadcast Studio A / 演播室A");
    // DTSTAMP is always UTC.
    expect(opening).toContain("DTSTAMP:20211101T000000Z");
  });

  it("gives the right local times on both sides of a change of summer time", () => {
    const frab = completeImport(importFrabJson(readFixture("frab", "schedule.json"), "schedule.json"));
    const { text } = exportICalendar(frab.event!, options);
    const all = lines(text);
    expect(all).toContain("TZID:Europe/Berlin");
    expect(all).toContain("BEGIN:DAYLIGHT");
    expect(all).toContain("BEGIN:STANDARD");
    expect(entry(text, "3111")).toContain("DTSTART;TZID=Europe/Berlin:20241026T110000");
    expect(entry(text, "3113")).toContain("DTSTART;TZID=Europe/Berlin:20241027T003000");
    expect(entry(text, "3116")).toContain("DTSTART;TZID=Europe/Berlin:20241027T100000");
  });

  it("exports one room alone", () => {
    const { text } = exportICalendar(BUNDLED, { ...options, roomId: "plenary" });
    const all = lines(text);
    const plenary = BUNDLED.sessions.filter((s) => s.roomId === "plenary");
    expect(all.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(plenary.length);
    expect(
      all.filter((l) => l.startsWith("LOCATION:")).every((l) => l.startsWith("LOCATION:Plenary Hall")),
    ).toBe(true);
    expect(all).toContain("X-WR-CALNAME:2021 Global Mayors' Forum Serial Events · Plenary Hall");
  });

  it("falls back to UTC, still the right instants, when the zone has no VTIMEZONE", () => {
    const { text, withTimeZone } = exportICalendar(BUNDLED, { vtimezone: () => null, generatedAt });
    expect(withTimeZone).toBe(false);
    expect(text).not.toContain("BEGIN:VTIMEZONE");
    expect(entry(text, "d1-opening-webinar")).toContain("DTSTART:20211108T013000Z");
  });
});
