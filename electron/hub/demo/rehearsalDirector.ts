import type { Command } from "../../../shared/commands/commands";
import { venueNowMs } from "../../../shared/live/clock";
import type { Actor } from "../../../shared/live/liveState";
import type { RoomStatus } from "../../../shared/live/vocabulary";
import type { HubCore } from "../core/hubCore";
import {
  plannedRoomStatus,
  plannedSessionStatus,
  plannedSince,
  roomSlots,
  sessionSteps,
  transitionPath,
} from "./roomPlan";

const DIRECTOR: Actor = { operator: "rehearsal director", role: "simulator", workstation: "hub" };
const TICK_MS = 1_000;

/**
 * In demo mode, walks every room and session through its lifecycle as the rehearsal clock runs,
 * through the same commands and rules a stage manager uses, so the console shows a live venue. It acts
 * only when a planned status changes, so an operator's own change stands until the next step.
 */
export function startRehearsalDirector(core: HubCore, log: (line: string) => void): () => void {
  const lastPlanned = new Map<string, RoomStatus>();
  const lastPlannedSession = new Map<string, string>();
  const run = (command: Command): boolean => {
    const result = core.execute(command, DIRECTOR);
    if (!result.ok) log(`rehearsal director: ${result.error.message}`);
    return result.ok;
  };
  const tick = () => {
    const { event, rooms, sessions, clock } = core.state;
    if (!event) return;
    const now = venueNowMs(clock, Date.now());
    // The clock must have run through a session's edge for the director to act on it: after a jump
    // (an operator moving the rehearsal to another hour) sessions are left as they are, never started
    // late by the director, which would invent a delay nobody caused.
    const speed = clock.mode === "rehearsal" ? clock.speed : 1;
    const window = Math.max(2 * 60_000, 3 * speed * TICK_MS);
    for (const session of event.sessions) {
      const start = Date.parse(session.start);
      const end = Date.parse(session.end);
      const planned = plannedSessionStatus(start, end, now);
      if (lastPlannedSession.get(session.id) === planned) continue;
      lastPlannedSession.set(session.id, planned);
      if (now - plannedSince(start, end, planned) > window) continue;
      for (const type of sessionSteps(sessions[session.id]?.status ?? "", planned)) {
        if (!run({ type, sessionId: session.id })) break;
      }
    }
    for (const room of event.venue.rooms) {
      const current = rooms[room.id]?.status;
      const slots = roomSlots(event.sessions, room.id);
      if (current === undefined || slots.length === 0) continue;
      const planned = plannedRoomStatus(slots, now, event.event.timeZone);
      if (lastPlanned.get(room.id) === planned) continue;
      lastPlanned.set(room.id, planned);
      for (const status of transitionPath(current, planned)) {
        if (!run({ type: "room.setStatus", roomId: room.id, status })) break;
      }
    }
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
