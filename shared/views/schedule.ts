import { DateTime } from "luxon";
import type { EventFile } from "../model/eventFile";
import type { Session } from "../model/programme";
import type { Room } from "../model/venue";

/** One calendar day of the event as an interval of instants, from venue midnight to the next. */
export interface EventDay {
  index: number;
  /** Venue-local calendar date, e.g. 2021-11-08. */
  date: string;
  startMs: number;
  endMs: number;
}

/** Minutes after venue midnight that every day's timeline shows, e.g. 480..1320 for 08:00-22:00. */
export interface DailyWindow {
  startMinute: number;
  endMinute: number;
}

type ScheduleEvent = Pick<EventFile, "event" | "sessions">;

const MINUTES_PER_DAY = 24 * 60;
const DEFAULT_WINDOW: DailyWindow = { startMinute: 8 * 60, endMinute: 18 * 60 };
const MIN_WINDOW_MINUTES = 8 * 60;
const MARGIN_MINUTES = 60;

export function eventDays(event: Pick<EventFile, "event">): EventDay[] {
  const zone = event.event.timeZone;
  return event.event.days.map((date, index) => {
    const start = DateTime.fromISO(date, { zone }).startOf("day");
    return { index, date, startMs: start.toMillis(), endMs: start.plus({ days: 1 }).toMillis() };
  });
}

/** Index of the event day that contains the instant in the venue zone, or null outside the event. */
export function dayIndexAt(days: readonly EventDay[], ms: number): number | null {
  const day = days.find((d) => ms >= d.startMs && ms < d.endMs);
  return day ? day.index : null;
}

export function sessionStartMs(session: Pick<Session, "start">): number {
  return DateTime.fromISO(session.start).toMillis();
}

export function sessionEndMs(session: Pick<Session, "end">): number {
  return DateTime.fromISO(session.end).toMillis();
}

/** Indices of the event days a session overlaps; several for a multi-day exhibition. */
export function sessionDayIndices(
  days: readonly EventDay[],
  session: Pick<Session, "start" | "end">,
): number[] {
  const start = sessionStartMs(session);
  const end = sessionEndMs(session);
  return days.filter((d) => start < d.endMs && end > d.startMs).map((d) => d.index);
}

export function isMultiDay(days: readonly EventDay[], session: Pick<Session, "start" | "end">): boolean {
  return sessionDayIndices(days, session).length > 1;
}

const byStartThenRoom = (a: Session, b: Session) =>
  sessionStartMs(a) - sessionStartMs(b) || a.roomId.localeCompare(b.roomId) || a.id.localeCompare(b.id);

/** Sessions per event day (index = day index); a session spanning days appears on each of them. */
export function sessionsByDay(event: ScheduleEvent): Session[][] {
  const days = eventDays(event);
  const result: Session[][] = days.map(() => []);
  for (const session of event.sessions) {
    for (const index of sessionDayIndices(days, session)) result[index]?.push(session);
  }
  for (const list of result) list.sort(byStartThenRoom);
  return result;
}

/** Rooms that hold at least one session, ordered by floor level and then as listed in the venue. */
export function roomsWithSessions(event: Pick<EventFile, "venue" | "sessions">): Room[] {
  const used = new Set(event.sessions.map((s) => s.roomId));
  const level = new Map(event.venue.floors.map((f) => [f.id, f.level]));
  const order = new Map(event.venue.rooms.map((r, i) => [r.id, i]));
  return event.venue.rooms
    .filter((r) => used.has(r.id))
    .sort(
      (a, b) =>
        (level.get(a.floorId) ?? 0) - (level.get(b.floorId) ?? 0) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
}

function minuteOfDay(ms: number, zone: string): number {
  const t = DateTime.fromMillis(ms, { zone });
  return t.hour * 60 + t.minute;
}

/**
 * The hours of the day the timeline shows, the same on every day so that days line up: from an hour
 * before the earliest single-day session start to an hour after the latest end (room set-up and
 * overruns happen there), in whole hours, at least 8 hours. Multi-day sessions are left out: an
 * exhibition open round the clock would otherwise stretch every day.
 */
export function dailyWindow(event: ScheduleEvent): DailyWindow {
  const days = eventDays(event);
  const zone = event.event.timeZone;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const session of event.sessions) {
    const dayIndices = sessionDayIndices(days, session);
    const day = days[dayIndices[0] ?? -1];
    if (!day || dayIndices.length > 1) continue;
    const start = Math.max(sessionStartMs(session), day.startMs);
    const end = Math.min(sessionEndMs(session), day.endMs);
    first = Math.min(first, minuteOfDay(start, zone));
    last = Math.max(last, end >= day.endMs ? MINUTES_PER_DAY : minuteOfDay(end, zone));
  }
  if (!Number.isFinite(first)) return DEFAULT_WINDOW;
  let startMinute = Math.max(0, Math.floor(first / 60) * 60 - MARGIN_MINUTES);
  let endMinute = Math.min(MINUTES_PER_DAY, Math.ceil(last / 60) * 60 + MARGIN_MINUTES);
  while (endMinute - startMinute < MIN_WINDOW_MINUTES) {
    if (endMinute < MINUTES_PER_DAY) endMinute += 60;
    else startMinute -= 60;
  }
  return { startMinute, endMinute };
}

export interface NowAndNext {
  /** Sessions running now by their planned times, earliest start first. */
  live: Session[];
  /** Sessions starting after now, soonest first, at most `limit`. */
  next: Session[];
}

export function nowAndNext(sessions: readonly Session[], nowMs: number, limit = 5): NowAndNext {
  const sorted = [...sessions].sort(byStartThenRoom);
  const live = sorted.filter((s) => sessionStartMs(s) <= nowMs && nowMs < sessionEndMs(s));
  const next = sorted.filter((s) => sessionStartMs(s) > nowMs).slice(0, limit);
  return { live, next };
}

/** Counts sessions per kind, e.g. { online: 13, hybrid: 10, exhibition: 1 }. */
export function countByKind(
  sessions: readonly Pick<Session, "kind">[],
): Partial<Record<Session["kind"], number>> {
  const counts: Partial<Record<Session["kind"], number>> = {};
  for (const s of sessions) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
  return counts;
}
