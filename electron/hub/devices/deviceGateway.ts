import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { DEVICE_KIND_SPECS } from "../../../shared/devices/deviceKinds";
import {
  CLOSE_CODES,
  type CommandFrame,
  DEVICE_LIMITS,
  DEVICE_PROTOCOL_VERSION,
  type DeviceFrame,
  type ErrorFrame,
  type Welcome,
} from "../../../shared/devices/frames";
import { parseDeviceCommand, parseDeviceFrame } from "../../../shared/devices/parseDeviceFrame";
import type { JournalChange } from "../../../shared/journal/journalEvents";
import type { Actor } from "../../../shared/live/liveState";
import { assertNever } from "../../../shared/live/vocabulary";
import type { DeviceKind } from "../../../shared/model/devices";
import type { DeviceCommandOutcome, DeviceTelemetryView } from "../../../shared/protocol/consoleProtocol";
import type { HubCore } from "../core/hubCore";
import { admitHello } from "./deviceAdmission";
import { TelemetryStore } from "./deviceTelemetry";
import type { DeviceTokenStore } from "./deviceTokens";
import { BadMessageCounter, FloodDetector } from "./frameCounters";

/** rejected: the device answered ok=false; timedOut: no answer in 5 s; notSent: never reached the device. */
export type DeviceCommandResult = DeviceCommandOutcome;

export interface DeviceIdentity {
  deviceId: string;
  kind: DeviceKind;
  actor: Actor;
}

export type DeviceEventListener = (
  device: DeviceIdentity,
  name: string,
  data: Record<string, unknown>,
) => void;

/** A device the hub reaches by other means than /devices (an OBS encoder over obs-websocket). */
export interface ExternalLink extends DeviceIdentity {
  command(name: string, args: Record<string, unknown>): Promise<DeviceCommandResult>;
}

interface Connection extends DeviceIdentity {
  socket: WebSocket;
  /** When the token this connection proved was issued; a newer one revokes it. */
  tokenIssuedAt: string | null;
  lastFrameMs: number;
  pingSentMs: number | null;
  badMessages: BadMessageCounter;
  flood: FloodDetector;
  pending: Map<string, { resolve: (r: DeviceCommandResult) => void; timer: NodeJS.Timeout }>;
}

export interface DeviceGatewayOptions {
  heartbeatMs: number;
  log: (line: string) => void;
}

/**
 * The /devices endpoint: protocol v1 exactly as docs/device-protocol.md states it. Connection,
 * disconnection, health changes and device events are journaled; state is merged in memory.
 */
export class DeviceGateway {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: DEVICE_LIMITS.maxFrameBytes });
  private readonly connections = new Map<string, Connection>();
  private readonly externalLinks = new Map<string, ExternalLink>();
  private readonly telemetry = new TelemetryStore();
  private readonly eventListeners = new Set<DeviceEventListener>();
  private readonly watchdog: NodeJS.Timeout;
  private shuttingDown = false;

  constructor(
    private readonly core: HubCore,
    private readonly tokens: DeviceTokenStore,
    private readonly options: DeviceGatewayOptions,
  ) {
    this.watchdog = setInterval(() => this.checkLiveness(), Math.max(50, options.heartbeatMs / 2));
    this.watchdog.unref();
  }

  /** Called with a device id whenever its telemetry changes; the caller coalesces. */
  onTelemetry(listener: (deviceId: string) => void): () => void {
    return this.telemetry.onChange(listener);
  }

  /** Hears every event a device reports, after it is journaled (a booth's handover becomes a command). */
  onDeviceEvent(listener: DeviceEventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  private deviceEvent(identity: DeviceIdentity, name: string, data: Record<string, unknown>): void {
    this.core.record([{ type: "device.event", deviceId: identity.deviceId, name, data }], identity.actor);
    for (const listener of this.eventListeners) listener(identity, name, data);
  }

  /** What consoles see of one device's telemetry. */
  telemetryView(deviceId: string): DeviceTelemetryView {
    return this.telemetry.view(deviceId, this.isConnected(deviceId));
  }

  knownDeviceIds(): Iterable<string> {
    return this.telemetry.ids();
  }

  isConnected(deviceId: string): boolean {
    return this.connections.has(deviceId) || this.externalLinks.has(deviceId);
  }

  /** An external device came up: journaled like a device that said hello. */
  linkExternal(link: ExternalLink, firmware: string | null): void {
    this.externalLinks.set(link.deviceId, link);
    this.telemetry.reset(link.deviceId, Date.now());
    this.core.record([{ type: "device.connected", deviceId: link.deviceId, firmware }], link.actor);
  }

  reportExternalState(deviceId: string, data: Record<string, unknown>, latencyMs: number | null): void {
    const link = this.externalLinks.get(deviceId);
    if (!link) return;
    this.telemetry.seen(deviceId, Date.now());
    if (latencyMs !== null) this.telemetry.latency(deviceId, latencyMs);
    this.mergeState(link, data);
  }

  reportExternalEvent(deviceId: string, name: string, data: Record<string, unknown>): void {
    const link = this.externalLinks.get(deviceId);
    if (link) this.deviceEvent(link, name, data);
  }

  unlinkExternal(deviceId: string, reason: string, raiseAlert = true): void {
    const link = this.externalLinks.get(deviceId);
    if (!link) return;
    this.externalLinks.delete(deviceId);
    this.telemetry.changed(deviceId);
    this.core.record([{ type: "device.disconnected", deviceId, reason, raiseAlert }], link.actor);
  }

  get connectedCount(): number {
    return this.connections.size;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.awaitHello(ws));
  }

  /** Marks devices that were online when the hub stopped as offline, since none is connected now. */
  markAllOffline(reason: string): void {
    const changes: JournalChange[] = Object.entries(this.core.state.devices)
      .filter(([, d]) => d.status !== "offline" && d.status !== "missing")
      .map(([deviceId]) => ({ type: "device.disconnected", deviceId, reason, raiseAlert: false }));
    if (changes.length > 0)
      this.core.record(changes, { operator: "hub", role: "system", workstation: "hub" });
  }

  private awaitHello(socket: WebSocket): void {
    const timer = setTimeout(
      () => socket.close(CLOSE_CODES.badHello, "no hello within 5 s"),
      DEVICE_LIMITS.helloTimeoutMs,
    );
    socket.on("error", () => undefined);
    socket.once("close", () => clearTimeout(timer));
    socket.once("message", (data, isBinary) => {
      clearTimeout(timer);
      const admission = isBinary
        ? ({ ok: false, code: CLOSE_CODES.badHello, reason: "first frame must be a text hello" } as const)
        : admitHello(data.toString(), this.core.state.event?.devices ?? [], this.tokens);
      if (admission.ok) this.accept(socket, admission.deviceId, admission.kind, admission.firmware);
      else socket.close(admission.code, truncate(admission.reason));
    });
  }

  private accept(socket: WebSocket, deviceId: string, kind: DeviceKind, firmware: string | null): void {
    const previous = this.connections.get(deviceId);
    if (previous) {
      this.connections.delete(deviceId);
      previous.socket.close(CLOSE_CODES.replaced, "replaced by a newer connection of the same device");
    }
    const now = Date.now();
    const connection: Connection = {
      socket,
      deviceId,
      kind,
      actor: { operator: deviceId, role: "device", workstation: kind },
      tokenIssuedAt: this.tokens.issuedAt(deviceId),
      lastFrameMs: now,
      pingSentMs: null,
      badMessages: new BadMessageCounter(),
      flood: new FloodDetector(),
      pending: new Map(),
    };
    this.connections.set(deviceId, connection);
    this.telemetry.reset(deviceId, now);
    const welcome: Welcome = {
      type: "welcome",
      protocol: DEVICE_PROTOCOL_VERSION,
      deviceId,
      heartbeatMs: this.options.heartbeatMs,
      serverTime: new Date(now).toISOString(),
    };
    socket.send(JSON.stringify(welcome));
    this.core.record([{ type: "device.connected", deviceId, firmware }], connection.actor);
    socket.on("message", (data, isBinary) => this.receive(connection, data.toString(), isBinary));
    socket.on("pong", () => this.pong(connection));
    socket.on("close", (code) => this.closed(connection, code));
  }

  private receive(connection: Connection, text: string, isBinary: boolean): void {
    const now = Date.now();
    connection.lastFrameMs = now;
    this.telemetry.seen(connection.deviceId, now);
    if (connection.flood.record(now)) {
      connection.socket.close(CLOSE_CODES.tooManyBadMessages, "sustained flood: over 100 frames/s for 5 s");
      return;
    }
    const parsed = isBinary
      ? ({ ok: false, detail: "binary frames are not accepted" } as const)
      : parseDeviceFrame(connection.kind, text);
    if (parsed.ok) this.handle(connection, parsed.frame);
    else this.badMessage(connection, parsed.detail, now);
  }

  private badMessage(connection: Connection, detail: string, now: number): void {
    const frame: ErrorFrame = { type: "error", code: "bad_message", detail };
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(frame));
    if (connection.badMessages.record(now)) {
      connection.socket.close(
        CLOSE_CODES.tooManyBadMessages,
        "too many bad messages: more than 20 within 10 s",
      );
    }
  }

  private handle(connection: Connection, frame: DeviceFrame): void {
    switch (frame.type) {
      case "heartbeat":
        break;
      case "state":
        this.mergeState(connection, frame.data);
        break;
      case "event":
        this.deviceEvent(connection, frame.name, frame.data);
        break;
      case "ack":
        this.settle(connection, frame);
        break;
      default:
        assertNever(frame);
    }
  }

  private settle(connection: Connection, ack: Extract<DeviceFrame, { type: "ack" }>): void {
    const pending = connection.pending.get(ack.id);
    if (!pending) {
      this.badMessage(connection, `ack for unknown or expired command id "${ack.id}"`, Date.now());
      return;
    }
    clearTimeout(pending.timer);
    connection.pending.delete(ack.id);
    pending.resolve(ack.ok ? { ok: true } : { ok: false, error: ack.error, rejected: true });
  }

  private mergeState(connection: DeviceIdentity, data: Record<string, unknown>): void {
    const merged = this.telemetry.merge(connection.deviceId, data);
    if (!merged) return;
    const status = DEVICE_KIND_SPECS[connection.kind].health(merged);
    if (this.core.state.devices[connection.deviceId]?.status !== status) {
      this.core.record(
        [{ type: "device.statusChanged", deviceId: connection.deviceId, status }],
        connection.actor,
      );
    }
  }

  /** Sends a command and resolves with the device's ack, or a timeout after 5 s. Never retried. */
  sendCommand(deviceId: string, name: string, args: unknown): Promise<DeviceCommandResult> {
    const definition = this.core.state.event?.devices.find((d) => d.id === deviceId);
    if (!definition)
      return Promise.resolve({ ok: false, error: `unknown device "${deviceId}"`, notSent: "invalid" });
    const checked = parseDeviceCommand(definition.kind, name, args);
    if (!checked.ok) return Promise.resolve({ ok: false, error: checked.detail, notSent: "invalid" });
    const external = this.externalLinks.get(deviceId);
    if (external) return external.command(name, checked.args);
    const connection = this.connections.get(deviceId);
    if (!connection)
      return Promise.resolve({
        ok: false,
        error: `device "${deviceId}" is not connected`,
        notSent: "not_connected",
      });
    const id = randomUUID();
    const frame: CommandFrame = { type: "command", id, name, args: checked.args };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        connection.pending.delete(id);
        resolve({ ok: false, error: `no ack from "${deviceId}" within 5 s`, timedOut: true });
      }, DEVICE_LIMITS.commandTimeoutMs);
      connection.pending.set(id, { resolve, timer });
      connection.socket.send(JSON.stringify(frame));
    });
  }

  private pong(connection: Connection): void {
    const now = Date.now();
    connection.lastFrameMs = now;
    if (connection.pingSentMs !== null)
      this.telemetry.latency(connection.deviceId, now - connection.pingSentMs);
    connection.pingSentMs = null;
  }

  private closed(connection: Connection, code: number): void {
    for (const { resolve, timer } of connection.pending.values()) {
      clearTimeout(timer);
      resolve({ ok: false, error: "the device disconnected before it answered" });
    }
    connection.pending.clear();
    // A replaced connection hands over to the newer one: the device never went offline.
    if (this.connections.get(connection.deviceId) !== connection) return;
    this.connections.delete(connection.deviceId);
    this.telemetry.changed(connection.deviceId);
    // A browser closing a device page also says 1001 ("going away"): only our own shutdown is expected.
    if (this.shuttingDown) return;
    this.goOffline(connection, `connection closed (${code})`);
  }

  private goOffline(connection: Connection, reason: string): void {
    this.core.record(
      [{ type: "device.disconnected", deviceId: connection.deviceId, reason, raiseAlert: true }],
      connection.actor,
    );
  }

  /** Offline after 3 heartbeats of silence; transport pings run alongside and measure latency. */
  private checkLiveness(): void {
    const now = Date.now();
    const limit = DEVICE_LIMITS.missedHeartbeats * this.options.heartbeatMs;
    for (const connection of this.connections.values()) {
      if (now - connection.lastFrameMs > limit) {
        this.connections.delete(connection.deviceId);
        this.telemetry.changed(connection.deviceId);
        this.goOffline(connection, `no frame for ${Math.round((now - connection.lastFrameMs) / 1000)} s`);
        connection.socket.terminate();
        continue;
      }
      if (connection.pingSentMs === null) {
        connection.pingSentMs = now;
        connection.socket.ping();
      }
    }
    if (this.tokens.changedElsewhere()) this.dropRevoked();
  }

  /** This hub issued or revoked a device's token: its connection with the old token ends now. */
  tokenChanged(deviceId: string): void {
    const connection = this.connections.get(deviceId);
    if (connection && this.tokens.issuedAt(deviceId) !== connection.tokenIssuedAt) {
      connection.socket.close(CLOSE_CODES.unauthorized, "token revoked");
    }
  }

  /** Another process issued or revoked tokens: devices whose token is no longer valid are closed. */
  private dropRevoked(): void {
    for (const connection of this.connections.values()) {
      if (this.tokens.issuedAt(connection.deviceId) !== connection.tokenIssuedAt) {
        connection.socket.close(CLOSE_CODES.unauthorized, "token revoked");
      }
    }
  }

  /**
   * This hub stepped down to standby: every device is sent away to reconnect to the new primary, and
   * nothing is journaled (the primary records who connects to it).
   */
  disconnectAll(reason: string): void {
    const connections = [...this.connections.values()];
    // Cleared first, so the close handlers see the connections as already gone.
    this.connections.clear();
    for (const connection of connections) {
      this.telemetry.changed(connection.deviceId);
      connection.socket.close(CLOSE_CODES.shuttingDown, truncate(reason));
    }
  }

  /** `journal: false` for a standby, which may not journal the devices going offline. */
  close({ journal = true }: { journal?: boolean } = {}): void {
    this.shuttingDown = true;
    clearInterval(this.watchdog);
    for (const connection of this.connections.values())
      connection.socket.close(CLOSE_CODES.shuttingDown, "hub shutting down");
    if (journal) this.markAllOffline("hub shut down");
    this.connections.clear();
    this.wss.close();
  }
}

/** Close reasons must fit in a control frame (123 bytes). */
function truncate(reason: string): string {
  return Buffer.byteLength(reason) <= 123 ? reason : `${Buffer.from(reason).subarray(0, 120).toString()}...`;
}
