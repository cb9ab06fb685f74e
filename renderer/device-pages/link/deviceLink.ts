import { CLOSE_CODES, DEVICE_PROTOCOL_VERSION } from "../../../shared/devices/frames";
import { reconnectDelayMs } from "../../src/net/backoff";
import { sameViewOn, withFragmentParam } from "../../src/net/failover";
import type { SocketLike } from "../../src/net/hubClient";
import { browserSiteFailover, type SiteFailover } from "../../src/net/siteFailover";

/**
 * connecting: first attempt; connected: welcomed by the hub; reconnecting: dropped, a retry is scheduled;
 * unprovisioned: the hub refused our identity or token (or we have none), so retrying cannot help;
 * replaced: another connection of this device id took over, and fighting it would only flap.
 */
export type DeviceLinkState = "connecting" | "connected" | "reconnecting" | "unprovisioned" | "replaced";

export interface DeviceLinkStatus {
  state: DeviceLinkState;
  /** Local time of the next attempt while reconnecting. */
  retryAt: number | null;
}

export type CommandReply = { ok: true } | { ok: false; error: string };
export type CommandHandler = (name: string, args: Record<string, unknown>) => CommandReply;

export interface DeviceLinkOptions {
  url: string;
  deviceId: string;
  token: string | null;
  kind: string;
  firmware: string;
  onCommand: CommandHandler;
  onStatus: (status: DeviceLinkStatus) => void;
  /** After each welcome: a good moment to refresh anything that may have changed while away. */
  onWelcome?: () => void;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
  now?: () => number;
  /** Without a welcome by then, the attempt counts as failed. */
  welcomeTimeoutMs?: number;
  /** Moves the page to the site's primary when its hub is a standby or gone; null: stay (single PC, tests). */
  failover?: SiteFailover | null;
}

/**
 * In a browser: move to the primary with the same page and device id. The token goes in the fragment, as
 * in a provisioning link: the next hub's page stores it for its own origin and removes it from the address.
 */
function pageFailover(token: string | null): SiteFailover | null {
  if (typeof window === "undefined" || !token) return null;
  return browserSiteFailover((primaryUrl) =>
    location.replace(sameViewOn(primaryUrl, location, withFragmentParam(location.hash, "token", token))),
  );
}

const OPEN = 1;
const FATAL = new Set<number>([CLOSE_CODES.unauthorized, CLOSE_CODES.unsupportedProtocol]);

/**
 * A device page's link to the hub, protocol v1: hello with its token, heartbeats at 0.8 × the interval the
 * hub asks for, state deltas, events, and an ack for every command. It reconnects by itself with backoff
 * and jitter, except when the hub says that retrying cannot help.
 */
export class DeviceLink {
  private socket: SocketLike | null = null;
  private welcomed = false;
  private running = false;
  private failures = 0;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private welcomeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Everything the page has reported, so a new connection can send it all again. */
  private readonly state: Record<string, unknown> = {};
  /** What this connection has sent, per field, as JSON. */
  private readonly sent = new Map<string, string>();
  private readonly opts: Required<DeviceLinkOptions>;

  constructor(options: DeviceLinkOptions) {
    this.opts = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      random: Math.random,
      now: Date.now,
      welcomeTimeoutMs: 10_000,
      onWelcome: () => undefined,
      ...options,
      failover: options.failover === undefined ? pageFailover(options.token) : options.failover,
    };
  }

  get connected(): boolean {
    return this.welcomed;
  }

  start(): void {
    if (this.running) return;
    if (!this.opts.token) {
      this.opts.onStatus({ state: "unprovisioned", retryAt: null });
      return;
    }
    this.running = true;
    this.failures = 0;
    this.opts.onStatus({ state: "connecting", retryAt: null });
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    socket?.close(1000, "page closed");
  }

  /** Merges fields into the device's state and sends those that changed, if the link is up. */
  report(fields: Record<string, unknown>): void {
    Object.assign(this.state, fields);
    this.flushState();
  }

  /** Sends a one-off event; false when the link is down (the page says so rather than queue it). */
  sendEvent(name: string, data: Record<string, unknown> = {}): boolean {
    if (!this.welcomed) return false;
    return this.send({ type: "event", name, data });
  }

  /** Drops the current socket and connects again, e.g. when the hub stopped answering over HTTP. */
  reconnect(): void {
    if (!this.running || !this.socket) return;
    this.socket.close(4000, "reconnecting");
  }

  private connect(): void {
    this.clearTimers();
    const socket = this.opts.createSocket(this.opts.url);
    this.socket = socket;
    this.welcomed = false;
    this.sent.clear();
    this.welcomeTimer = setTimeout(() => socket.close(4000, "no welcome"), this.opts.welcomeTimeoutMs);
    socket.onopen = () => {
      if (this.socket !== socket) return;
      const { deviceId, token, kind, firmware } = this.opts;
      this.send({ type: "hello", protocol: DEVICE_PROTOCOL_VERSION, deviceId, token, kind, firmware });
    };
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const { code } = event as { code?: number };
      this.closed(typeof code === "number" ? code : 1006);
    };
    // A close event always follows; the close handler does the work.
    socket.onerror = () => undefined;
  }

  private receive(data: unknown): void {
    let frame: { type?: unknown; id?: unknown; name?: unknown; args?: unknown; heartbeatMs?: unknown };
    try {
      frame = JSON.parse(String(data)) as typeof frame;
    } catch {
      return;
    }
    if (frame.type === "welcome") this.welcome(Number(frame.heartbeatMs));
    else if (frame.type === "command" && typeof frame.id === "string") this.obey(frame);
    else if (frame.type === "error") console.warn("hub refused a frame", frame);
  }

  private welcome(heartbeatMs: number): void {
    this.clearTimers();
    this.welcomed = true;
    this.failures = 0;
    const every = Math.max(100, (Number.isFinite(heartbeatMs) ? heartbeatMs : 5000) * 0.8);
    this.heartbeatTimer = setInterval(() => this.send({ type: "heartbeat" }), every);
    this.opts.onStatus({ state: "connected", retryAt: null });
    this.flushState();
    this.opts.onWelcome();
    // Learn the site's hub list now, while this hub answers, to know where to look if it stops.
    void this.opts.failover?.refresh();
  }

  private obey(frame: { id?: unknown; name?: unknown; args?: unknown }): void {
    const args = typeof frame.args === "object" && frame.args !== null ? frame.args : {};
    let reply: CommandReply;
    try {
      reply = this.opts.onCommand(String(frame.name), args as Record<string, unknown>);
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    this.send({ type: "ack", id: frame.id, ...reply });
  }

  private flushState(): void {
    if (!this.welcomed) return;
    const changed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.state)) {
      const json = JSON.stringify(value);
      if (this.sent.get(key) === json) continue;
      this.sent.set(key, json);
      changed[key] = value;
    }
    if (Object.keys(changed).length > 0) this.send({ type: "state", data: changed });
  }

  private closed(code: number): void {
    this.clearTimers();
    this.welcomed = false;
    if (!this.running) return;
    if (FATAL.has(code) || code === CLOSE_CODES.replaced) {
      this.running = false;
      this.opts.onStatus({
        state: code === CLOSE_CODES.replaced ? "replaced" : "unprovisioned",
        retryAt: null,
      });
      return;
    }
    const delay = reconnectDelayMs(this.failures, this.opts.random);
    this.failures += 1;
    this.opts.onStatus({ state: "reconnecting", retryAt: this.opts.now() + delay });
    this.retryTimer = setTimeout(() => this.connect(), delay);
    // A standby refuses devices; a dead hub does not answer: either way the primary may be elsewhere.
    void this.opts.failover?.linkLost();
  }

  private send(frame: unknown): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  private clearTimers(): void {
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.welcomeTimer !== null) clearTimeout(this.welcomeTimer);
    this.heartbeatTimer = null;
    this.retryTimer = null;
    this.welcomeTimer = null;
  }
}
