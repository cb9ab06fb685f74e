import type { Alert, DeviceLive, LiveState } from "../live/liveState";
import type { JournalEvent } from "./journalEvents";

export const offlineAlertId = (deviceId: string) => `device-offline:${deviceId}`;

export function newDevice(required: boolean): DeviceLive {
  // A required device never seen is "missing"; an optional one is merely "offline".
  return { status: required ? "missing" : "offline", lastSeen: null, firmware: null, stale: false };
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

/** Offline: its data is stale from now on; an unexpected loss raises an alert (critical if required). */
function deviceOffline(
  state: LiveState,
  event: Extract<JournalEvent, { type: "device.disconnected" }>,
): LiveState {
  const next = updateDevice(state, event.deviceId, (d) => ({ ...d, status: "offline", stale: true }));
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
    escalatedAt: null,
    resolvedAt: null,
  };
  return { ...next, alerts: { ...next.alerts, [alert.id]: alert } };
}

export type DeviceJournalEvent = Extract<JournalEvent, { type: `device.${string}` }>;

export function reduceDevice(state: LiveState, event: DeviceJournalEvent): LiveState {
  switch (event.type) {
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
    case "device.event":
      return updateDevice(state, event.deviceId, (d) => ({ ...d, lastSeen: event.at }));
    case "device.tokenIssued":
    case "device.tokenRevoked":
      return state;
  }
}
