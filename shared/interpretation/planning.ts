import { DateTime } from "luxon";
import { assignmentKey, type LiveState } from "../live/liveState";
import type { EventFile } from "../model/eventFile";
import { FLOOR_SOURCE } from "../model/interpretation";
import type { Session } from "../model/programme";
import { type CapKind, workingLedger } from "./ledger";
import { boothServes } from "./turns";

/**
 * Interpreters a booth needs for a session of this length (two languages in one booth): 1 up to 40
 * minutes, 2 up to 4 hours, 3 up to 6 hours; null past 6 hours, where no team is enough for one booth.
 */
export function teamSizeFor(minutes: number): number | null {
  if (minutes <= 40) return 1;
  if (minutes <= 4 * 60) return 2;
  if (minutes <= 6 * 60) return 3;
  return null;
}

/** Two relay-givers keep a pivot working through a handover; fewer put every dependent booth at risk. */
export const PIVOT_MIN_GIVERS = 2;

export interface PlacedAssignment {
  sessionId: string;
  boothId: string;
}

export type PlanningWarning =
  | {
      kind: "understaffed";
      sessionId: string;
      boothId: string;
      assigned: number;
      /** null: the session is longer than any team can cover. */
      needed: number | null;
      minutes: number;
    }
  | {
      kind: "thin-pivot";
      sessionId: string;
      /** The pivot booth. */
      boothId: string;
      /** Assigned to the pivot with its language as A or B. */
      able: number;
      dependents: string[];
    }
  | { kind: "overlap"; interpreterId: string; first: PlacedAssignment; second: PlacedAssignment }
  | {
      kind: "over-cap";
      interpreterId: string;
      date: string;
      plannedMinutes: number;
      capMinutes: number;
      cap: CapKind;
    };

export type PlanningLive = Pick<LiveState, "assignments" | "sessions">;

export interface PlanningOptions {
  /** Only what concerns this venue-local date (YYYY-MM-DD). */
  date?: string;
}

/** Sessions that need interpreting: more than one language, not an exhibition, not cancelled. */
function interpretedSessions(event: EventFile, live: PlanningLive): Session[] {
  return event.sessions
    .filter((s) => s.languages.length > 1 && s.kind !== "exhibition")
    .filter((s) => live.sessions[s.id]?.status !== "cancelled")
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

const minutesOf = (s: Session) => (Date.parse(s.end) - Date.parse(s.start)) / 60_000;

function staffingWarnings(event: EventFile, live: PlanningLive, sessions: Session[]): PlanningWarning[] {
  const out: PlanningWarning[] = [];
  const people = new Map(event.people.interpreters.map((p) => [p.id, p]));
  for (const session of sessions) {
    const booths = event.booths.filter((b) => boothServes(b, session));
    const teamOf = (boothId: string) =>
      live.assignments[assignmentKey(session.id, boothId)]?.interpreterIds ?? [];
    const minutes = minutesOf(session);
    const needed = teamSizeFor(minutes);
    for (const booth of booths) {
      const assigned = teamOf(booth.id).length;
      if (needed === null || assigned < needed) {
        out.push({
          kind: "understaffed",
          sessionId: session.id,
          boothId: booth.id,
          assigned,
          needed,
          minutes,
        });
      }
    }
    const dependentsOf = new Map<string, string[]>();
    for (const booth of booths) {
      const source = live.assignments[assignmentKey(session.id, booth.id)]?.relaySource ?? FLOOR_SOURCE;
      if (source !== FLOOR_SOURCE) dependentsOf.set(source, [...(dependentsOf.get(source) ?? []), booth.id]);
    }
    for (const [pivotId, dependents] of dependentsOf) {
      const pivot = event.booths.find((b) => b.id === pivotId);
      if (!pivot) continue;
      const able = teamOf(pivotId).filter((id) => {
        const person = people.get(id);
        return person?.languages.a.includes(pivot.language) || person?.languages.b.includes(pivot.language);
      }).length;
      if (able < PIVOT_MIN_GIVERS) {
        out.push({ kind: "thin-pivot", sessionId: session.id, boothId: pivotId, able, dependents });
      }
    }
  }
  return out;
}

/** An interpreter cannot be in two booths at once: every pair of assignments whose times meet. */
function overlapWarnings(event: EventFile, live: PlanningLive, sessions: Session[]): PlanningWarning[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const placed = new Map<string, (PlacedAssignment & { startMs: number; endMs: number })[]>();
  for (const [key, assignment] of Object.entries(live.assignments)) {
    const [sessionId = "", boothId = ""] = key.split("|");
    const session = byId.get(sessionId);
    if (!session) continue;
    for (const id of assignment.interpreterIds) {
      const list = placed.get(id) ?? [];
      list.push({ sessionId, boothId, startMs: Date.parse(session.start), endMs: Date.parse(session.end) });
      placed.set(id, list);
    }
  }
  const out: PlanningWarning[] = [];
  const order = new Map(event.people.interpreters.map((p, i) => [p.id, i]));
  const ids = [...placed.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const interpreterId of ids) {
    const list = (placed.get(interpreterId) ?? []).sort(
      (a, b) => a.startMs - b.startMs || a.sessionId.localeCompare(b.sessionId),
    );
    for (const [i, first] of list.entries()) {
      for (const second of list.slice(i + 1)) {
        if (second.startMs >= first.endMs) break;
        out.push({
          kind: "overlap",
          interpreterId,
          first: { sessionId: first.sessionId, boothId: first.boothId },
          second: { sessionId: second.sessionId, boothId: second.boothId },
        });
      }
    }
  }
  return out;
}

/**
 * The planning check on the current assignments: booths understaffed for their session's length, relay
 * pivots with fewer than two interpreters able to give relay, interpreters in two places at once, and
 * interpreters whose planned booth time for a day is over the cap. Pure, so the coordinator's screen and
 * the tests read the same rules.
 */
export function planningWarnings(
  event: EventFile,
  live: PlanningLive,
  options: PlanningOptions = {},
): PlanningWarning[] {
  const zone = event.event.timeZone;
  const onDate = (iso: string) =>
    options.date === undefined || DateTime.fromISO(iso, { zone }).toISODate() === options.date;
  const sessions = interpretedSessions(event, live);
  const sessionOnDate = new Map(sessions.map((s) => [s.id, onDate(s.start)]));
  const inScope = sessions.filter((s) => sessionOnDate.get(s.id));

  const overCap: PlanningWarning[] = workingLedger(event, { ...live, booths: {} }, 0)
    .filter((row) => row.plannedOver && (options.date === undefined || row.date === options.date))
    .map((row) => ({
      kind: "over-cap",
      interpreterId: row.interpreterId,
      date: row.date,
      plannedMinutes: row.plannedMinutes,
      capMinutes: row.cap.minutes,
      cap: row.cap.kind,
    }));
  const overlaps = overlapWarnings(event, live, sessions).filter(
    (w) =>
      w.kind === "overlap" &&
      (sessionOnDate.get(w.first.sessionId) === true || sessionOnDate.get(w.second.sessionId) === true),
  );
  return [...staffingWarnings(event, live, inScope), ...overlaps, ...overCap];
}
