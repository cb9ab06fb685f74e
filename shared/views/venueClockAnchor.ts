/** The venue clock as GET /api/health describes it. */
export interface HealthClock {
  mode: "wall" | "rehearsal";
  venueTime: string;
  speed?: number;
  paused?: boolean;
}

/**
 * Venue time pinned to a reading of a monotonic clock (performance.now() in a browser). A device screen
 * computes venue time from this, never from its own wall clock, which may be wrong or far from the venue's.
 */
export interface VenueAnchor {
  venueMs: number;
  monoMs: number;
  /** Venue milliseconds per monotonic millisecond: the rehearsal speed, 1 for the wall clock, 0 when paused. */
  rate: number;
}

/**
 * Anchors the venue clock from a health answer. The hub read its clock somewhere between our request and
 * its answer; pinning it to the midpoint halves the error a slow network adds.
 */
export function anchorFromHealth(
  clock: HealthClock,
  sentMonoMs: number,
  receivedMonoMs: number,
): VenueAnchor | null {
  const venueMs = Date.parse(clock.venueTime);
  if (!Number.isFinite(venueMs)) return null;
  const rate = clock.mode === "wall" ? 1 : clock.paused ? 0 : (clock.speed ?? 1);
  return { venueMs, monoMs: (sentMonoMs + receivedMonoMs) / 2, rate };
}

export function venueMsAt(anchor: VenueAnchor, monoMs: number): number {
  return anchor.venueMs + (monoMs - anchor.monoMs) * anchor.rate;
}
