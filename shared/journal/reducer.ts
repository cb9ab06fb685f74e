import type { Alert, DeviceLive, LiveState, RoomLive, SessionLive } from "../live/liveState";
import { assertNever } from "../live/vocabulary";
import type { EventFile } from "../model/eventFile";
import type { JournalEvent } from "./journalEvents";

const NEW_ROOM: RoomLive = { status: "closed", issue: null, changed: null };
const NEW_SESSION: SessionLive = { status: "scheduled", actualStart: null, actualEnd: null };

function newDevice(required: boolean): DeviceLive {
  // A required device never seen is "missing"; an optional one is merely "offline".
  return { status: required ? "missing" : "offline", lastSeen: null, firmware: null, stale: false };
}

/** Keeps the live state of ids that stay (a reloaded programme must not reset a live room). */
function keepOrCreate<T>(previous: Record<string, T>, ids: readonly string[], create: (id: string) => T) {
  const next: Record<string, T> = {};
  for (const id of ids) next[id] = previous[id] ?? create(id);
  return next;
}

function loadEvent(state: LiveState, event: EventFile): LiveState {
  const required = new Map(event.devices.map((d) => [d.id, d.required]));
  return {
    ...state,
    event,
    rooms: keepOrCreate(
      state.rooms,
      event.venue.rooms.map((r) => r.id),
      () => NEW_ROOM,
    ),
    sessions: keepOrCreate(
      state.sessions,
      event.sessions.map((s) => s.id),
      () => NEW_SESSION,
    ),
    devices: keepOrCreate(state.devices, [...required.keys()], (id) => newDevice(required.get(id) ?? false)),
  };
}

function updateDevice(
  state: LiveState,
  deviceId: string,
  change: (device: DeviceLive) => DeviceLive,
): LiveState {
  const device = state.devices[deviceId];
  if (!device) return state;
  const next = change(device);
  const alertId = offlineAlertId(deviceId);
  const alert = state.alerts[alertId];
  // A device that is heard from again resolves its offline alert.
  const alerts =
    alert && alert.resolvedAt === null && next.status !== "offline"
      ? { ...state.alerts, [alertId]: { ...alert, resolvedAt: next.lastSeen ?? alert.raisedAt } }
      : state.alerts;
  return { ...state, devices: { ...state.devices, [deviceId]: next }, alerts };
}

export const offlineAlertId = (deviceId: string) => `device-offline:${deviceId}`;

/** Offline: its data is stale from now on; an unexpected loss raises an alert (critical if required). */
function deviceOffline(
  state: LiveState,
  event: Extract<JournalEvent, { type: "device.disconnected" }>,
): LiveState {
  const next = updateDevice(state, event.deviceId, (d) => ({
    ...d,
    status: "offline",
    stale: true,
    lastSeen: d.lastSeen,
  }));
  if (next === state || !event.raiseAlert) return next;
  const required = state.event?.devices.find((d) => d.id === event.deviceId)?.required ?? false;
  const alert: Alert = {
    id: offlineAlertId(event.deviceId),
    rule: "device.offline",
    severity: required ? "critical" : "warning",
    subject: { type: "device", id: event.deviceId },
    message: event.reason,
    raisedAt: event.at,
    acknowledged: null,
    resolvedAt: null,
  };
  return { ...next, alerts: { ...next.alerts, [alert.id]: alert } };
}

/** Applies one journal event. Pure: same state and event, same result; never mutates its input. */
export function applyJournalEvent(state: LiveState, event: JournalEvent): LiveState {
  const next = reduce(state, event);
  return next === state ? { ...state, seq: event.seq } : { ...next, seq: event.seq };
}

function reduce(state: LiveState, event: JournalEvent): LiveState {
  switch (event.type) {
    case "event.loaded":
      return loadEvent(state, event.event);
    case "clock.set":
      return { ...state, clock: event.clock };
    case "room.statusChanged": {
      const room = state.rooms[event.roomId];
      if (!room) return state;
      const changed = { at: event.at, by: event.actor };
      return { ...state, rooms: { ...state.rooms, [event.roomId]: { ...room, status: event.to, changed } } };
    }
    case "room.issueChanged": {
      const room = state.rooms[event.roomId];
      if (!room) return state;
      return { ...state, rooms: { ...state.rooms, [event.roomId]: { ...room, issue: event.issue } } };
    }
    case "device.connected":
      return updateDevice(state, event.deviceId, (d) => ({
        ...d,
        status: "initializing",
        firmware: event.firmware,
        lastSeen: event.at,
        stale: false,
      }));
    case "device.statusChanged":
      return updateDevice(state, event.deviceId, (d) => ({ ...d, status: event.status, lastSeen: event.at }));
    case "device.disconnected":
      return deviceOffline(state, event);
    case "device.tokenIssued":
    case "device.tokenRevoked":
      return state;
    case "device.event":
      return updateDevice(state, event.deviceId, (d) => ({ ...d, lastSeen: event.at }));
    default:
      return assertNever(event);
  }
}
