import WebSocket from "ws";
import type { DeviceDefinition } from "../../../shared/model/devices";
import type { SimulationStep } from "./behaviours";
import type { HubAddresses } from "./hubAddresses";

const FATAL_CLOSE_CODES = new Set([4401, 4406]);
const STANDBY_RETRY_MS = 400;

/**
 * One simulated device speaking protocol v1 like real firmware: hello with its token, heartbeats,
 * state deltas, events, acks for commands, and reconnection with backoff and jitter.
 */
export class SimulatedDevice {
  readonly memory: Record<string, unknown> = {};
  private socket: WebSocket | null = null;
  private welcomed = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private lastSent = new Map<string, string>();
  private retryMs = 250;
  private stopped = false;
  private awayUntil = 0;
  private turnedAwayByStandby = false;
  /** A standby answered during the current round through the site's hubs. */
  private standbySeen = false;
  connects = 0;
  /** bad_message replies from the hub (expected only when faults are injected). */
  badMessages = 0;

  constructor(
    readonly definition: DeviceDefinition,
    private readonly token: string,
    private readonly hubs: HubAddresses,
    private readonly log: (line: string) => void,
  ) {}

  get online(): boolean {
    return this.welcomed;
  }

  start(): void {
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    const socket = new WebSocket(this.hubs.socketUrl("/devices"));
    this.socket = socket;
    socket.on("open", () => {
      const { id: deviceId, kind } = this.definition;
      socket.send(
        JSON.stringify({
          type: "hello",
          protocol: 1,
          deviceId,
          token: this.token,
          kind,
          firmware: "simulator 1",
        }),
      );
    });
    socket.on("message", (data) => this.receive(JSON.parse(data.toString()) as Record<string, unknown>));
    // A standby turns devices away with 503 while the site's take-over is under way: it is alive, so the
    // device comes back soon rather than backing off further.
    socket.on("error", (error) => {
      if (/Unexpected server response: 503/.test(error.message)) this.turnedAwayByStandby = true;
    });
    socket.on("close", (code, reason) => this.closed(code, reason.toString()));
  }

  private receive(frame: Record<string, unknown>): void {
    if (frame.type === "welcome") {
      this.welcomed = true;
      this.connects++;
      this.retryMs = 250;
      this.lastSent.clear();
      const every = Math.max(100, Number(frame.heartbeatMs) * 0.8);
      this.heartbeat = setInterval(() => this.send({ type: "heartbeat" }), every);
      this.heartbeat.unref();
    } else if (frame.type === "error") {
      this.badMessages++;
    } else if (frame.type === "command") {
      this.obey(String(frame.id), String(frame.name), (frame.args ?? {}) as Record<string, unknown>);
    }
  }

  /** Display devices show what they are told; every kind acknowledges what it can do. */
  private obey(id: string, name: string, args: Record<string, unknown>): void {
    // Behaviours read the last command of each name (a booth console follows the hub's show-turn).
    this.memory[`command:${name}`] = args;
    if (name === "show-message") this.sendState({ message: args.text, blinking: args.blink === true });
    if (name === "clear-message") this.sendState({ message: null, blinking: false });
    this.send({ type: "ack", id, ok: true });
  }

  private closed(code: number, reason: string): void {
    const wasWelcomed = this.welcomed;
    this.welcomed = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.stopped) return;
    if (FATAL_CLOSE_CODES.has(code)) {
      this.log(`simulator: ${this.definition.id} refused (${code} ${reason}); not retrying`);
      return;
    }
    // Turned away or unreachable: the next hub of the site may be the primary; back off only after a round.
    const newRound = wasWelcomed ? false : this.hubs.next();
    const standby = this.turnedAwayByStandby;
    this.turnedAwayByStandby = false;
    this.standbySeen ||= standby;
    const retryMs = standby ? STANDBY_RETRY_MS : this.retryMs;
    const wait = Math.max(this.awayUntil - Date.now(), retryMs * (0.5 + Math.random()));
    // A round that met a standby means a take-over is under way: keep the pace, it is a matter of seconds.
    const single = this.hubs.all.length === 1;
    if (single || (newRound && !this.standbySeen))
      this.retryMs = Math.min(this.retryMs * 2, single ? 10_000 : 2_000);
    if (newRound) this.standbySeen = false;
    setTimeout(() => this.connect(), wait).unref();
  }

  /** Sends the fields that changed since the last state frame, and any events. */
  apply(step: SimulationStep): void {
    if (!this.welcomed) return;
    if (step.state) this.sendState(step.state);
    for (const event of step.events ?? []) this.send({ type: "event", name: event.name, data: event.data });
  }

  private sendState(state: Record<string, unknown>): void {
    const changed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(state)) {
      const text = JSON.stringify(value);
      if (this.lastSent.get(key) === text) continue;
      this.lastSent.set(key, text);
      changed[key] = value;
    }
    if (Object.keys(changed).length > 0) this.send({ type: "state", data: changed });
  }

  private send(frame: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  /** Faults for rehearsals (--faults): a drop-out, a malformed frame, or a runaway flood. */
  injectFault(kind: "drop" | "bad-frame" | "flood"): void {
    if (!this.welcomed || !this.socket) return;
    if (kind === "drop") {
      this.awayUntil = Date.now() + 5_000 + Math.random() * 15_000;
      this.socket.terminate();
    } else if (kind === "bad-frame") {
      this.socket.send('{"type":"state","data":{"unexpected":');
    } else {
      const socket = this.socket;
      const flood = setInterval(() => {
        for (let i = 0; i < 15; i++)
          if (socket.readyState === WebSocket.OPEN) socket.send('{"type":"heartbeat"}');
      }, 100);
      setTimeout(() => clearInterval(flood), 7_000).unref();
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.socket?.close();
  }
}
