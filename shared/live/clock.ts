/**
 * The venue clock: the wall clock, or a rehearsal clock that runs from a chosen venue time at a chosen
 * speed. A rehearsal clock is stored as an anchor (venue time at a wall instant) so that every console
 * computes the same time without a tick being broadcast.
 */
export type ClockState =
  | { mode: "wall" }
  | { mode: "rehearsal"; anchorVenueMs: number; anchorWallMs: number; speed: number; paused: boolean };

export const WALL_CLOCK: ClockState = { mode: "wall" };
export const MAX_CLOCK_SPEED = 3600;

export function venueNowMs(clock: ClockState, wallMs: number): number {
  if (clock.mode === "wall") return wallMs;
  if (clock.paused) return clock.anchorVenueMs;
  return clock.anchorVenueMs + (wallMs - clock.anchorWallMs) * clock.speed;
}

export function rehearsalClock(venueMs: number, wallMs: number, speed = 1, paused = false): ClockState {
  return { mode: "rehearsal", anchorVenueMs: venueMs, anchorWallMs: wallMs, speed, paused };
}

/** Re-anchors at the current instant so that changing speed or pausing never makes time jump. */
export function adjustClock(
  clock: ClockState,
  wallMs: number,
  change: { speed?: number; paused?: boolean; venueMs?: number },
): ClockState {
  const base = venueNowMs(clock, wallMs);
  const speed = change.speed ?? (clock.mode === "rehearsal" ? clock.speed : 1);
  const paused = change.paused ?? (clock.mode === "rehearsal" ? clock.paused : false);
  return rehearsalClock(change.venueMs ?? base, wallMs, speed, paused);
}
