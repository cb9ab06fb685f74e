import { useEffect, useState } from "react";
import { create } from "zustand";
import type { RoomStatus } from "../../../shared/live/vocabulary";
import type { EventFile } from "../../../shared/model/eventFile";
import {
  anchorFromHealth,
  type HealthClock,
  type VenueAnchor,
  venueMsAt,
} from "../../../shared/views/venueClockAnchor";

/** The clock is re-anchored this often, so a rehearsal clock's changes of speed or time show up soon. */
const HEALTH_EVERY_MS = 15_000;
/** Titles rarely change, but room statuses do (a door panel falls back on them); a reconnect also reloads. */
const STATE_EVERY_MS = 60_000;
/** Health probes that fail in a row before the page suspects its socket is dead too. */
const FAILURES_BEFORE_RECONNECT = 2;

interface PublicData {
  event: EventFile | null;
  rooms: Record<string, { status: RoomStatus }>;
  anchor: VenueAnchor | null;
}

/** What every device page reads from the hub's public HTTP API (no code needed: it is the programme). */
export const usePublicData = create<PublicData>()(() => ({ event: null, rooms: {}, anchor: null }));

async function getJson<T>(path: string): Promise<T | null> {
  try {
    const response = await fetch(path, { cache: "no-store", signal: AbortSignal.timeout(8000) });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

export async function refreshState(): Promise<void> {
  const state = await getJson<PublicData>("/api/programme");
  if (state?.event) usePublicData.setState({ event: state.event, rooms: state.rooms });
}

async function refreshClock(): Promise<boolean> {
  const sent = performance.now();
  const health = await getJson<{ clock: HealthClock }>("/api/health");
  if (!health) return false;
  const anchor = anchorFromHealth(health.clock, sent, performance.now());
  if (anchor) usePublicData.setState({ anchor });
  return true;
}

/** Loads the programme and the venue clock now and keeps them fresh; `onUnreachable` hears of a silent hub. */
export function startPublicData(onUnreachable: () => void): void {
  let failures = 0;
  const probe = async () => {
    failures = (await refreshClock()) ? 0 : failures + 1;
    if (failures === FAILURES_BEFORE_RECONNECT) onUnreachable();
  };
  void probe();
  void refreshState();
  setInterval(() => void probe(), HEALTH_EVERY_MS);
  setInterval(() => void refreshState(), STATE_EVERY_MS);
}

/** Venue time now, from the hub's clock and this screen's monotonic clock; null until the hub answered. */
export function venueNow(): number | null {
  const { anchor } = usePublicData.getState();
  return anchor ? venueMsAt(anchor, performance.now()) : null;
}

/** Venue time, re-rendering every `intervalMs`. */
export function useVenueNow(intervalMs: number): number | null {
  const anchor = usePublicData((s) => s.anchor);
  const [now, setNow] = useState(() => venueNow());
  useEffect(() => {
    if (!anchor) return;
    setNow(venueMsAt(anchor, performance.now()));
    const timer = setInterval(() => setNow(venueMsAt(anchor, performance.now())), intervalMs);
    return () => clearInterval(timer);
  }, [anchor, intervalMs]);
  return now;
}
