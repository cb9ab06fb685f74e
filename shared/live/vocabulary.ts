/** Live status words shared by the hub, the console and the device pages. */

export const ROOM_STATUSES = [
  "closed",
  "setup",
  "tech-check",
  "ready",
  "doors-open",
  "live",
  "break",
  "strike",
] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export const SESSION_STATUSES = ["scheduled", "standby", "live", "hold", "ended", "cancelled"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session on stage (live, or held mid-session): the hub refuses to remove it or move it under the room. */
export const isSessionActive = (status: string | undefined): boolean =>
  status === "live" || status === "hold";

/** One device-health vocabulary for every kind, ordered from worst to best for roll-ups. */
export const DEVICE_STATUSES = ["fault", "missing", "offline", "warning", "initializing", "ok"] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const ALERT_SEVERITIES = ["critical", "warning", "info"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** Fails to compile when a union gains a member that a switch does not handle. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
