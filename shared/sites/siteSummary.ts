import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import { type AlertSeverity, DEVICE_STATUSES, type DeviceStatus, type RoomStatus } from "../live/vocabulary";
import type { LocalizedText } from "../model/common";
import { deviceStatusOf } from "../views/deviceList";
import { roomNowNext } from "../views/roomNowNext";

/** How the main control room hears from another site: live, catching up after a gap, or cut off. */
export type SiteLinkStatus = "live" | "catching-up" | "cut";

export interface SiteLink {
  status: SiteLinkStatus;
  /** When the main site last heard from the other site's stream, by the hub's clock (null: never). */
  lastContactAt: string | null;
  /** Messages the other site has stored that the main site has not received yet, when known. */
  lagMessages: number | null;
}

export interface SiteRoomSummary {
  id: string;
  name: LocalizedText;
  status: RoomStatus;
  issue: string | null;
  /** The session on now in that room by its schedule, if any. */
  current: { id: string; title: LocalizedText } | null;
}

/** Another site's picture, as the main control room shows it: read-only, from its replicated journal. */
export interface SiteSummary {
  site: string;
  eventName: LocalizedText | null;
  /** The other site's journal position the summary reflects. */
  seq: number;
  rooms: SiteRoomSummary[];
  /** Devices reporting "ok", and every other one with its status (worst first). */
  devices: { total: number; ok: number; notOk: { id: string; status: DeviceStatus }[] };
  alerts: { id: string; severity: AlertSeverity; message: string }[];
  link: SiteLink;
}

const SEVERITY_ORDER: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };
const ALERTS_SHOWN = 5;

/** What the main control room needs of another site's live state: rooms, devices and open alerts. */
export function summarizeSite(site: string, state: LiveState, link: SiteLink, wallMs: number): SiteSummary {
  const event = state.event;
  const nowMs = venueNowMs(state.clock, wallMs);
  const rooms = (event?.venue.rooms ?? []).map((room): SiteRoomSummary => {
    const live = state.rooms[room.id];
    const current = roomNowNext(event?.sessions ?? [], room.id, nowMs).current;
    return {
      id: room.id,
      name: room.name,
      status: live?.status ?? "closed",
      issue: live?.issue ?? null,
      current: current ? { id: current.id, title: current.title } : null,
    };
  });
  const devices = (event?.devices ?? []).map((d) => ({
    id: d.id,
    status: deviceStatusOf(d, state.devices[d.id]?.status),
  }));
  const alerts = Object.values(state.alerts)
    .filter((a) => a.resolvedAt === null)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.raisedAt.localeCompare(b.raisedAt),
    )
    .slice(0, ALERTS_SHOWN)
    .map(({ id, severity, message }) => ({ id, severity, message }));
  return {
    site,
    eventName: event?.event.name ?? null,
    seq: state.seq,
    rooms,
    devices: {
      total: devices.length,
      ok: devices.filter((d) => d.status === "ok").length,
      notOk: devices
        .filter((d) => d.status !== "ok")
        .sort((a, b) => DEVICE_STATUSES.indexOf(a.status) - DEVICE_STATUSES.indexOf(b.status)),
    },
    alerts,
    link,
  };
}
