import WebSocket from "ws";
import { applyJournalEvent } from "../../../shared/journal/reducer";
import { venueNowMs } from "../../../shared/live/clock";
import { emptyLiveState, type LiveState } from "../../../shared/live/liveState";
import { CLOSE_STANDBY, type ConsoleServerMessage } from "../../../shared/protocol/consoleProtocol";
import type { HubAddresses } from "./hubAddresses";

/**
 * Follows the hub's live state as a console does (snapshot, then events, resuming after a drop), so
 * that simulated devices act on the same schedule, clock and room statuses as the operators see.
 */
export class VenueFollower {
  state: LiveState = emptyLiveState();
  private serverOffsetMs = 0;
  private socket: WebSocket | null = null;
  private stopped = false;
  private retryMs = 250;

  constructor(private readonly hubs: HubAddresses) {}

  start(): Promise<void> {
    return new Promise((ready) => this.connect(ready));
  }

  /** Venue time now, by the hub's clock. */
  now(): number {
    return venueNowMs(this.state.clock, Date.now() + this.serverOffsetMs);
  }

  private connect(ready?: () => void): void {
    if (this.stopped) return;
    const socket = new WebSocket(this.hubs.socketUrl("/console"));
    this.socket = socket;
    let opened = false;
    socket.on("open", () => {
      opened = true;
      this.retryMs = 250;
      socket.send(
        JSON.stringify({
          type: "hello",
          workstation: "simulator",
          ...(this.state.seq > 0 ? { since: this.state.seq } : {}),
        }),
      );
    });
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString()) as ConsoleServerMessage;
      if (message.type === "snapshot") {
        this.state = message.state;
        this.serverOffsetMs = Date.parse(message.serverTime) - Date.now();
        ready?.();
      } else if (message.type === "events") {
        for (const event of message.events) this.state = applyJournalEvent(this.state, event);
        ready?.();
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", (code) => {
      if (this.stopped) return;
      // Turned away, unreachable or sent off by a hub stepping down: try the site's next hub.
      const newRound = !opened || code === CLOSE_STANDBY ? this.hubs.next() : false;
      setTimeout(() => this.connect(ready), this.retryMs).unref();
      if (newRound || this.hubs.all.length === 1) this.retryMs = Math.min(this.retryMs * 2, 5_000);
    });
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }
}
