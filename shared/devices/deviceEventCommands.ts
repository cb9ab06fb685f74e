import type { Command } from "../commands/commands";
import type { DeviceKind } from "../model/devices";
import type { EventFile } from "../model/eventFile";

/**
 * The commands a device's events stand for: a booth console's handover, help and speak-slowly, and a
 * kiosk's check-in, become the same commands a coordinator or stage manager would send, so they are decided, journaled and carried out alike.
 * Null for events that are only recorded.
 */
export function commandForDeviceEvent(
  event: EventFile | null,
  device: { deviceId: string; kind: DeviceKind },
  name: string,
  data: Record<string, unknown>,
): Command | null {
  if (device.kind === "checkin-kiosk" && name === "check-in" && typeof data.personId === "string") {
    return typeof data.sessionId === "string"
      ? { type: "speaker.checkIn", speakerId: data.personId, sessionId: data.sessionId }
      : { type: "speaker.checkIn", speakerId: data.personId };
  }
  if (device.kind !== "booth-console") return null;
  const boothId = event?.devices.find((d) => d.id === device.deviceId)?.boothId;
  if (!boothId) return null;
  const note = typeof data.note === "string" ? data.note : undefined;
  switch (name) {
    case "handover-done":
      return typeof data.toInterpreterId === "string"
        ? { type: "booth.handover", boothId, toInterpreterId: data.toInterpreterId }
        : { type: "booth.handover", boothId };
    case "help-request":
      return note === undefined
        ? { type: "booth.request", boothId, kind: "help" }
        : { type: "booth.request", boothId, kind: "help", note };
    case "speak-slowly":
      return { type: "booth.request", boothId, kind: "speak-slowly" };
    default:
      return null;
  }
}
