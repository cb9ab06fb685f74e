import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { DayReport } from "../../../shared/reports/dayReport";
import { REPORT_COLUMNS, type ReportCsvText, reportCsv } from "./reportCsv";

const actor = { operator: "王芳", role: "duty-officer", workstation: "CR-PC-2" };
const report: DayReport = {
  date: "2021-11-11",
  timeZone: "Asia/Shanghai",
  generatedAt: "2021-11-11T10:00:00.000Z",
  sessions: [
    {
      id: "d4-opening",
      roomId: "plenary",
      status: "ended",
      plannedStart: "2021-11-11T01:30:00.000Z",
      plannedEnd: "2021-11-11T03:00:00.000Z",
      expectedStart: "2021-11-11T01:35:00.000Z",
      expectedEnd: "2021-11-11T03:05:00.000Z",
      actualStart: "2021-11-11T01:35:00.000Z",
      actualEnd: "2021-11-11T03:05:00.000Z",
      delayMin: 5,
      holds: [{ start: "2021-11-11T02:00:00.000Z", end: "2021-11-11T02:03:00.000Z", reason: "feed, down" }],
      cancelReason: null,
    },
  ],
  log: [
    {
      id: "log-40",
      entryType: "decision",
      severity: "warning",
      text: 'Hold "the" opening',
      reason: "French feed down",
      occurredAt: "2021-11-11T02:00:00.000Z",
      enteredAt: "2021-11-11T02:01:00.000Z",
      author: actor,
      links: { roomId: "plenary" },
      keyEvent: true,
      corrects: null,
      methane: null,
    },
  ],
  alerts: [
    {
      id: "interpretation.silent:plenary-fr",
      rule: "interpretation.silent",
      severity: "critical",
      subject: { type: "booth", id: "plenary-fr" },
      message: "silent",
      raisedAt: "2021-11-11T01:59:00.000Z",
      acknowledgedAt: "2021-11-11T02:00:30.000Z",
      acknowledgedBy: actor,
      resolvedAt: null,
      escalatedAt: null,
      secondsToAcknowledge: 90,
      secondsToResolve: null,
    },
  ],
  interpreters: [],
  outages: [
    { deviceId: "plenary-encoder", from: "2021-11-11T02:10:00.000Z", to: null, reason: "lost", minutes: 12 },
  ],
  overrides: [
    { at: "2021-11-11T02:20:00.000Z", by: actor, commandType: "room.setStatus", roomId: "plenary" },
  ],
};

const text: ReportCsvText = {
  section: (s) => `S:${s}`,
  column: (c) => c,
  room: (id) => (id === "plenary" ? "Plenary Hall" : id),
  session: (id) => `title of ${id}`,
  device: (id) => `label of ${id}`,
  interpreter: (id) => id,
  alert: (a) => `shown ${a.rule}`,
  holds: (holds) => holds.map((h) => h.reason).join("; "),
  yes: "yes",
};

describe("reportCsv", () => {
  const csv = reportCsv(report, text);
  const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
  const cell = (row: string[] | undefined, column: (typeof REPORT_COLUMNS)[number]) =>
    row?.[REPORT_COLUMNS.indexOf(column)];

  it("starts with a BOM and a header of every column", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows[0]).toEqual([...REPORT_COLUMNS]);
  });

  it("puts every section in one file, in venue time, with quoting that survives commas and quotes", () => {
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "S:sessions",
      "S:log",
      "S:alerts",
      "S:outages",
      "S:overrides",
    ]);
    const [session, entry, alert, outage] = rows.slice(1);
    expect(cell(session, "start")).toBe("2021-11-11 09:30:00");
    expect(cell(session, "minutes")).toBe("5");
    expect(cell(session, "text")).toBe("feed, down");
    expect(cell(session, "room")).toBe("Plenary Hall");
    expect(cell(entry, "text")).toBe('Hold "the" opening');
    expect(cell(entry, "reason")).toBe("French feed down");
    expect(cell(entry, "who")).toBe("王芳 (duty-officer, CR-PC-2)");
    expect(cell(alert, "secondsToAcknowledge")).toBe("90");
    expect(cell(alert, "resolvedAt")).toBe("");
    expect(cell(alert, "text")).toBe("shown interpretation.silent");
    expect(cell(outage, "end")).toBe("");
    expect(cell(outage, "minutes")).toBe("12");
  });
});
