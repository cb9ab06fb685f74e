import type { DeviceStatus } from "../live/vocabulary";
import type { DeviceDefinition, DeviceKind } from "../model/devices";
import type { EventFile } from "../model/eventFile";
import type { Booth } from "../model/programme";
import { normalizeForSearch } from "./speakerSearch";

export interface DeviceFilter {
  kind: DeviceKind | "all";
  status: DeviceStatus | "all";
  /** Words to find in the device's id, label, room or booth. */
  text: string;
}

export const NO_DEVICE_FILTER: DeviceFilter = { kind: "all", status: "all", text: "" };

export interface DeviceListRow {
  device: DeviceDefinition;
  /** The room the device is in, directly or through its booth. */
  roomId: string | null;
  booth: Booth | null;
  status: DeviceStatus;
}

export interface DeviceGroup {
  /** null for devices that belong to no room. */
  roomId: string | null;
  rows: DeviceListRow[];
}

type ListEvent = Pick<EventFile, "venue" | "booths" | "devices">;

/** A device that never connected: missing when the event needs it, else just offline. */
export function deviceStatusOf(device: DeviceDefinition, live: DeviceStatus | undefined): DeviceStatus {
  return live ?? (device.required ? "missing" : "offline");
}

function matches(row: DeviceListRow, filter: DeviceFilter, roomNames: Map<string, string>): boolean {
  if (filter.kind !== "all" && row.device.kind !== filter.kind) return false;
  if (filter.status !== "all" && row.status !== filter.status) return false;
  const words = normalizeForSearch(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(
    [row.device.id, row.device.label ?? "", row.booth?.id ?? "", roomNames.get(row.roomId ?? "") ?? ""].join(
      " ",
    ),
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * The devices that pass the filter, grouped by room in the venue's order (lower floors first), booth
 * devices under their booth's room; devices of no room come last. Within a room, the event file's order.
 */
export function groupDevicesByRoom(
  event: ListEvent,
  statusOf: (device: DeviceDefinition) => DeviceStatus,
  filter: DeviceFilter = NO_DEVICE_FILTER,
): DeviceGroup[] {
  const booths = new Map(event.booths.map((b) => [b.id, b]));
  const level = new Map(event.venue.floors.map((f) => [f.id, f.level]));
  const rooms = [...event.venue.rooms].sort(
    (a, b) => (level.get(a.floorId) ?? 0) - (level.get(b.floorId) ?? 0),
  );
  const roomNames = new Map(rooms.map((r) => [r.id, `${r.name.en} ${r.name["zh-CN"]}`]));
  const byRoom = new Map<string | null, DeviceListRow[]>();
  for (const device of event.devices) {
    const booth = device.boothId ? (booths.get(device.boothId) ?? null) : null;
    const roomId = device.roomId ?? booth?.roomId ?? null;
    const row: DeviceListRow = { device, roomId, booth, status: statusOf(device) };
    if (!matches(row, filter, roomNames)) continue;
    byRoom.set(roomId, [...(byRoom.get(roomId) ?? []), row]);
  }
  const groups: DeviceGroup[] = [];
  for (const room of rooms) {
    const rows = byRoom.get(room.id);
    if (rows) groups.push({ roomId: room.id, rows });
  }
  const unplaced = byRoom.get(null);
  if (unplaced) groups.push({ roomId: null, rows: unplaced });
  return groups;
}
