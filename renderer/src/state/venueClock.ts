import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { venueNowMs } from "../../../shared/live/clock";
import { hubStore } from "./hubStore";

/**
 * The venue clock on this screen, computed from the hub's ClockState and the measured offset to the
 * hub's wall clock; nothing is broadcast per tick. Hot readers (clock digits, countdowns, the now line)
 * subscribe to every tick and write to the DOM themselves; views that only care which sessions are on
 * read the coarse store, which changes at most once per wall second and only when the venue minute does.
 */
const TICK_MS = 200;
const COARSE_MIN_WALL_MS = 1000;

type TickListener = (venueMs: number) => void;
const listeners = new Set<TickListener>();

export const coarseVenueClock = createStore<{ venueMs: number | null }>()(() => ({ venueMs: null }));

export function currentVenueMs(): number | null {
  const { live, serverOffsetMs } = hubStore.getState();
  return live ? venueNowMs(live.clock, Date.now() + serverOffsetMs) : null;
}

let lastCoarseWall = 0;

function tick(force: boolean): void {
  const venueMs = currentVenueMs();
  if (venueMs === null) return;
  for (const listener of listeners) listener(venueMs);
  const previous = coarseVenueClock.getState().venueMs;
  const minuteChanged = previous === null || Math.floor(previous / 60_000) !== Math.floor(venueMs / 60_000);
  const wall = Date.now();
  if (force || (minuteChanged && wall - lastCoarseWall >= COARSE_MIN_WALL_MS)) {
    lastCoarseWall = wall;
    coarseVenueClock.setState({ venueMs });
  }
}

let started = false;

export function startVenueClock(): void {
  if (started) return;
  started = true;
  setInterval(() => tick(false), TICK_MS);
  // A clock.set or a new offset must show at once, not on the next minute.
  hubStore.subscribe((state, previous) => {
    if (state.live?.clock !== previous.live?.clock || state.serverOffsetMs !== previous.serverOffsetMs)
      tick(true);
  });
}

/** Calls the listener on every tick (and once now, if the time is known); returns the unsubscribe. */
export function subscribeVenueTick(listener: TickListener): () => void {
  listeners.add(listener);
  const now = currentVenueMs();
  if (now !== null) listener(now);
  return () => listeners.delete(listener);
}

/** The venue time, refreshed when the minute changes: for deciding what is on, not for showing seconds. */
export function useCoarseVenueMs(): number | null {
  return useStore(coarseVenueClock, (s) => s.venueMs);
}
