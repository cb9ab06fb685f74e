import type { Operator } from "../../../shared/access/operators";
import type { Command, CommandError } from "../../../shared/commands/commands";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { assertNever } from "../../../shared/live/vocabulary";
import type {
  ConsoleClientMessage,
  ConsoleServerMessage,
  DeviceCommandOutcome,
  DeviceTelemetryView,
} from "../../../shared/protocol/consoleProtocol";
import type { HubStore } from "../state/hubStore";
import { reconnectDelayMs } from "./backoff";
import { newCommandId } from "./commandId";
import { createFrameScheduler } from "./frameScheduler";
import { applyInbox, type InboxItem } from "./inbox";

export type CommandOutcome =
  | { ok: true; seq: number; devices?: Record<string, DeviceCommandOutcome> }
  | { ok: false; error: CommandError | { code: "link_down" | "timeout"; message: string } };

/** The part of the browser WebSocket the client uses, so tests can hand in a fake. */
export interface SocketLike {
  readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface HubClientOptions {
  url: string;
  store: HubStore;
  createSocket?: (url: string) => SocketLike;
  /** Reads the hub's health; resolves null when the hub does not answer. */
  fetchHealth?: () => Promise<{ version: string; seq?: number } | null>;
  random?: () => number;
  now?: () => number;
  /** Consecutive failed attempts after which the link shows "offline" instead of "reconnecting". */
  offlineAfterFailures?: number;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** How often a connected client checks that the hub still answers (a silent socket can look open). */
  probeIntervalMs?: number;
  /** Called with the journal events applied in one batch, after the store has them. */
  onEvents?: (events: readonly JournalEvent[]) => void;
  /** Who is signed in and the hub's access code, read at every hello. */
  identity?: () => { operator?: Operator; accessCode?: string };
  /** After each lost link or failed attempt, with the socket's close code (4503: the hub is now a standby). */
  onLinkLost?: (closeCode: number | null) => void;
}

const OPEN = 1;

interface Pending {
  resolve: (outcome: CommandOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The console's link to the hub. Lives outside React: it writes to a vanilla store, batches incoming
 * messages into one store update per animation frame, resumes from the last sequence number after a
 * drop, and reconnects with exponential backoff plus jitter.
 */
export class HubClient {
  private socket: SocketLike | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private connectTimer: ReturnType<typeof setTimeout> | null = null;
  private probeTimer: ReturnType<typeof setInterval> | null = null;
  private running = false;
  /** The current socket has had its first answer from the hub. */
  private greeted = false;
  private readonly inbox: InboxItem[] = [];
  /** Device data received since the last frame, newest per device. */
  private telemetry: Record<string, DeviceTelemetryView> = {};
  private readonly pending = new Map<string, Pending>();
  private readonly frames = createFrameScheduler(() => this.flush());
  private readonly opts: Required<
    Omit<HubClientOptions, "fetchHealth" | "onEvents" | "identity" | "onLinkLost">
  > &
    Pick<HubClientOptions, "fetchHealth" | "onEvents" | "identity" | "onLinkLost">;
  /** The hub refused our access code: no retry until the sign-in changes. */
  private refused = false;

  constructor(options: HubClientOptions) {
    this.opts = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      random: Math.random,
      now: Date.now,
      offlineAfterFailures: 3,
      connectTimeoutMs: 5000,
      commandTimeoutMs: 10_000,
      probeIntervalMs: 15_000,
      ...options,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.clearTimers();
    this.frames.cancel();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "console closed");
    this.settleAll({ ok: false, error: { code: "link_down", message: "the console closed its link" } });
  }

  /** Try at once, e.g. when the machine's network comes back. */
  reconnectNow(): void {
    if (!this.running || this.socket) return;
    this.connect();
  }

  /** The machine lost its network: say so now rather than after the next failed attempt. */
  markOffline(): void {
    if (this.opts.store.getState().link !== "connected") this.opts.store.setState({ link: "offline" });
  }

  /** The sign-in changed: a fresh link says hello with the new identity. */
  reconnectWithIdentity(): void {
    this.refused = false;
    this.opts.store.setState({ authError: null });
    const socket = this.socket;
    this.socket = null;
    this.inbox.length = 0;
    socket?.close(1000, "signing in again");
    if (this.running) this.connect();
  }

  /** `baseSeq`: for an edit, the sequence number of the state it began from (a stale edit is refused). */
  send(command: Command, options: { baseSeq?: number } = {}): Promise<CommandOutcome> {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) {
      return Promise.resolve({
        ok: false,
        error: { code: "link_down", message: "not connected to the hub" },
      });
    }
    const id = newCommandId();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ ok: false, error: { code: "timeout", message: "the hub did not answer in time" } });
      }, this.opts.commandTimeoutMs);
      this.pending.set(id, { resolve, timer });
      this.sendMessage(socket, { type: "command", id, command, ...options });
    });
  }

  private connect(): void {
    this.clearTimers();
    const socket = this.opts.createSocket(this.opts.url);
    this.socket = socket;
    this.greeted = false;
    this.connectTimer = setTimeout(() => socket.close(4000, "connect timeout"), this.opts.connectTimeoutMs);
    socket.onopen = () => {
      if (this.socket !== socket) return;
      const live = this.opts.store.getState().live;
      const identity = this.opts.identity?.() ?? {};
      this.sendMessage(socket, { type: "hello", ...(live ? { since: live.seq } : {}), ...identity });
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      if (!this.greeted) this.greetedBy(socket);
      this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const { code } = (event ?? {}) as { code?: unknown };
      this.linkLost(typeof code === "number" ? code : null);
    };
    // A close event always follows an error; the close handler does the work.
    socket.onerror = () => undefined;
  }

  /**
   * The hub answered our hello: only now is the link up. An open socket alone proves little (a proxy
   * can accept and drop it at once), and counting it as success would reset the backoff every time.
   */
  private greetedBy(socket: SocketLike): void {
    this.greeted = true;
    this.clearTimers();
    this.failures = 0;
    this.opts.store.setState({ link: "connected", retryAt: null });
    this.probeTimer = setInterval(() => void this.probe(socket), this.opts.probeIntervalMs);
    void this.probe(socket);
  }

  private receive(data: unknown): void {
    let message: ConsoleServerMessage;
    try {
      message = JSON.parse(String(data)) as ConsoleServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case "snapshot":
      case "events":
        this.inbox.push({ message, receivedAt: this.opts.now() });
        this.frames.request();
        return;
      case "telemetry":
        Object.assign(this.telemetry, message.devices);
        this.frames.request();
        return;
      case "ack": {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        clearTimeout(pending.timer);
        this.pending.delete(message.id);
        // devices: what each device answered, for commands that reach devices (stage messages).
        pending.resolve(
          message.ok
            ? { ok: true, seq: message.seq, ...(message.devices ? { devices: message.devices } : {}) }
            : { ok: false, error: message.error },
        );
        return;
      }
      case "error":
        if (message.code === "unauthorized") {
          this.refused = true;
          this.opts.store.setState({ authError: message.detail });
        } else console.warn(`hub refused a message: ${message.detail}`);
        return;
      case "presence":
        this.opts.store.setState({ presence: message.consoles });
        return;
      case "sites":
        this.opts.store.setState({ sites: message.sites });
        return;
      default:
        assertNever(message);
    }
  }

  private flush(): void {
    const items = this.inbox.splice(0);
    const telemetry = this.telemetry;
    this.telemetry = {};
    const hasTelemetry = Object.keys(telemetry).length > 0;
    if (items.length === 0 && !hasTelemetry) return;
    const { store } = this.opts;
    const state = store.getState();
    const result = applyInbox(state.live, items);
    store.setState({
      live: result.live,
      lastDataAt: this.opts.now(),
      ...(result.serverOffsetMs === null ? {} : { serverOffsetMs: result.serverOffsetMs }),
      ...(hasTelemetry ? { telemetry: { ...state.telemetry, ...telemetry } } : {}),
    });
    if (result.applied.length > 0) this.opts.onEvents?.(result.applied);
    if (result.gap) this.resync();
  }

  /** Events went missing: open a fresh link, whose hello asks for everything after our last seq. */
  private resync(): void {
    const socket = this.socket;
    this.socket = null;
    this.inbox.length = 0;
    socket?.close(4001, "resync");
    if (this.running) this.connect();
  }

  private linkLost(closeCode: number | null): void {
    this.clearTimers();
    this.inbox.length = 0;
    this.telemetry = {};
    this.settleAll({ ok: false, error: { code: "link_down", message: "the link to the hub dropped" } });
    if (!this.running) return;
    if (this.refused) {
      // Retrying with the same code cannot help; the sign-in dialog asks for the right one.
      this.opts.store.setState({ link: "offline", retryAt: null });
      return;
    }
    this.failures += 1;
    const delay = reconnectDelayMs(this.failures - 1, this.opts.random);
    const noNetwork = typeof navigator !== "undefined" && navigator.onLine === false;
    const offline = noNetwork || this.failures >= this.opts.offlineAfterFailures;
    this.opts.store.setState({
      link: offline ? "offline" : "reconnecting",
      retryAt: this.opts.now() + delay,
    });
    this.retryTimer = setTimeout(() => this.connect(), delay);
    this.opts.onLinkLost?.(closeCode);
  }

  /** Reads the hub's health: its version for the About box, and proof that the link is alive. */
  private async probe(socket: SocketLike): Promise<void> {
    const seqBefore = this.opts.store.getState().live?.seq ?? 0;
    const health = this.opts.fetchHealth ? await this.opts.fetchHealth() : { version: null };
    if (this.socket !== socket) return;
    if (health === null) {
      socket.close(4002, "hub does not answer");
      return;
    }
    if (health.version) this.opts.store.setState({ hubVersion: health.version });
    // A hub restarted on a new journal counts from a lower number: our state belongs to another run.
    // (Compared with the seq held before asking, as events may have arrived while the answer travelled.)
    if ("seq" in health && typeof health.seq === "number" && health.seq < seqBefore) {
      this.opts.store.setState({ live: null });
      this.resync();
    }
  }

  private sendMessage(socket: SocketLike, message: ConsoleClientMessage): void {
    socket.send(JSON.stringify(message));
  }

  private settleAll(outcome: CommandOutcome): void {
    for (const { resolve, timer } of this.pending.values()) {
      clearTimeout(timer);
      resolve(outcome);
    }
    this.pending.clear();
  }

  private clearTimers(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    if (this.probeTimer !== null) clearInterval(this.probeTimer);
    this.retryTimer = null;
    this.connectTimer = null;
    this.probeTimer = null;
  }
}
