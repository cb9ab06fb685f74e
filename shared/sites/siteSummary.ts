import { venueNowMs } from "../live/clock";
import type { Alert, LiveState } from "../live/liveState";
import { type AlertSeverity, DEVICE_STATUSES, type DeviceStatus, type RoomStatus } from "../live/vocabulary";
import type { LocalizedText } from "../model/common";
import type { EventFile } from "../model/eventFile";
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
  /** The most pressing open alerts, whole, so a console says them in its own language. */
  alerts: Alert[];
  /** Just the names those alerts mention (rooms, sessions, booths, devices, people, languages). */
  names: AlertNames;
  link: SiteLink;
}

/** The parts of an event file that name what alerts mention; a console builds its alert texts from it. */
export type AlertNames = Pick<EventFile, "languages" | "booths" | "sessions" | "devices"> & {
  venue: Pick<EventFile["venue"], "rooms">;
  people: Pick<EventFile["people"], "interpreters" | "speakers">;
};

/** Every id an alert mentions: its subject and each of its parameters (lists are comma-separated). */
function mentionedIds(alerts: readonly Alert[]): Set<string> {
  const ids = new Set<string>();
  for (const alert of alerts) {
    ids.add(alert.subject.id);
    for (const value of Object.values(alert.params ?? {}))
      for (const part of String(value).split(",")) ids.add(part.trim());
  }
  return ids;
}

/** The names the alerts need, and no more: a satellite's whole event file would be sent on every change. */
export function alertNames(event: EventFile | null, alerts: readonly Alert[]): AlertNames {
  const ids = mentionedIds(alerts);
  const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
    (items ?? []).filter((i) => ids.has(i.id));
  // A booth is named by its language and room, so those come with it.
  const booths = byId(event?.booths);
  for (const booth of booths) ids.add(booth.language).add(booth.roomId);
  return {
    languages: (event?.languages ?? []).filter((l) => ids.has(l.code)),
    booths,
    sessions: byId(event?.sessions),
    devices: byId(event?.devices),
    venue: { rooms: byId(event?.venue.rooms) },
    people: { interpreters: byId(event?.people.interpreters), speakers: byId(event?.people.speakers) },
  };
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
    .slice(0, ALERTS_SHOWN);
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
    names: alertNames(event, alerts),
    link,
  };
}
