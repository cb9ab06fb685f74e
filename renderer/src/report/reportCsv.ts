import { DateTime } from "luxon";
import Papa from "papaparse";
import type { DayReport } from "../../../shared/reports/dayReport";
import { UTF8_BOM } from "../interpretation/ledger/ledgerCsv";

export const REPORT_SECTIONS = ["sessions", "log", "alerts", "interpreters", "outages", "overrides"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Every column of the one CSV file; each section fills the ones that mean something for it. */
export const REPORT_COLUMNS = [
  "section",
  "id",
  "name",
  "room",
  "start",
  "end",
  "expectedStart",
  "expectedEnd",
  "actualStart",
  "actualEnd",
  "minutes",
  "plannedMinutes",
  "capMinutes",
  "status",
  "severity",
  "who",
  "text",
  "reason",
  "acknowledgedAt",
  "secondsToAcknowledge",
  "resolvedAt",
  "secondsToResolve",
  "escalatedAt",
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export interface ReportCsvText {
  section: (section: ReportSection) => string;
  column: (column: ReportColumn) => string;
  room: (id: string) => string;
  session: (id: string) => string;
  device: (id: string) => string;
  interpreter: (id: string) => string;
  /** An alert as the console words it. */
  alert: (alert: DayReport["alerts"][number]) => string;
  /** Holds as one cell: "10:02–10:05 reason; …". */
  holds: (holds: DayReport["sessions"][number]["holds"]) => string;
  yes: string;
}

type Row = Partial<Record<ReportColumn, string | number>>;

/**
 * The day report as one CSV file for a spreadsheet, a `section` column saying what each row is: sessions
 * against plan, the log, alerts with their times to acknowledge and resolve, interpreters' hours, device
 * outages and overrides. Venue times as "2021-11-11 09:30:00"; UTF-8 with a byte-order mark for Excel.
 */
export function reportCsv(report: DayReport, text: ReportCsvText): string {
  const zone = report.timeZone;
  const time = (iso: string | null) =>
    iso ? DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd HH:mm:ss") : "";
  const who = (by: { operator: string; role: string; workstation: string } | null) =>
    by ? `${by.operator} (${by.role}, ${by.workstation})` : "";
  const rows: [ReportSection, Row][] = [
    ...report.sessions.map((s): [ReportSection, Row] => [
      "sessions",
      {
        id: s.id,
        name: text.session(s.id),
        room: text.room(s.roomId),
        start: time(s.plannedStart),
        end: time(s.plannedEnd),
        expectedStart: time(s.expectedStart),
        expectedEnd: time(s.expectedEnd),
        actualStart: time(s.actualStart),
        actualEnd: time(s.actualEnd),
        minutes: s.delayMin,
        status: s.status,
        text: text.holds(s.holds),
        reason: s.cancelReason ?? "",
      },
    ]),
    ...report.log.map((e): [ReportSection, Row] => [
      "log",
      {
        id: e.id,
        name: e.entryType,
        room: e.links.roomId ? text.room(e.links.roomId) : "",
        start: time(e.occurredAt),
        end: time(e.enteredAt),
        status: [e.keyEvent ? "key" : "", e.corrects ? `corrects ${e.corrects}` : ""]
          .filter(Boolean)
          .join("; "),
        severity: e.severity,
        who: who(e.author),
        text: e.text,
        reason: e.reason ?? "",
      },
    ]),
    ...report.alerts.map((a): [ReportSection, Row] => [
      "alerts",
      {
        id: a.id,
        name: a.rule,
        start: time(a.raisedAt),
        severity: a.severity,
        who: who(a.acknowledgedBy),
        text: text.alert(a),
        acknowledgedAt: time(a.acknowledgedAt),
        secondsToAcknowledge: a.secondsToAcknowledge ?? "",
        resolvedAt: time(a.resolvedAt),
        secondsToResolve: a.secondsToResolve ?? "",
        escalatedAt: time(a.escalatedAt),
      },
    ]),
    ...report.interpreters.map((r): [ReportSection, Row] => [
      "interpreters",
      {
        id: r.interpreterId,
        name: text.interpreter(r.interpreterId),
        minutes: Math.floor(r.micMinutes),
        status: r.plannedOver || r.micOver ? text.yes : "",
        text: r.sessionIds.map(text.session).join("; "),
        plannedMinutes: Math.round(r.plannedMinutes),
        capMinutes: r.cap.minutes,
      },
    ]),
    ...report.outages.map((o): [ReportSection, Row] => [
      "outages",
      {
        id: o.deviceId,
        name: text.device(o.deviceId),
        start: time(o.from),
        end: time(o.to),
        minutes: o.minutes,
        reason: o.reason,
      },
    ]),
    ...report.overrides.map((o): [ReportSection, Row] => [
      "overrides",
      {
        name: o.commandType,
        room: o.roomId ? text.room(o.roomId) : "",
        start: time(o.at),
        who: who(o.by),
      },
    ]),
  ];
  const body = Papa.unparse(
    {
      fields: REPORT_COLUMNS.map(text.column),
      data: rows.map(([section, row]) =>
        REPORT_COLUMNS.map((column) => (column === "section" ? text.section(section) : (row[column] ?? ""))),
      ),
    },
    { newline: "\r\n" },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
