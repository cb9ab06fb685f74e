import { DateTime } from "luxon";
import type { LiveState, SessionLive } from "../live/liveState";
import type { EventFile } from "../model/eventFile";

export interface ExpectedTimes {
  /** Venue-time milliseconds. */
  start: number;
  end: number;
  /** Minutes the start moved from the plan (positive: late). */
  delayMin: number;
  /** Minutes the end runs past the plan. */
  overrunMin: number;
}

const MINUTE = 60_000;

function holdMs(session: SessionLive, now: number): number {
  return session.holds.reduce((sum, h) => sum + ((h.end ? Date.parse(h.end) : now) - Date.parse(h.start)), 0);
}

/**
 * Where each session stands against its plan, room by room and day by day: a late start or an overrun
 * pushes the later sessions of the same room that day back, a gap (a break) absorbs what it can, and a
 * session the stage manager shortened gives time back. Derived, never stored: it follows the clock.
 */
export function expectedTimes(
  event: EventFile,
  sessions: LiveState["sessions"],
  now: number,
): Record<string, ExpectedTimes> {
  const result: Record<string, ExpectedTimes> = {};
  const byRoom = new Map<string, EventFile["sessions"]>();
  for (const session of event.sessions)
    byRoom.set(session.roomId, [...(byRoom.get(session.roomId) ?? []), session]);
  const dayOf = (ms: number) => DateTime.fromMillis(ms, { zone: event.event.timeZone }).toISODate();
  for (const lane of byRoom.values()) {
    lane.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    let previousEnd = Number.NEGATIVE_INFINITY;
    let previousDay: string | null = null;
    for (const planned of lane) {
      // Delays flow within a day: what ran late yesterday does not push this morning back.
      const day = dayOf(Date.parse(planned.start));
      if (day !== previousDay) previousEnd = Number.NEGATIVE_INFINITY;
      previousDay = day;
      const live = sessions[planned.id];
      const plannedStart = Date.parse(planned.start);
      const plannedEnd = Date.parse(planned.end);
      const length = plannedEnd - plannedStart - (live?.shortenMinutes ?? 0) * MINUTE;
      let start: number;
      let end: number;
      if (!live || live.status === "cancelled") {
        result[planned.id] = { start: plannedStart, end: plannedEnd, delayMin: 0, overrunMin: 0 };
        continue;
      }
      if (live.actualStart) {
        start = Date.parse(live.actualStart);
        end = live.actualEnd ? Date.parse(live.actualEnd) : Math.max(start + length + holdMs(live, now), now);
      } else {
        // Not started: no earlier than planned, after the previous session, and not in the past.
        start = Math.max(plannedStart, previousEnd, now);
        end = start + length;
      }
      previousEnd = end;
      result[planned.id] = {
        start,
        end,
        // Whole minutes: a session started within the minute is on time.
        delayMin: Math.trunc((start - plannedStart) / MINUTE),
        overrunMin: Math.max(0, Math.trunc((end - plannedEnd) / MINUTE)),
      };
    }
  }
  return result;
}
