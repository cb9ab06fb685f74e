import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { miniEvent } from "../../../tests/fixtures/miniEvent";
import { readFixture } from "../../../tests/fixtures/schedules";
import { EventFile } from "../../model/eventFile";
import { completeImport } from "../completeImport";
import { CSV_COLUMNS, CSV_TABLES } from "../csv/columns";
import { importCsv } from "../csv/importCsv";
import { importFrabJson } from "../frab/importFrabJson";
import { exportCsv } from "./csvExport";

const BUNDLED = EventFile.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../events/gmf-2021.json"), "utf8")),
);

/** Export every table, then import them as the command line would read a folder. */
function roundTrip(event: EventFile, into?: EventFile) {
  const tables = exportCsv(event);
  const files = Object.fromEntries(CSV_TABLES.map((t) => [t, { name: `${t}.csv`, text: tables[t] }]));
  const result = importCsv(files, into ? { timeZone: into.event.timeZone } : {});
  return completeImport(result, into ? { event: into, label: "event.json" } : undefined);
}

describe("exportCsv", () => {
  it("writes the columns the import reads, for Excel with a byte order mark", () => {
    const tables = exportCsv(BUNDLED);
    for (const table of CSV_TABLES)
      expect(tables[table].split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS[table].map((c) => c.name).join(",")}`);
    expect(tables.sessions).toContain(
      "d1-opening-webinar,Opening webinar: cities moving forward together after COVID-19,开幕网络研讨会：后疫情时代城市携手前行,online,studio-a,2021-11-08 09:30,2021-11-08 11:00,zh en,,lin-jiahe:host:in-person;",
    );
  });

  it("round-trips the bundled event: imported back into it, nothing changes", () => {
    const outcome = roundTrip(BUNDLED, BUNDLED);
    expect(outcome.ok).toBe(true);
    expect(outcome.merge).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it("round-trips the bundled event into a new event with the same sessions and people", () => {
    const outcome = roundTrip(BUNDLED);
    expect(outcome.ok).toBe(true);
    expect(outcome.event?.sessions).toEqual(BUNDLED.sessions);
    expect(outcome.event?.people).toEqual(BUNDLED.people);
    expect(outcome.event?.event.days).toEqual(BUNDLED.event.days);
  });

  it("round-trips times across the end of summer time, the repeated hour included", () => {
    const frab = completeImport(importFrabJson(readFixture("frab", "schedule.json"), "schedule.json"));
    const event = frab.event!;
    const outcome = roundTrip(event, event);
    expect(outcome.merge).toMatchObject({ added: [], changed: [], removed: [] });

    const input = miniEvent();
    input.event.timeZone = "Europe/Berlin";
    input.event.days = ["2024-10-26", "2024-10-27"];
    Object.assign(input.sessions[0]!, {
      start: "2024-10-27T02:15:00+02:00",
      end: "2024-10-27T02:45:00+02:00",
    });
    Object.assign(input.sessions[1]!, {
      start: "2024-10-27T02:15:00+01:00",
      end: "2024-10-27T02:45:00+01:00",
    });
    const night = EventFile.parse(input);
    expect(exportCsv(night).sessions).toContain("2024-10-27T02:15:00+02:00,2024-10-27T02:45:00+02:00");
    expect(roundTrip(night).event?.sessions.map((s) => [s.start, s.end])).toEqual([
      ["2024-10-27T02:15:00+02:00", "2024-10-27T02:45:00+02:00"],
      ["2024-10-27T02:15:00+01:00", "2024-10-27T02:45:00+01:00"],
    ]);
  });

  it("limits rooms and sessions to one room", () => {
    const tables = exportCsv(BUNDLED, { roomId: "plenary" });
    const rows = (text: string) => text.trim().split("\r\n").slice(1);
    expect(rows(tables.rooms)).toHaveLength(1);
    const sessions = rows(tables.sessions);
    expect(sessions.length).toBe(BUNDLED.sessions.filter((s) => s.roomId === "plenary").length);
    expect(sessions.every((row) => row.includes(",plenary,"))).toBe(true);
  });
});
