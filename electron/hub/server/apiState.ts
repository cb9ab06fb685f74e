import { venueNowMs } from "../../../shared/live/clock";
import type { LiveState } from "../../../shared/live/liveState";
import { publicEventFile } from "../../../shared/live/publicView";
import { sessionReadiness } from "../../../shared/readiness/readiness";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";
import { expectedTimes } from "../../../shared/views/expectedTimes";

/** The clock as a client reads it: the mode, and venue time now. */
export function describeClock(state: LiveState, wallMs: number) {
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  if (state.clock.mode === "wall") return { mode: "wall" as const, venueTime };
  return { mode: "rehearsal" as const, venueTime, speed: state.clock.speed, paused: state.clock.paused };
}

/**
 * Each session's live state plus where it now stands against its plan (delays flow room by room) and its
 * speakers' readiness rolled up against the expected start.
 */
function sessionsWithExpectedTimes(state: LiveState, wallMs: number) {
  const event = state.event;
  if (!event) return state.sessions;
  const nowMs = venueNowMs(state.clock, wallMs);
  const times = expectedTimes(event, state.sessions, nowMs);
  const planned = new Map(event.sessions.map((s) => [s.id, s]));
  return Object.fromEntries(
    Object.entries(state.sessions).map(([id, session]) => {
      const expected = times[id];
      const plan = planned.get(id);
      return [
        id,
        expected && plan
          ? {
              ...session,
              readiness: sessionReadiness(state, plan, expected.start, nowMs).status,
              expected: {
                start: new Date(expected.start).toISOString(),
                end: new Date(expected.end).toISOString(),
                delayMin: expected.delayMin,
                overrunMin: expected.overrunMin,
              },
            }
          : session,
      ];
    }),
  );
}

/** GET /api/state: the event as loaded and the live state keyed by id, with device roll-ups. */
export function apiState(state: LiveState, wallMs: number) {
  const health = state.event ? rollUpDeviceHealth(state.event, state) : { rooms: {}, booths: {} };
  const rooms = Object.fromEntries(
    Object.entries(state.rooms).map(([id, room]) => [id, { ...room, health: health.rooms[id] ?? "ok" }]),
  );
  const booths = Object.fromEntries(
    (state.event?.booths ?? []).map((booth) => [
      booth.id,
      { roomId: booth.roomId, health: health.booths[booth.id] ?? "ok", ...state.booths[booth.id] },
    ]),
  );
  return {
    seq: state.seq,
    event: publicEventFile(state.event),
    clock: describeClock(state, wallMs),
    rooms,
    sessions: sessionsWithExpectedTimes(state, wallMs),
    booths,
    devices: state.devices,
    assignments: state.assignments,
    requests: state.requests,
    readiness: state.readiness,
    log: state.log,
    edits: state.edits,
    alerts: state.alerts,
  };
}

/**
 * GET /api/programme: what anyone in the building may see, without the access code: the programme (no
 * secrets), rooms' statuses and the clock. Device pages (door panels, stage timers) read it.
 */
export function publicProgramme(state: LiveState) {
  return {
    seq: state.seq,
    event: publicEventFile(state.event),
    rooms: Object.fromEntries(Object.entries(state.rooms).map(([id, room]) => [id, { status: room.status }])),
  };
}
