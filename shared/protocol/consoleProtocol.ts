import { z } from "zod";
import { Command, type CommandError } from "../commands/commands";
import type { JournalEvent } from "../journal/journalEvents";
import type { LiveState } from "../live/liveState";

/**
 * The consoles' WebSocket API at /console. Every console window and every LAN browser speaks it.
 * A client says hello (with the last sequence number it has, if any); the hub answers with either the
 * missed events or a fresh snapshot, then streams numbered journal events.
 */
export const CONSOLE_PATH = "/console";

export const ConsoleHello = z.object({
  type: z.literal("hello"),
  /** Last journal sequence number the client applied; omitted on a first connection. */
  since: z.number().int().nonnegative().optional(),
  workstation: z.string().max(80).optional(),
});

export const ConsoleCommand = z.object({
  type: z.literal("command"),
  /** Chosen by the client; echoed in the ack and on the journal events the command caused. */
  id: z.string().min(1).max(80),
  command: Command,
});

export const ConsoleClientMessage = z.discriminatedUnion("type", [ConsoleHello, ConsoleCommand]);
export type ConsoleClientMessage = z.infer<typeof ConsoleClientMessage>;

/** High-rate device data, held in memory by the hub and sent coalesced (never journaled). */
export interface DeviceTelemetryView {
  connected: boolean;
  /** The device's merged state as it last reported it; stale when the device is offline. */
  state: Record<string, unknown>;
  lastFrameAt: string | null;
  latencyMs: number | null;
}

export type DeviceCommandOutcome =
  | { ok: true }
  | { ok: false; error: string; rejected?: true; timedOut?: true; notSent?: "not_connected" | "invalid" };

export type ConsoleServerMessage =
  | { type: "snapshot"; state: LiveState; serverTime: string }
  | { type: "events"; events: readonly JournalEvent[] }
  /** Changed devices only, at most a few times per second; after hello, every device once. */
  | { type: "telemetry"; devices: Record<string, DeviceTelemetryView> }
  /** `devices`: for commands that reach devices (stage.message), each device's ack, refusal or timeout. */
  | { type: "ack"; id: string; ok: true; seq: number; devices?: Record<string, DeviceCommandOutcome> }
  | { type: "ack"; id: string; ok: false; error: CommandError }
  | { type: "error"; code: "bad_message"; detail: string };

/** Close code when a client is too slow to keep up; it should reconnect and resume. */
export const CLOSE_TOO_SLOW = 4408;
