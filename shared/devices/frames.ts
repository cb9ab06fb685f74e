import { z } from "zod";
import { DeviceKind } from "../model/devices";

/**
 * Frames of the on-site device protocol, version 1 (docs/device-protocol.md). Every frame is one JSON
 * object in a text frame with a string `type`. These schemas check the envelope; the payload of
 * `state`, `event` and `command` is checked per kind (deviceKinds.ts).
 */
export const DEVICE_PROTOCOL_VERSION = 1;
export const DEVICES_PATH = "/devices";

/** Limits the contract fixes. */
export const DEVICE_LIMITS = {
  helloTimeoutMs: 5_000,
  maxFrameBytes: 64 * 1024,
  commandTimeoutMs: 5_000,
  /** Offline after this many heartbeat intervals without any frame. */
  missedHeartbeats: 3,
  badMessages: { count: 20, windowMs: 10_000 },
  flood: { framesPerSecond: 100, sustainedMs: 5_000 },
} as const;

export const CLOSE_CODES = {
  badHello: 4400,
  unauthorized: 4401,
  unsupportedProtocol: 4406,
  replaced: 4409,
  tooManyBadMessages: 4429,
  frameTooLarge: 1009,
  shuttingDown: 1001,
} as const;

export const Hello = z.object({
  type: z.literal("hello"),
  protocol: z.number().int(),
  deviceId: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
  kind: z.string().min(1),
  firmware: z.string().max(100).optional(),
});
export type Hello = z.infer<typeof Hello>;

export const Welcome = z.object({
  type: z.literal("welcome"),
  protocol: z.literal(DEVICE_PROTOCOL_VERSION),
  deviceId: z.string(),
  heartbeatMs: z.number().int().positive(),
  serverTime: z.iso.datetime({ offset: true }),
});
export type Welcome = z.infer<typeof Welcome>;

const Heartbeat = z.object({ type: z.literal("heartbeat") });
const StateFrame = z.object({ type: z.literal("state"), data: z.record(z.string(), z.unknown()) });
const EventFrame = z.object({
  type: z.literal("event"),
  name: z.string().min(1).max(60),
  data: z.record(z.string(), z.unknown()).default({}),
});
const AckFrame = z.union([
  z.object({ type: z.literal("ack"), id: z.string().min(1), ok: z.literal(true) }),
  z.object({
    type: z.literal("ack"),
    id: z.string().min(1),
    ok: z.literal(false),
    error: z.string().max(500),
  }),
]);

/** What a device may send after welcome. */
export const DeviceFrame = z.union([Heartbeat, StateFrame, EventFrame, AckFrame]);
export type DeviceFrame = z.infer<typeof DeviceFrame>;
export const DEVICE_FRAME_TYPES = ["heartbeat", "state", "event", "ack"] as const;

export const CommandFrame = z.object({
  type: z.literal("command"),
  id: z.string(),
  name: z.string(),
  args: z.record(z.string(), z.unknown()),
});
export type CommandFrame = z.infer<typeof CommandFrame>;

export interface ErrorFrame {
  type: "error";
  code: "bad_message";
  detail: string;
}

export { DeviceKind };
