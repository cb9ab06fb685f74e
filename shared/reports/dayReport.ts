import { DateTime } from "luxon";
import { type LedgerRow, workingLedger } from "../interpretation/ledger";
import { offlineAlertId } from "../journal/deviceReducer";
import type { JournalEvent } from "../journal/journalEvents";
import { type ClockState, venueNowMs, WALL_CLOCK } from "../live/clock";
import type { Actor, AlertSubject, LiveState, LogEntry, SessionHold } from "../live/liveState";
import type { AlertSeverity, SessionStatus } from "../live/vocabulary";
import { expectedTimes } from "../views/expectedTimes";

/** One session of the day: its plan, where it stood, what happened. Times are venue ISO instants. */
export interface ReportSession {
  id: string;
  roomId: string;
  status: SessionStatus;
  plannedStart: string;
  plannedEnd: string;
  expectedStart: string;
  expectedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  delayMin: number;
  holds: SessionHold[];
  cancelReason: string | null;
}

/** One alert raised that day, with how long it took to acknowledge and to resolve. */
export interface ReportAlert {
  id: string;
  rule: string;
  severity: AlertSeverity;
  subject: AlertSubject;
  message: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: Actor | null;
  resolvedAt: string | null;
  escalatedAt: string | null;
  secondsToAcknowledge: number | null;
  secondsToResolve: number | null;
}

/** A device away from the hub that day: from its loss to its return (null: not back by the report's time). */
export interface ReportOutage {
  deviceId: string;
  from: string;
  to: string | null;
  reason: string;
  minutes: number;
}

export interface DayReport {
  date: string;
  timeZone: string;
  /** Venue time the report was made. */
  generatedAt: string;
  sessions: ReportSession[];
  /** Incidents, decisions and everything else in the log that occurred that day, in time order. */
  log: LogEntry[];
  alerts: ReportAlert[];
  interpreters: LedgerRow[];
  outages: ReportOutage[];
  overrides: { at: string; by: Actor; commandType: string; roomId: string | null }[];
}

const seconds = (from: string, to: string | null) =>
  to === null ? null : Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/**
 * The duty officer's end-of-day report for one venue day: sessions against plan, the log, alerts with
 * their times to acknowledge and resolve, interpreters' hours and device outages. Built from the live
 * state and the journal (for what state keeps only the latest of: alert history, outages, overrides).
 */
export function dayReport(
  state: LiveState,
  journal: Iterable<JournalEvent>,
  date: string,
  nowMs: number,
): DayReport {
  const event = state.event;
  const zone = event?.event.timeZone ?? "UTC";
  const dayOf = (iso: string) => DateTime.fromISO(iso, { zone }).toISODate();
  const times = event ? expectedTimes(event, state.sessions, nowMs) : {};
  const iso = (ms: number) => new Date(ms).toISOString();

  const sessions: ReportSession[] = (event?.sessions ?? [])
    .filter((s) => dayOf(s.start) === date)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((s) => {
      const live = state.sessions[s.id];
      // A session whose slot has passed without it starting is reported as not started, not as delayed.
      const missed = !live?.actualStart && Date.parse(s.end) <= nowMs;
      const expected = missed ? undefined : times[s.id];
      return {
        id: s.id,
        roomId: s.roomId,
        status: live?.status ?? "scheduled",
        plannedStart: iso(Date.parse(s.start)),
        plannedEnd: iso(Date.parse(s.end)),
        expectedStart: iso(expected?.start ?? Date.parse(s.start)),
        expectedEnd: iso(expected?.end ?? Date.parse(s.end)),
        actualStart: live?.actualStart ?? null,
        actualEnd: live?.actualEnd ?? null,
        delayMin: expected?.delayMin ?? 0,
        holds: live?.holds ?? [],
        cancelReason: live?.cancelReason ?? null,
      };
    });

  const alerts: ReportAlert[] = [];
  /** The latest raising of each alert id, which later acknowledgements and resolutions belong to. */
  const latest = new Map<string, ReportAlert>();
  const openOutages = new Map<string, ReportOutage>();
  const outages: ReportOutage[] = [];
  const overrides: DayReport["overrides"] = [];
  // Device events carry wall time only: the venue time of each follows the clock as the journal set it.
  let clock: ClockState = WALL_CLOCK;
  const venueAt = (e: JournalEvent) => iso(venueNowMs(clock, Date.parse(e.at)));
  for (const e of journal) {
    switch (e.type) {
      case "clock.set":
        clock = e.clock;
        break;
      case "alert.raised": {
        if (dayOf(e.alert.raisedAt) !== date) break;
        // A condition that came back is a new alert in the report, as it was for the people on duty.
        const alert: ReportAlert = {
          ...e.alert,
          acknowledgedAt: null,
          acknowledgedBy: null,
          resolvedAt: null,
          escalatedAt: null,
          secondsToAcknowledge: null,
          secondsToResolve: null,
        };
        alerts.push(alert);
        latest.set(alert.id, alert);
        break;
      }
      case "alert.acknowledged":
      case "alert.resolved":
      case "alert.escalated": {
        const alert = latest.get(e.alertId);
        if (!alert) break;
        if (e.type === "alert.acknowledged" && alert.acknowledgedAt === null) {
          alert.acknowledgedAt = e.venueTime;
          alert.acknowledgedBy = e.actor;
          alert.secondsToAcknowledge = seconds(alert.raisedAt, e.venueTime);
        } else if (e.type === "alert.resolved" && alert.resolvedAt === null) {
          alert.resolvedAt = e.venueTime;
          alert.secondsToResolve = seconds(alert.raisedAt, e.venueTime);
        } else if (e.type === "alert.escalated") alert.escalatedAt ??= e.venueTime;
        break;
      }
      case "device.disconnected": {
        if (!e.raiseAlert || openOutages.has(e.deviceId)) break;
        const from = venueAt(e);
        openOutages.set(e.deviceId, { deviceId: e.deviceId, from, to: null, reason: e.reason, minutes: 0 });
        // The reducer raises this alert itself (no alert.raised event): the report mirrors it here.
        if (dayOf(from) !== date) break;
        const required = event?.devices.find((d) => d.id === e.deviceId)?.required ?? false;
        const alert: ReportAlert = {
          id: offlineAlertId(e.deviceId),
          rule: "device.offline",
          severity: required ? "critical" : "warning",
          subject: { type: "device", id: e.deviceId },
          message: e.reason,
          raisedAt: from,
          acknowledgedAt: null,
          acknowledgedBy: null,
          resolvedAt: null,
          escalatedAt: null,
          secondsToAcknowledge: null,
          secondsToResolve: null,
        };
        alerts.push(alert);
        latest.set(alert.id, alert);
        break;
      }
      case "device.connected": {
        const outage = openOutages.get(e.deviceId);
        if (!outage) break;
        openOutages.delete(e.deviceId);
        outage.to = venueAt(e);
        const alert = latest.get(offlineAlertId(e.deviceId));
        if (alert && alert.resolvedAt === null) {
          alert.resolvedAt = outage.to;
          alert.secondsToResolve = seconds(alert.raisedAt, outage.to);
        }
        if (dayOf(outage.from) === date || dayOf(outage.to) === date) outages.push(outage);
        break;
      }
      case "access.override": {
        const at = venueAt(e);
        if (dayOf(at) === date)
          overrides.push({ at, by: e.actor, commandType: e.commandType, roomId: e.roomId });
        break;
      }
      default:
        break;
    }
  }
  for (const outage of openOutages.values()) if (dayOf(outage.from) === date) outages.push(outage);
  for (const outage of outages) {
    outage.minutes = Math.round(
      ((outage.to ? Date.parse(outage.to) : nowMs) - Date.parse(outage.from)) / 60_000,
    );
  }

  return {
    date,
    timeZone: zone,
    generatedAt: iso(nowMs),
    sessions,
    log: state.log
      .filter((entry) => dayOf(entry.occurredAt) === date)
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
    alerts: alerts.sort((a, b) => a.raisedAt.localeCompare(b.raisedAt)),
    interpreters: event ? workingLedger(event, state, nowMs).filter((row) => row.date === date) : [],
    outages: outages.sort((a, b) => a.from.localeCompare(b.from)),
    overrides,
  };
}
