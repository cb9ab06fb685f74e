import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import type { Operator } from "../../../shared/access/operators";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import type { Actor } from "../../../shared/live/liveState";
import { publicJournalEvents, publicState } from "../../../shared/live/publicView";
import { assertNever } from "../../../shared/live/vocabulary";
import {
  CLOSE_STANDBY,
  CLOSE_TOO_SLOW,
  CLOSE_UNAUTHORIZED,
  ConsoleClientMessage,
  type ConsoleServerMessage,
  type DeviceTelemetryView,
  type PresenceEntry,
} from "../../../shared/protocol/consoleProtocol";
import type { SiteSummary } from "../../../shared/sites/siteSummary";
import { formatPath } from "../../../shared/validation/problems";
import type { CommandRunner } from "../core/commandRunner";
import type { HubCore } from "../core/hubCore";
import { type AccessPolicy, codeMatches } from "./access";

const MAX_PAYLOAD_BYTES = 1 << 20;
const HEARTBEAT_MS = 15_000;
/** Past this many missed events a fresh snapshot is cheaper than a replay. */
const MAX_RESUME_EVENTS = 5_000;
/** A console this far behind is closed and resumes when it reconnects, rather than growing our memory. */
const MAX_BUFFERED_BYTES = 16 << 20;
/** Telemetry is droppable: a console this far behind skips rounds, then gets the latest of what changed. */
const TELEMETRY_SKIP_BYTES = 1 << 20;
/**
 * Device telemetry goes out at most this often, with only the devices that changed. The first change after a
 * quiet spell goes out at once (next turn of the event loop); under load, rounds are this far apart, so an
 * update waits at most one round and console traffic stays at about 30 frames a second whatever the device rate.
 */
export const TELEMETRY_MIN_INTERVAL_MS = 30;

/** Where high-rate device data comes from (the device gateway). */
export interface TelemetrySource {
  onTelemetry(listener: (deviceId: string) => void): () => void;
  telemetryView(deviceId: string): DeviceTelemetryView;
  knownDeviceIds(): Iterable<string>;
}

interface ConsoleClient {
  socket: WebSocket;
  alive: boolean;
  /** Only clients that have said hello (and got their snapshot) receive the stream. */
  ready: boolean;
  actor: Actor;
  /** Who signed in on this console; null: it watches but changes nothing. */
  operator: Operator | null;
  signedInAt: string;
  /** Devices that changed during rounds this console skipped (it was behind); sent with its next round. */
  missed: Set<string>;
}

function send(socket: WebSocket, message: ConsoleServerMessage): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

/** Other sites' pictures for the consoles (none on a single site). */
export interface SiteFeed {
  summaries(): SiteSummary[];
  /** Called when any site's picture or link changed; the feed coalesces. */
  onChange(listener: () => void): () => void;
}

const NO_SITES: SiteFeed = { summaries: () => [], onChange: () => () => undefined };

/** The consoles' WebSocket endpoint: snapshot or resume on hello, commands with acks, the event stream. */
export class ConsoleSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  private readonly clients = new Set<ConsoleClient>();
  private readonly heartbeat: NodeJS.Timeout;
  /** The next telemetry round, when one is due; null when nothing has changed since the last. */
  private telemetryTimer: NodeJS.Timeout | null = null;
  private lastTelemetryAt = 0;
  private readonly unsubscribe: (() => void)[];
  private readonly dirtyDevices = new Set<string>();

  constructor(
    private readonly core: HubCore,
    private readonly runner: CommandRunner,
    private readonly telemetry: TelemetrySource,
    private readonly access: AccessPolicy = { accessCode: null },
    private readonly sites: SiteFeed = NO_SITES,
  ) {
    this.unsubscribe = [
      core.onEvents((events) => this.broadcast(events)),
      telemetry.onTelemetry((deviceId) => this.markDirty(deviceId)),
      sites.onChange(() => this.broadcastSites()),
    ];
    this.heartbeat = setInterval(() => this.checkHeartbeats(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private markDirty(deviceId: string): void {
    this.dirtyDevices.add(deviceId);
    if (this.telemetryTimer) return;
    // Frames that arrive in the same I/O turn share the round; a busy stream waits for the interval.
    const wait = Math.max(0, this.lastTelemetryAt + TELEMETRY_MIN_INTERVAL_MS - performance.now());
    this.telemetryTimer = setTimeout(() => this.flushTelemetry(), wait);
    this.telemetryTimer.unref();
  }

  private telemetryFrame(deviceIds: Iterable<string>): string {
    const devices: Record<string, DeviceTelemetryView> = {};
    for (const id of deviceIds) devices[id] = this.telemetry.telemetryView(id);
    return JSON.stringify({ type: "telemetry", devices } satisfies ConsoleServerMessage);
  }

  private flushTelemetry(): void {
    this.telemetryTimer = null;
    this.lastTelemetryAt = performance.now();
    if (this.dirtyDevices.size === 0) return;
    // One frame shared by every console that kept up; one of its own for a console catching up.
    let shared: string | null = null;
    for (const client of this.clients) {
      if (!client.ready || client.socket.readyState !== WebSocket.OPEN) continue;
      if (client.socket.bufferedAmount > TELEMETRY_SKIP_BYTES) {
        for (const id of this.dirtyDevices) client.missed.add(id);
        continue;
      }
      if (client.missed.size === 0) {
        shared ??= this.telemetryFrame(this.dirtyDevices);
        client.socket.send(shared);
      } else {
        for (const id of this.dirtyDevices) client.missed.add(id);
        client.socket.send(this.telemetryFrame(client.missed));
        client.missed.clear();
      }
    }
    this.dirtyDevices.clear();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
  }

  private accept(socket: WebSocket, req: IncomingMessage): void {
    const client: ConsoleClient = {
      socket,
      alive: true,
      ready: false,
      actor: { operator: "console", role: "viewer", workstation: req.socket.remoteAddress ?? "unknown" },
      operator: null,
      signedInAt: new Date().toISOString(),
      missed: new Set(),
    };
    this.clients.add(client);
    socket.on("pong", () => {
      client.alive = true;
    });
    socket.on("message", (data, isBinary) => this.receive(client, data.toString(), isBinary));
    socket.on("close", () => this.remove(client));
    socket.on("error", () => this.remove(client));
  }

  private remove(client: ConsoleClient): void {
    if (this.clients.delete(client) && client.operator) this.broadcastPresence();
  }

  /** Who is signed in where, for every console's presence list. */
  presence(): PresenceEntry[] {
    return [...this.clients]
      .filter((c) => c.ready && c.operator)
      .map((c) => ({
        name: c.operator?.name ?? "",
        role: c.operator?.role ?? "viewer",
        rooms: c.operator?.rooms ?? [],
        workstation: c.actor.workstation,
        since: c.signedInAt,
      }));
  }

  private broadcastPresence(): void {
    const frame = JSON.stringify({
      type: "presence",
      consoles: this.presence(),
    } satisfies ConsoleServerMessage);
    for (const client of this.clients) {
      if (client.ready && client.socket.readyState === WebSocket.OPEN) client.socket.send(frame);
    }
  }

  /** hello: the access code first (closing the console when it is wrong), then who signed in. */
  private hello(client: ConsoleClient, message: Extract<ConsoleClientMessage, { type: "hello" }>): void {
    if (!codeMatches(this.access, message.accessCode)) {
      const detail =
        message.accessCode === undefined ? "this hub needs its access code" : "wrong access code";
      send(client.socket, { type: "error", code: "unauthorized", detail });
      client.socket.close(CLOSE_UNAUTHORIZED, detail);
      return;
    }
    const workstation = message.workstation ?? client.actor.workstation;
    client.operator = message.operator ?? null;
    client.signedInAt = new Date().toISOString();
    client.actor = message.operator
      ? { operator: message.operator.name, role: message.operator.role, workstation }
      : { operator: "console", role: "viewer", workstation };
    this.greet(client, message.since);
    if (client.operator) this.broadcastPresence();
    else send(client.socket, { type: "presence", consoles: this.presence() });
  }

  private command(client: ConsoleClient, message: Extract<ConsoleClientMessage, { type: "command" }>): void {
    if (!client.ready || !client.operator) {
      const error = { code: "forbidden" as const, message: "sign in first: this console is not signed in" };
      send(client.socket, { type: "ack", id: message.id, ok: false, error });
      return;
    }
    const context = {
      operator: client.operator,
      ...(message.baseSeq === undefined ? {} : { baseSeq: message.baseSeq }),
    };
    void this.runner.run(message.command, client.actor, message.id, context).then((result) => {
      if (!result.ok) send(client.socket, { type: "ack", id: message.id, ok: false, error: result.error });
      else
        send(client.socket, {
          type: "ack",
          id: message.id,
          ok: true,
          seq: result.seq,
          ...(result.devices ? { devices: result.devices } : {}),
        });
    });
  }

  private receive(client: ConsoleClient, text: string, isBinary: boolean): void {
    client.alive = true;
    if (isBinary) {
      send(client.socket, { type: "error", code: "bad_message", detail: "binary frames are not accepted" });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      send(client.socket, { type: "error", code: "bad_message", detail: "frame is not valid JSON" });
      return;
    }
    const parsed = ConsoleClientMessage.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ");
      send(client.socket, { type: "error", code: "bad_message", detail });
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case "hello":
        this.hello(client, message);
        return;
      case "command":
        this.command(client, message);
        return;
      default:
        assertNever(message);
    }
  }

  private greet(client: ConsoleClient, since: number | undefined): void {
    const missed = since === undefined ? null : this.core.eventsSince(since, MAX_RESUME_EVENTS);
    if (missed) send(client.socket, { type: "events", events: publicJournalEvents(missed) });
    else {
      const state = publicState(this.core.published);
      send(client.socket, { type: "snapshot", state, serverTime: new Date().toISOString() });
    }
    if (client.socket.readyState === WebSocket.OPEN) {
      client.socket.send(this.telemetryFrame(this.telemetry.knownDeviceIds()));
    }
    const sites = this.sites.summaries();
    if (sites.length > 0) send(client.socket, { type: "sites", sites });
    client.ready = true;
  }

  private broadcastSites(): void {
    const frame = JSON.stringify({
      type: "sites",
      sites: this.sites.summaries(),
    } satisfies ConsoleServerMessage);
    for (const client of this.clients) {
      if (client.ready && client.socket.readyState === WebSocket.OPEN) client.socket.send(frame);
    }
  }

  private broadcast(events: readonly JournalEvent[]): void {
    // Serialised once for every client: the hot path with many consoles.
    const frame = JSON.stringify({
      type: "events",
      events: publicJournalEvents(events),
    } satisfies ConsoleServerMessage);
    for (const client of this.clients) {
      if (!client.ready || client.socket.readyState !== WebSocket.OPEN) continue;
      if (client.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        client.socket.close(CLOSE_TOO_SLOW, "too far behind; reconnect to resume");
        continue;
      }
      client.socket.send(frame);
    }
  }

  private checkHeartbeats(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        client.socket.terminate();
        this.remove(client);
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }

  /** This hub stepped down to standby: consoles are sent away to find the new primary. */
  disconnectAll(reason: string): void {
    for (const client of this.clients) client.socket.close(CLOSE_STANDBY, reason.slice(0, 120));
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (this.telemetryTimer) clearTimeout(this.telemetryTimer);
    this.telemetryTimer = null;
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    for (const client of this.clients) client.socket.close(1001, "hub shutting down");
    this.wss.close();
  }
}
