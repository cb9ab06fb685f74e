import { venueNowMs } from "../../../shared/live/clock";
import type { LiveState } from "../../../shared/live/liveState";
import { publicEventFile } from "../../../shared/live/publicView";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";
import { expectedTimes } from "../../../shared/views/expectedTimes";

/** The clock as a client reads it: the mode, and venue time now. */
export function describeClock(state: LiveState, wallMs: number) {
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  if (state.clock.mode === "wall") return { mode: "wall" as const, venueTime };
  return { mode: "rehearsal" as const, venueTime, speed: state.clock.speed, paused: state.clock.paused };
}

/** Each session's live state plus where it now stands against its plan (delays flow room by room). */
function sessionsWithExpectedTimes(state: LiveState, wallMs: number) {
  if (!state.event) return state.sessions;
  const times = expectedTimes(state.event, state.sessions, venueNowMs(state.clock, wallMs));
  return Object.fromEntries(
    Object.entries(state.sessions).map(([id, session]) => {
      const expected = times[id];
      return [
        id,
        expected
          ? {
              ...session,
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
      { roomId: booth.roomId, health: health.booths[booth.id] ?? "ok" },
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
    alerts: state.alerts,
  };
}
