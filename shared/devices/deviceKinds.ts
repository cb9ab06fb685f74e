import { z } from "zod";
import type { DeviceStatus } from "../live/vocabulary";
import type { DeviceKind } from "../model/devices";

/**
 * Per-kind payloads of the device protocol: what a device of each kind reports (`state`, merged field by
 * field into what the hub holds), the events it sends, and the commands it accepts. Objects are strict:
 * an unknown field is a bad message, so a typo in a device's firmware shows up at once.
 */
export interface KindSpec {
  state: z.ZodObject;
  events: Record<string, z.ZodObject>;
  commands: Record<string, z.ZodObject>;
  /** The device's own view of its health, from its merged state. */
  health(state: Record<string, unknown>): DeviceStatus;
}

const text = (max: number) => z.string().min(1).max(max);
const none = z.object({}).strict();

const boothConsole: KindSpec = {
  state: z
    .object({
      micLive: z.boolean(),
      /** Output channel the live microphone feeds; 0 is the floor. */
      channel: z.number().int().min(0).max(64),
      /** "floor", or the id of the pivot booth this booth takes relay from. */
      relaySource: text(100),
      inputLevelDb: z.number().min(-120).max(0),
      occupied: z.boolean(),
      activeInterpreterId: text(100).nullable(),
      partnerStatus: z.enum(["broadcasting", "available", "offline"]),
    })
    .partial()
    .strict(),
  events: {
    "help-request": z.object({ note: text(200).optional() }).strict(),
    "speak-slowly": none,
    "handover-done": z.object({ toInterpreterId: text(100).optional() }).strict(),
  },
  commands: {
    "acknowledge-request": z.object({ request: z.enum(["help-request", "speak-slowly"]) }).strict(),
    "set-relay": z.object({ source: text(100) }).strict(),
    message: z.object({ text: text(200) }).strict(),
    /** The hub's record of the turn: who is on the microphone, who is next, since when (venue time). */
    "show-turn": z
      .object({
        interpreterId: text(100).nullable(),
        nextInterpreterId: text(100).nullable(),
        team: z.array(text(100)).max(4),
        startedAt: z.iso.datetime({ offset: true }).nullable(),
        turnMinutes: z.number().int().min(1).max(240),
      })
      .strict(),
  },
  health: () => "ok",
};

const roomController: KindSpec = {
  state: z
    .object({
      occupancy: z.number().int().min(0).max(100_000),
      doors: z.enum(["open", "closed", "locked"]),
      avPower: z.boolean(),
      /** Active fault texts; any fault makes the device a fault. */
      faults: z.array(text(200)).max(50),
      /** Active warnings (a lamp near end of life). */
      warnings: z.array(text(200)).max(50),
    })
    .partial()
    .strict(),
  events: {
    "fault-raised": z.object({ code: text(60), text: text(200) }).strict(),
    "fault-cleared": z.object({ code: text(60) }).strict(),
  },
  commands: {
    "set-av-power": z.object({ on: z.boolean() }).strict(),
    "set-doors": z.object({ doors: z.enum(["open", "closed", "locked"]) }).strict(),
  },
  health: (s) =>
    Array.isArray(s.faults) && s.faults.length > 0
      ? "fault"
      : Array.isArray(s.warnings) && s.warnings.length > 0
        ? "warning"
        : "ok",
};

/** Modelled on what obs-websocket v5 GetStreamStatus reports. */
const encoder: KindSpec = {
  state: z
    .object({
      streaming: z.boolean(),
      reconnecting: z.boolean(),
      /** 0 (none) to 1 (saturated). */
      congestion: z.number().min(0).max(1),
      bitrateKbps: z.number().min(0).max(1_000_000),
      skippedFrames: z.number().int().min(0),
      totalFrames: z.number().int().min(0),
      /** Stream time as HH:MM:SS.mmm. */
      timecode: text(20),
    })
    .partial()
    .strict(),
  events: {
    "stream-started": none,
    "stream-stopped": z.object({ reason: text(200).optional() }).strict(),
    reconnecting: none,
    reconnected: none,
  },
  commands: {
    "start-stream": none,
    "stop-stream": none,
  },
  health: (s) =>
    s.reconnecting === true || (typeof s.congestion === "number" && s.congestion >= 0.5) ? "warning" : "ok",
};

const stageTimer: KindSpec = {
  state: z
    .object({
      mode: z.enum(["countdown", "clock", "blank"]),
      /** Seconds left in the speaker's slot; negative when over time. */
      remainingSec: z.number().int(),
      message: text(200).nullable(),
      blinking: z.boolean(),
    })
    .partial()
    .strict(),
  events: {
    "message-seen": none,
  },
  commands: {
    "set-countdown": z.object({ endsAt: z.iso.datetime({ offset: true }) }).strict(),
    "show-message": z.object({ text: text(200), blink: z.boolean().optional() }).strict(),
    "clear-message": none,
  },
  health: () => "ok",
};

const doorPanel: KindSpec = {
  state: z
    .object({
      /** The session the panel is showing, or null between sessions. */
      showingSessionId: text(100).nullable(),
      brightness: z.number().min(0).max(1),
    })
    .partial()
    .strict(),
  events: {},
  commands: {
    show: z
      .object({
        roomStatus: text(40),
        currentSessionId: text(100).nullable(),
        nextSessionId: text(100).nullable(),
      })
      .strict(),
    "set-brightness": z.object({ brightness: z.number().min(0).max(1) }).strict(),
  },
  health: () => "ok",
};

const checkinKiosk: KindSpec = {
  state: z
    .object({
      ready: z.boolean(),
      /** People waiting in front of the kiosk, where it can tell. */
      queue: z.number().int().min(0).max(10_000),
      printerOk: z.boolean(),
    })
    .partial()
    .strict(),
  events: {
    "check-in": z.object({ personId: text(100), sessionId: text(100).optional() }).strict(),
  },
  commands: {
    message: z.object({ text: text(200) }).strict(),
  },
  health: (s) => (s.printerOk === false || s.ready === false ? "warning" : "ok"),
};

export const DEVICE_KIND_SPECS: Readonly<Record<DeviceKind, KindSpec>> = {
  "booth-console": boothConsole,
  "room-controller": roomController,
  encoder,
  "stage-timer": stageTimer,
  "door-panel": doorPanel,
  "checkin-kiosk": checkinKiosk,
};
