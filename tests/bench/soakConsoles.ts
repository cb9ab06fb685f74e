import WebSocket from "ws";
import type { JournalEvent } from "../../shared/journal/journalEvents";
import { type ClockState, venueNowMs } from "../../shared/live/clock";
import type { ConsoleServerMessage } from "../../shared/protocol/consoleProtocol";

/** What a duty officer's console says to sign in (as tests/integration/support/hubProcess.ts). */
const DUTY_OFFICER = { name: "Soak duty officer", role: "duty-officer", rooms: [] } as const;

export interface FollowerFigures {
  workstation: string;
  /** Journal events received in `events` messages (resumes included). */
  events: number;
  snapshots: number;
  /** Reconnections that sent `since` and got the missed events back (not a snapshot). */
  resumes: number;
  /** Reconnections the hub answered with a snapshot instead (the gap was too long to replay). */
  resumedBySnapshot: number;
  /** Sequence numbers skipped between two consecutive events (must be zero). */
  gaps: number;
  /** Events whose sequence was not above the last one applied (must be zero). */
  duplicates: number;
  telemetry: number;
  /** Socket closes by the hub, by close code. */
  closedByHub: Record<string, number>;
  /** Drops the bench caused (terminate or close, then resume). */
  drops: number;
  lastSeq: number;
}

/**
 * A console following the journal over /console as the duty officer: snapshot on the first hello, then
 * numbered events; after every drop it reconnects with `since` and checks that the sequence continues
 * with no gap and no duplicate. The first follower also tallies events per venue day and every session's
 * status changes.
 */
export class JournalFollower {
  readonly figures: FollowerFigures;
  /** Venue day (YYYY-MM-DD in the event's zone) → events. */
  readonly eventsByVenueDay = new Map<string, number>();
  readonly eventsByType = new Map<string, number>();
  /** `device.disconnected` events by reason (drop-outs, floods, the mass drop, replaced connections). */
  readonly disconnectReasons = new Map<string, number>();
  /** Session id → statuses it went through, in order. */
  readonly sessionPaths = new Map<string, string[]>();
  private socket: WebSocket | null = null;
  private clock: ClockState = { mode: "wall" };
  private stopped = false;
  private connected: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: string,
    workstation: string,
    private readonly dayOf: ((venueMs: number) => string) | null,
  ) {
    this.figures = {
      workstation,
      events: 0,
      snapshots: 0,
      resumes: 0,
      resumedBySnapshot: 0,
      gaps: 0,
      duplicates: 0,
      telemetry: 0,
      closedByHub: {},
      drops: 0,
      lastSeq: -1,
    };
  }

  /** Connects (resuming when it has applied events before) and resolves on the snapshot or first answer. */
  connect(): Promise<void> {
    const socket = new WebSocket(`${this.url.replace(/^http/, "ws")}/console`, {
      perMessageDeflate: false,
      maxPayload: 256 << 20,
    });
    this.socket = socket;
    const resuming = this.figures.lastSeq >= 0;
    let answered = false;
    this.connected = new Promise((ready) => {
      socket.on("open", () =>
        socket.send(
          JSON.stringify({
            type: "hello",
            operator: DUTY_OFFICER,
            workstation: this.figures.workstation,
            ...(resuming ? { since: this.figures.lastSeq } : {}),
          }),
        ),
      );
      socket.on("message", (data) => {
        const text = data.toString();
        // Telemetry is the bulk of the traffic and says nothing about the journal: counted, not parsed.
        if (text.startsWith('{"type":"telemetry"')) {
          this.figures.telemetry++;
          return;
        }
        const message = JSON.parse(text) as ConsoleServerMessage;
        if (message.type === "snapshot") {
          this.figures.snapshots++;
          if (resuming && !answered) this.figures.resumedBySnapshot++;
          this.figures.lastSeq = message.state.seq;
          this.clock = message.state.clock;
          answered = true;
          ready();
        } else if (message.type === "events") {
          if (resuming && !answered) this.figures.resumes++;
          answered = true;
          for (const event of message.events) this.apply(event);
          ready();
        }
      });
      socket.on("error", () => undefined);
      socket.on("close", (code) => {
        ready();
        if (this.socket !== socket || this.stopped) return;
        // Closed by the hub (too slow, shutting down): reconnect and resume as a console does.
        this.figures.closedByHub[code] = (this.figures.closedByHub[code] ?? 0) + 1;
        this.socket = null;
        setTimeout(() => void this.connect(), 250).unref();
      });
    });
    return this.connected;
  }

  private apply(event: JournalEvent): void {
    const last = this.figures.lastSeq;
    if (event.seq <= last) {
      this.figures.duplicates++;
      return;
    }
    if (last >= 0 && event.seq !== last + 1) this.figures.gaps += event.seq - last - 1;
    this.figures.lastSeq = event.seq;
    this.figures.events++;
    if (event.type === "clock.set") this.clock = event.clock;
    if (!this.dayOf) return;
    this.eventsByType.set(event.type, (this.eventsByType.get(event.type) ?? 0) + 1);
    const day = this.dayOf(venueNowMs(this.clock, Date.parse(event.at)));
    this.eventsByVenueDay.set(day, (this.eventsByVenueDay.get(day) ?? 0) + 1);
    if (event.type === "device.disconnected") {
      // Reasons may name a device or a count: digits are folded so that the tally stays short.
      const reason = event.reason.replace(/\d+/g, "N");
      this.disconnectReasons.set(reason, (this.disconnectReasons.get(reason) ?? 0) + 1);
    }
    if (event.type === "session.statusChanged") {
      const path = this.sessionPaths.get(event.sessionId) ?? [event.from];
      path.push(event.to);
      this.sessionPaths.set(event.sessionId, path);
    }
  }

  /** A drop: abrupt (a cable pulled: terminate) or clean (the window closed), then a resume after `awayMs`. */
  async drop(abrupt: boolean, awayMs: number): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.figures.drops++;
    if (abrupt) socket.terminate();
    else socket.close();
    await new Promise((resolve) => setTimeout(resolve, awayMs));
    if (!this.stopped) await this.connect();
  }

  /** A malformed message: the hub answers bad_message and keeps the console. */
  sendGarbage(): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send('{"type":"command","id":');
  }

  /** Resolves once this follower has applied every event up to `seq` (or after `timeoutMs`). */
  async caughtUp(seq: number, timeoutMs = 10_000): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    while (this.figures.lastSeq < seq) {
      if (Date.now() > end) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.socket?.terminate();
  }
}
