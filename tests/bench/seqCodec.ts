import type { DeviceKind } from "../../shared/model/devices";

/**
 * How a device of each kind carries a per-device sequence number in a `state` field its kind allows, so
 * that a console can tell which frame it is seeing and the sender's clock gives the latency. Bounded
 * fields wrap (`modulus`); the reader unwraps against the last sequence sent.
 */
interface KindCodec {
  /** The first state after welcome: healthy, so later frames change no health and journal nothing. */
  initial: Record<string, unknown>;
  frame(seq: number): Record<string, unknown>;
  /** The raw carried value from a device's merged state, or null when it holds none yet. */
  read(state: Record<string, unknown>): number | null;
  modulus: number;
}

const numberField = (field: string) => (state: Record<string, unknown>) =>
  typeof state[field] === "number" ? (state[field] as number) : null;
const taggedText = (field: string) => (state: Record<string, unknown>) => {
  const value = state[field];
  return typeof value === "string" && value.startsWith("load-") ? Number(value.slice(5)) : null;
};

export const KIND_CODECS: Readonly<Record<DeviceKind, KindCodec>> = {
  // Who is on the microphone is free text to the hub (the turn is the journal's), unlike the level or channel.
  "booth-console": {
    initial: { micLive: false, channel: 1, relaySource: "floor", occupied: true, partnerStatus: "available" },
    frame: (seq) => ({ activeInterpreterId: `load-${seq}`, inputLevelDb: -60 - (seq % 20) }),
    read: taggedText("activeInterpreterId"),
    modulus: Number.POSITIVE_INFINITY,
  },
  "room-controller": {
    initial: { doors: "open", avPower: true, faults: [], warnings: [] },
    frame: (seq) => ({ occupancy: seq % 100_001 }),
    read: numberField("occupancy"),
    modulus: 100_001,
  },
  encoder: {
    initial: {
      streaming: true,
      reconnecting: false,
      congestion: 0.05,
      skippedFrames: 0,
      timecode: "00:00:00.000",
    },
    frame: (seq) => ({ totalFrames: seq, bitrateKbps: 5_900 + (seq % 200) }),
    read: numberField("totalFrames"),
    modulus: Number.POSITIVE_INFINITY,
  },
  "stage-timer": {
    initial: { mode: "countdown", message: null, blinking: false },
    frame: (seq) => ({ remainingSec: -seq }),
    read: (state) => (typeof state.remainingSec === "number" ? -state.remainingSec : null),
    modulus: Number.POSITIVE_INFINITY,
  },
  "door-panel": {
    initial: { brightness: 0.8 },
    frame: (seq) => ({ showingSessionId: `load-${seq}` }),
    read: taggedText("showingSessionId"),
    modulus: Number.POSITIVE_INFINITY,
  },
  "checkin-kiosk": {
    initial: { ready: true, printerOk: true },
    frame: (seq) => ({ queue: seq % 10_001 }),
    read: numberField("queue"),
    modulus: 10_001,
  },
};

/** The sequence a carried value stands for: the latest one sent that wraps to it. */
export function unwrapSeq(value: number, modulus: number, lastSent: number): number {
  if (!Number.isFinite(modulus)) return value;
  return lastSent - ((((lastSent - value) % modulus) + modulus) % modulus);
}
