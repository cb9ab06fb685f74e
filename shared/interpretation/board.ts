import type { LiveState } from "../live/liveState";
import { isSessionActive, type SessionStatus } from "../live/vocabulary";
import type { EventFile } from "../model/eventFile";
import { FLOOR_SOURCE } from "../model/interpretation";
import type { Booth, Session } from "../model/programme";
import { boothServes } from "./turns";

export interface BoardSession {
  session: Session;
  status: SessionStatus;
  /** Live or on hold: its booths are working now. */
  active: boolean;
  booths: Booth[];
}

export interface BoardRoom {
  roomId: string;
  /** A session of the room is live or on hold. */
  active: boolean;
  sessions: BoardSession[];
}

/**
 * The coordinator's board: the booths of every live or on-hold session, grouped by room; with `day`, also
 * the booths of that day's other sessions. Rooms with a session working now come first, then in venue
 * order; within a room the working session comes first, then by start.
 */
export function boardRooms(
  event: EventFile,
  live: Pick<LiveState, "sessions">,
  day: readonly Session[] | null,
): BoardRoom[] {
  const statusOf = (s: Session): SessionStatus => live.sessions[s.id]?.status ?? "scheduled";
  const shown = new Map<string, Session>();
  for (const session of event.sessions)
    if (isSessionActive(statusOf(session))) shown.set(session.id, session);
  for (const session of day ?? []) shown.set(session.id, session);

  const rooms = new Map<string, BoardSession[]>();
  for (const session of shown.values()) {
    const booths = event.booths.filter((b) => boothServes(b, session));
    if (booths.length === 0 || session.languages.length < 2) continue;
    const status = statusOf(session);
    const entry: BoardSession = { session, status, active: isSessionActive(status), booths };
    rooms.set(session.roomId, [...(rooms.get(session.roomId) ?? []), entry]);
  }
  const venueOrder = new Map(event.venue.rooms.map((r, i) => [r.id, i]));
  return [...rooms.entries()]
    .map(([roomId, sessions]) => ({
      roomId,
      active: sessions.some((s) => s.active),
      sessions: sessions.sort(
        (a, b) =>
          Number(b.active) - Number(a.active) ||
          Date.parse(a.session.start) - Date.parse(b.session.start) ||
          a.session.id.localeCompare(b.session.id),
      ),
    }))
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        (venueOrder.get(a.roomId) ?? 0) - (venueOrder.get(b.roomId) ?? 0),
    );
}

/** One booth in a relay map, with the booths that take relay from it. */
export interface RelayNode {
  boothId: string;
  children: RelayNode[];
}

export interface RelayMap {
  /** Booths working from the floor, each with its dependents (and theirs). */
  fromFloor: RelayNode[];
  /** Booths whose source is not among the given booths (or that take relay in a loop): source unknown. */
  unresolved: { boothId: string; source: string }[];
}

/**
 * Who takes relay from whom among a session's booths: floor -> pivots -> dependents. `sourceOf` gives
 * each booth's source (the floor or another booth's id).
 */
export function relayMap(boothIds: readonly string[], sourceOf: (boothId: string) => string): RelayMap {
  const placed = new Set<string>();
  const build = (boothId: string): RelayNode => {
    placed.add(boothId);
    const children = boothIds
      .filter((id) => id !== boothId && !placed.has(id) && sourceOf(id) === boothId)
      .map(build);
    return { boothId, children };
  };
  const fromFloor = boothIds.filter((id) => sourceOf(id) === FLOOR_SOURCE).map(build);
  const unresolved = boothIds
    .filter((id) => !placed.has(id))
    .map((boothId) => ({ boothId, source: sourceOf(boothId) }));
  return { fromFloor, unresolved };
}
