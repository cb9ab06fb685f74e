import { z } from "zod";
import { Operator, type OperatorRole } from "../access/operators";
import { Command, type CommandError } from "../commands/commands";
import type { JournalEvent } from "../journal/journalEvents";
import type { LiveState } from "../live/liveState";
import type { SiteSummary } from "../sites/siteSummary";

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
  /** Who is signed in on this console; without it the console can watch but not change anything. */
  operator: Operator.optional(),
  /** The hub's access code, when it was started with one. */
  accessCode: z.string().max(200).optional(),
});

export const ConsoleCommand = z.object({
  type: z.literal("command"),
  /** Chosen by the client; echoed in the ack and on the journal events the command caused. */
  id: z.string().min(1).max(80),
  command: Command,
  /** For edits: the journal sequence number of the state the edit began from (stale edits are refused). */
  baseSeq: z.number().int().nonnegative().optional(),
});

/** A console signed in somewhere, as every console sees it. */
export interface PresenceEntry {
  name: string;
  role: OperatorRole;
  rooms: string[];
  workstation: string;
  /** Wall time the console signed in. */
  since: string;
}

/** Close code when a console's access code is missing or wrong. */
export const CLOSE_UNAUTHORIZED = 4401;

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
  | { type: "error"; code: "bad_message" | "unauthorized"; detail: string }
  /** Who is signed in where; sent after hello and whenever it changes. */
  | { type: "presence"; consoles: PresenceEntry[] }
  /** The other sites' pictures (a main control room with a satellite); sent after hello and on change. */
  | { type: "sites"; sites: SiteSummary[] };

/** Close code when a client is too slow to keep up; it should reconnect and resume. */
export const CLOSE_TOO_SLOW = 4408;
/** The hub is (now) a standby: the console looks up the site's primary and connects there. */
export const CLOSE_STANDBY = 4503;
