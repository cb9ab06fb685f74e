import WebSocket from "ws";
import type { Command } from "../../../shared/commands/commands";
import type { ConsoleClientMessage, ConsoleServerMessage } from "../../../shared/protocol/consoleProtocol";

/** A minimal console client for tests: real WebSocket, typed messages, waits for what it expects. */
export class TestConsole {
  readonly received: ConsoleServerMessage[] = [];
  private waiters: {
    match: (m: ConsoleServerMessage) => boolean;
    resolve: (m: ConsoleServerMessage) => void;
  }[] = [];
  private nextId = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString()) as ConsoleServerMessage;
      this.received.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(message)) return true;
        w.resolve(message);
        return false;
      });
    });
  }

  static connect(hubUrl: string, headers: Record<string, string> = {}): Promise<TestConsole> {
    const socket = new WebSocket(`${hubUrl.replace(/^http/, "ws")}/console`, { headers });
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(new TestConsole(socket)));
      socket.once("error", reject);
      socket.once("unexpected-response", (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
    });
  }

  send(message: ConsoleClientMessage | Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  /** Resolves with the first message (already received or to come) that matches. */
  waitFor<T extends ConsoleServerMessage>(
    match: (m: ConsoleServerMessage) => m is T,
    timeoutMs = 10_000,
  ): Promise<T> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for a message")), timeoutMs);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as T);
        },
      });
    });
  }

  command(command: Command, baseSeq?: number): string {
    const id = `t-${++this.nextId}`;
    this.send({ type: "command", id, command, ...(baseSeq === undefined ? {} : { baseSeq }) });
    return id;
  }

  /** Resolves with the close code and reason when the hub closes the socket. */
  closed(): Promise<{ code: number; reason: string }> {
    return new Promise((resolve) =>
      this.socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  close(): void {
    this.socket.close();
  }
}

export const isSnapshot = (
  m: ConsoleServerMessage,
): m is Extract<ConsoleServerMessage, { type: "snapshot" }> => m.type === "snapshot";
export const isEvents = (m: ConsoleServerMessage): m is Extract<ConsoleServerMessage, { type: "events" }> =>
  m.type === "events";
export const isAck =
  (id: string) =>
  (m: ConsoleServerMessage): m is Extract<ConsoleServerMessage, { type: "ack" }> =>
    m.type === "ack" && m.id === id;
export const isError = (m: ConsoleServerMessage): m is Extract<ConsoleServerMessage, { type: "error" }> =>
  m.type === "error";
export const isTelemetry = (
  m: ConsoleServerMessage,
): m is Extract<ConsoleServerMessage, { type: "telemetry" }> => m.type === "telemetry";
export const isPresence = (
  m: ConsoleServerMessage,
): m is Extract<ConsoleServerMessage, { type: "presence" }> => m.type === "presence";
