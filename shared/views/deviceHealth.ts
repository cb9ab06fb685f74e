import type { LiveState } from "../live/liveState";
import { DEVICE_STATUSES, type DeviceStatus } from "../live/vocabulary";
import type { EventFile } from "../model/eventFile";

const RANK = new Map<DeviceStatus, number>(DEVICE_STATUSES.map((s, i) => [s, i]));

/** Faults outrank warnings: the worst of a set of statuses; "ok" for an empty set. */
export function worstStatus(statuses: Iterable<DeviceStatus>): DeviceStatus {
  let worst: DeviceStatus = "ok";
  for (const status of statuses) {
    if ((RANK.get(status) ?? 0) < (RANK.get(worst) ?? 0)) worst = status;
  }
  return worst;
}

function append(groups: Record<string, DeviceStatus[]>, key: string, status: DeviceStatus): void {
  const group = groups[key];
  if (group) group.push(status);
  else groups[key] = [status];
}

export interface HealthRollup {
  rooms: Record<string, DeviceStatus>;
  booths: Record<string, DeviceStatus>;
}

/**
 * A booth shows the worst of its devices; a room the worst of its own devices and its booths'.
 * Rooms and booths without devices show "ok": there is nothing there to fail.
 */
export function rollUpDeviceHealth(event: EventFile, state: Pick<LiveState, "devices">): HealthRollup {
  const booths: Record<string, DeviceStatus[]> = {};
  const rooms: Record<string, DeviceStatus[]> = {};
  const boothRoom = new Map(event.booths.map((b) => [b.id, b.roomId]));
  for (const device of event.devices) {
    const status = state.devices[device.id]?.status ?? (device.required ? "missing" : "offline");
    const roomId = device.roomId ?? (device.boothId ? boothRoom.get(device.boothId) : undefined);
    if (device.boothId) append(booths, device.boothId, status);
    if (roomId) append(rooms, roomId, status);
  }
  const result: HealthRollup = { rooms: {}, booths: {} };
  for (const room of event.venue.rooms) result.rooms[room.id] = worstStatus(rooms[room.id] ?? []);
  for (const booth of event.booths) result.booths[booth.id] = worstStatus(booths[booth.id] ?? []);
  return result;
}
