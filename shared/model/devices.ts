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
  /**
   * Encoders running OBS Studio: the hub connects to obs-websocket v5 at this address instead of
   * waiting for the device to connect. The password sits in the event file: keep that file private.
   */
  obs: z
    .object({
      address: z.string().regex(/^wss?:\/\/\S+$/, "must be a ws:// or wss:// address"),
      password: z.string().optional(),
    })
    .optional(),
});
export type DeviceDefinition = z.infer<typeof DeviceDefinition>;
