/**
 * One clock for every "last seen" age in the devices table: it ticks every `intervalMs` while anything
 * listens, so the rows whose age text changes redraw at a tick and the others do not (a clock per row, or
 * one passed down from the table, would redraw all of them).
 */
export interface AgoClock {
  /** This machine's wall time at the last tick; while nothing listens (the view opening), the time now. */
  now(): number;
  subscribe(listener: () => void): () => void;
}

export function createAgoClock(intervalMs: number, wallNow: () => number = () => Date.now()): AgoClock {
  const listeners = new Set<() => void>();
  let current = wallNow();
  let timer: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    current = wallNow();
    for (const listener of [...listeners]) listener();
  };
  return {
    now() {
      // Not running: the view is opening. Its first render reads the wall clock, then the ticks count.
      if (timer === null) current = wallNow();
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (timer === null) timer = setInterval(tick, intervalMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
}

/** How often the devices table's "last seen" ages are brought up to date. */
export const AGO_REFRESH_MS = 5000;

export const deviceAgoClock = createAgoClock(AGO_REFRESH_MS);
