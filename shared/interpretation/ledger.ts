import { DateTime } from "luxon";
import type { LiveState } from "../live/liveState";
import type { EventFile } from "../model/eventFile";
import type { InterpretationSettings } from "../model/interpretation";

const MINUTE = 60_000;

/** Which cap applies: half day when all of a day's work falls before or after midday, else full day. */
export type CapKind = "half-day" | "full-day";
export type DayHalf = "morning" | "afternoon";

export interface WorkingCap {
  kind: CapKind;
  /** The half the day's work falls in, for a half-day cap. */
  half: DayHalf | null;
  minutes: number;
}

/** One interpreter's working time on one venue day. */
export interface LedgerRow {
  interpreterId: string;
  /** Venue-local date, e.g. 2021-11-12. */
  date: string;
  /** Sessions assigned or worked that day, in start order. */
  sessionIds: string[];
  /** Booth time planned: the assigned sessions' lengths, each session counted once. */
  plannedMinutes: number;
  /** Time on the microphone from the booths' turns; a turn still open counts up to now. */
  micMinutes: number;
  cap: WorkingCap;
  plannedOver: boolean;
  micOver: boolean;
}

export type LedgerLive = Pick<LiveState, "assignments" | "booths" | "sessions">;

interface Interval {
  startMs: number;
  endMs: number;
}

interface DaySlice extends Interval {
  date: string;
}

/** An interval cut at venue midnights, so work past midnight counts on the day it was done. */
export function sliceByVenueDay(interval: Interval, zone: string): DaySlice[] {
  const slices: DaySlice[] = [];
  let day = DateTime.fromMillis(interval.startMs, { zone }).startOf("day");
  while (day.toMillis() < interval.endMs) {
    const next = day.plus({ days: 1 });
    const startMs = Math.max(interval.startMs, day.toMillis());
    const endMs = Math.min(interval.endMs, next.toMillis());
    if (endMs > startMs) slices.push({ date: day.toISODate() ?? "", startMs, endMs });
    day = next;
  }
  return slices;
}

/** The cap for a day's work: half day when every piece of it lies in one half, split at midday venue time. */
export function capFor(
  date: string,
  work: readonly Interval[],
  settings: InterpretationSettings,
  zone: string,
): WorkingCap {
  const midday = DateTime.fromISO(date, { zone }).set({ hour: settings.middayHour }).toMillis();
  const half: DayHalf | null =
    work.length > 0 && work.every((w) => w.endMs <= midday)
      ? "morning"
      : work.length > 0 && work.every((w) => w.startMs >= midday)
        ? "afternoon"
        : null;
  return half === null
    ? { kind: "full-day", half: null, minutes: settings.fullDayCapMinutes }
    : { kind: "half-day", half, minutes: settings.halfDayCapMinutes };
}

interface DayWork {
  sessionIds: Set<string>;
  planned: Interval[];
  turns: Interval[];
}

const key = (interpreterId: string, date: string) => `${interpreterId}|${date}`;

/**
 * The working-time ledger: per interpreter and venue day, the booth time planned from the assignments,
 * the time on the microphone from the turns (an open turn counts up to `nowMs`, venue time), the cap
 * that applies and whether either is over it. Cancelled sessions plan no work.
 */
export function workingLedger(event: EventFile, live: LedgerLive, nowMs: number): LedgerRow[] {
  const zone = event.event.timeZone;
  const sessions = new Map(event.sessions.map((s) => [s.id, s]));
  const work = new Map<string, DayWork>();
  const dayWork = (interpreterId: string, date: string) => {
    const k = key(interpreterId, date);
    let entry = work.get(k);
    if (!entry) {
      entry = { sessionIds: new Set(), planned: [], turns: [] };
      work.set(k, entry);
    }
    return entry;
  };

  const plannedSessions = new Map<string, Set<string>>();
  for (const [assignment, value] of Object.entries(live.assignments)) {
    const sessionId = assignment.split("|")[0] ?? "";
    if (!sessions.has(sessionId) || live.sessions[sessionId]?.status === "cancelled") continue;
    for (const id of value.interpreterIds) {
      plannedSessions.set(id, (plannedSessions.get(id) ?? new Set()).add(sessionId));
    }
  }
  for (const [interpreterId, sessionIds] of plannedSessions) {
    for (const sessionId of sessionIds) {
      const session = sessions.get(sessionId);
      if (!session) continue;
      const interval = { startMs: Date.parse(session.start), endMs: Date.parse(session.end) };
      for (const slice of sliceByVenueDay(interval, zone)) {
        const entry = dayWork(interpreterId, slice.date);
        entry.sessionIds.add(sessionId);
        entry.planned.push(slice);
      }
    }
  }

  for (const booth of Object.values(live.booths)) {
    for (const turn of booth.turns) {
      const startMs = Date.parse(turn.start);
      const endMs = turn.end === null ? Math.max(startMs, nowMs) : Date.parse(turn.end);
      for (const slice of sliceByVenueDay({ startMs, endMs }, zone)) {
        const entry = dayWork(turn.interpreterId, slice.date);
        entry.sessionIds.add(turn.sessionId);
        entry.turns.push(slice);
      }
    }
  }

  const order = new Map(event.people.interpreters.map((p, i) => [p.id, i]));
  const sum = (list: readonly Interval[]) => list.reduce((total, i) => total + (i.endMs - i.startMs), 0);
  const rows: LedgerRow[] = [];
  for (const [k, entry] of work) {
    const [interpreterId = "", date = ""] = k.split("|");
    const cap = capFor(date, [...entry.planned, ...entry.turns], event.interpretation, zone);
    const plannedMinutes = sum(entry.planned) / MINUTE;
    const micMinutes = sum(entry.turns) / MINUTE;
    const startOf = (id: string) => Date.parse(sessions.get(id)?.start ?? "") || 0;
    rows.push({
      interpreterId,
      date,
      sessionIds: [...entry.sessionIds].sort((a, b) => startOf(a) - startOf(b)),
      plannedMinutes,
      micMinutes,
      cap,
      plannedOver: plannedMinutes > cap.minutes,
      micOver: micMinutes > cap.minutes,
    });
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return rows.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      rank(a.interpreterId) - rank(b.interpreterId) ||
      a.interpreterId.localeCompare(b.interpreterId),
  );
}
