import { DateTime } from "luxon";
import { ROOM_TRANSITIONS } from "../../../shared/live/roomTransitions";
import type { RoomStatus } from "../../../shared/live/vocabulary";
import type { Session } from "../../../shared/model/programme";

const MINUTE = 60_000;

interface Slot {
  start: number;
  end: number;
  audience: boolean;
}

/** Sessions of one room as time slots, in order. Online sessions have no audience at the doors. */
export function roomSlots(sessions: readonly Session[], roomId: string): Slot[] {
  return sessions
    .filter((s) => s.roomId === roomId)
    .map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end), audience: s.kind !== "online" }))
    .sort((a, b) => a.start - b.start);
}

/**
 * Where a room following its schedule would be at `now`: set up an hour before, tech check at 30
 * minutes, ready at 20, doors open at 10 (rooms with an audience), live during a session, on a break
 * between two sessions of the same day, struck for half an hour after the last, then closed.
 */
export function plannedRoomStatus(slots: readonly Slot[], now: number, timeZone: string): RoomStatus {
  const day = (ms: number) => DateTime.fromMillis(ms, { zone: timeZone }).toISODate();
  const next = slots.find((s) => s.end > now);
  if (next && next.start <= now) return "live";
  const prev = [...slots].reverse().find((s) => s.end <= now);
  if (next) {
    const until = next.start - now;
    if (until <= 10 * MINUTE) return next.audience ? "doors-open" : "ready";
    if (until <= 20 * MINUTE) return "ready";
    if (until <= 30 * MINUTE) return "tech-check";
    if (until <= 60 * MINUTE && !(prev && day(prev.end) === day(next.start))) return "setup";
  }
  if (prev && next && day(prev.end) === day(next.start)) return "break";
  if (prev && now - prev.end < 30 * MINUTE) return "strike";
  return "closed";
}

/** The shortest chain of allowed transitions from one status to another (empty when already there). */
export function transitionPath(from: RoomStatus, to: RoomStatus): RoomStatus[] {
  const previous = new Map<RoomStatus, RoomStatus>();
  const queue: RoomStatus[] = [from];
  const seen = new Set<RoomStatus>([from]);
  while (queue.length > 0) {
    const status = queue.shift() as RoomStatus;
    if (status === to) break;
    for (const next of ROOM_TRANSITIONS[status]) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, status);
      queue.push(next);
    }
  }
  const path: RoomStatus[] = [];
  for (let at: RoomStatus | undefined = to; at !== undefined && at !== from; at = previous.get(at))
    path.unshift(at);
  return from === to || previous.has(to) ? path : [];
}

/** Sessions run to plan in a rehearsal: stand by 10 minutes before, live at the start, ended at the end. */
export function plannedSessionStatus(
  start: number,
  end: number,
  now: number,
): "scheduled" | "standby" | "live" | "ended" {
  if (now >= end) return "ended";
  if (now >= start) return "live";
  if (now >= start - 10 * MINUTE) return "standby";
  return "scheduled";
}

/** When the planned status began: the edge the rehearsal clock must have run through. */
export function plannedSince(
  start: number,
  end: number,
  planned: ReturnType<typeof plannedSessionStatus>,
): number {
  if (planned === "ended") return end;
  if (planned === "live") return start;
  if (planned === "standby") return start - 10 * MINUTE;
  return Number.NEGATIVE_INFINITY;
}

/** The session commands that move a session forward to where the plan has it (never backwards). */
export function sessionSteps(
  current: string,
  planned: ReturnType<typeof plannedSessionStatus>,
): ("session.standby" | "session.start" | "session.end")[] {
  const order = ["scheduled", "standby", "live", "ended"] as const;
  const from = order.indexOf(current as (typeof order)[number]);
  const to = order.indexOf(planned);
  // A held, cancelled or unknown session is the operator's business, not the rehearsal's.
  if (from < 0 || to <= from) return [];
  const commands = ["session.standby", "session.start", "session.end"] as const;
  if (current === "scheduled" && planned !== "standby") {
    return commands.slice(1, to) as ("session.start" | "session.end")[];
  }
  return commands.slice(from, to);
}
