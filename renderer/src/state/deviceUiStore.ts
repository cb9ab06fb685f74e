import { create } from "zustand";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { type DeviceFilter, NO_DEVICE_FILTER } from "../../../shared/views/deviceList";

/** Journal events about one device: connections, status changes, its own events, link changes. */
export type DeviceJournalEvent = Extract<JournalEvent, { deviceId: string }>;

export const RECENT_EVENTS_PER_DEVICE = 20;
export type RecentEvents = Readonly<Record<string, readonly DeviceJournalEvent[]>>;

/** Adds events to each device's history, newest last, keeping the last `limit` per device. */
export function appendRecent(
  recent: RecentEvents,
  events: readonly JournalEvent[],
  limit = RECENT_EVENTS_PER_DEVICE,
): RecentEvents {
  const next: Record<string, DeviceJournalEvent[]> = {};
  for (const event of events) {
    if (!("deviceId" in event)) continue;
    const list = next[event.deviceId] ?? [...(recent[event.deviceId] ?? [])];
    list.push(event);
    next[event.deviceId] = list.length > limit ? list.slice(-limit) : list;
  }
  return Object.keys(next).length === 0 ? { ...recent } : { ...recent, ...next };
}

interface DeviceUiState {
  filter: DeviceFilter;
  /** The device whose drawer is open. */
  selectedId: string | null;
  /** Recent journal events per device, from the console's stream (not kept across reloads). */
  recent: RecentEvents;
  /** When each device's current link was issued (null: none); from GET /api/devices. */
  provisionedAt: Record<string, string | null> | null;
  /** Bumped when a link is issued or revoked anywhere, so the view reads the registry again. */
  provisioningVersion: number;
  setFilter: (change: Partial<DeviceFilter>) => void;
  select: (deviceId: string | null) => void;
  setProvisionedAt: (provisionedAt: Record<string, string | null>) => void;
  recordJournal: (events: readonly JournalEvent[]) => void;
}

export const useDeviceUi = create<DeviceUiState>()((set) => ({
  filter: NO_DEVICE_FILTER,
  selectedId: null,
  recent: {},
  provisionedAt: null,
  provisioningVersion: 0,
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  select: (selectedId) => set({ selectedId }),
  setProvisionedAt: (provisionedAt) => set({ provisionedAt }),
  recordJournal: (events) =>
    set((s) => {
      const deviceEvents = events.filter((e) => "deviceId" in e);
      if (deviceEvents.length === 0) return s;
      const linkChanged = deviceEvents.some(
        (e) => e.type === "device.tokenIssued" || e.type === "device.tokenRevoked",
      );
      return {
        recent: appendRecent(s.recent, deviceEvents),
        provisioningVersion: s.provisioningVersion + (linkChanged ? 1 : 0),
      };
    }),
}));
