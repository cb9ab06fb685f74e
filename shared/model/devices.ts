import { z } from "zod";
import { Id } from "./common";

export const DEVICE_KINDS = [
  "booth-console",
  "room-controller",
  "encoder",
  "stage-timer",
  "door-panel",
  "checkin-kiosk",
] as const;
export const DeviceKind = z.enum(DEVICE_KINDS);
export type DeviceKind = z.infer<typeof DeviceKind>;

/** A device registered for the event; it sits in a room or in a booth (never both). */
export const DeviceDefinition = z.object({
  id: Id,
  kind: DeviceKind,
  label: z.string().min(1).optional(),
  roomId: Id.optional(),
  boothId: Id.optional(),
  required: z.boolean(),
});
export type DeviceDefinition = z.infer<typeof DeviceDefinition>;
