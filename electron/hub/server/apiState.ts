import { venueNowMs } from "../../../shared/live/clock";
import type { LiveState } from "../../../shared/live/liveState";
import { publicEventFile } from "../../../shared/live/publicView";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";

/** The clock as a client reads it: the mode, and venue time now. */
export function describeClock(state: LiveState, wallMs: number) {
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  if (state.clock.mode === "wall") return { mode: "wall" as const, venueTime };
  return { mode: "rehearsal" as const, venueTime, speed: state.clock.speed, paused: state.clock.paused };
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
    sessions: state.sessions,
    booths,
    devices: state.devices,
    alerts: state.alerts,
  };
}
