import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { LiveState } from "../../../shared/live/liveState";
import type { DeviceTelemetryView, PresenceEntry } from "../../../shared/protocol/consoleProtocol";
import type { SiteSummary } from "../../../shared/sites/siteSummary";

/**
 * connecting: first attempt, nothing received yet; connected: socket open; reconnecting: the link
 * dropped and a retry is scheduled; offline: several retries failed or the machine has no network.
 */
export type LinkState = "connecting" | "connected" | "reconnecting" | "offline";

export interface HubState {
  live: LiveState | null;
  link: LinkState;
  /** Hub wall clock minus this machine's, from the last snapshot: venue time is computed with it. */
  serverOffsetMs: number;
  /** Local time the last data arrived; shown beside stale data. */
  lastDataAt: number | null;
  /** Local time of the next reconnect attempt while the link is down. */
  retryAt: number | null;
  hubVersion: string | null;
  /** Coalesced device data from the hub (never journaled), by device id. */
  telemetry: Record<string, DeviceTelemetryView>;
  /** Who is signed in on which console, as the hub last said. */
  presence: PresenceEntry[];
  /** Other sites' pictures (a satellite studio), read-only, as the hub last sent them. */
  sites: SiteSummary[];
  /** The hub refused this console's access code (why), until the sign-in changes. */
  authError: string | null;
}

export const initialHubState: HubState = {
  live: null,
  link: "connecting",
  serverOffsetMs: 0,
  lastDataAt: null,
  retryAt: null,
  hubVersion: null,
  telemetry: {},
  presence: [],
  sites: [],
  authError: null,
};

export const hubStore = createStore<HubState>()(() => initialHubState);
export type HubStore = typeof hubStore;

export function useHub<T>(selector: (state: HubState) => T): T {
  return useStore(hubStore, selector);
}

/** Data is stale whenever we hold some but the link that keeps it current is down. */
export const selectStale = (s: HubState) => s.live !== null && s.link !== "connected";
export const selectEvent = (s: HubState) => s.live?.event ?? null;
export const selectClock = (s: HubState) => s.live?.clock ?? null;
