import { createHash, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

const sha256base64 = (text: string) => createHash("sha256").update(text).digest("base64");

/**
 * A stand-in for OBS Studio's obs-websocket v5 server, written from the published protocol: Hello
 * with an authentication challenge, Identify, Identified, requests and StreamStateChanged events.
 * It lets the hub's OBS link be tested without OBS itself, which cannot run here.
 */
export class ObsStandIn {
  readonly stream = { active: false, reconnecting: false, bytes: 0, skipped: 0, total: 0, congestion: 0 };
  readonly requests: string[] = [];
  private readonly server: WebSocketServer;
  private readonly clients = new Set<WebSocket>();
  private ticker: NodeJS.Timeout;

  private constructor(private readonly password: string) {
    this.server = new WebSocketServer({
      port: 0,
      host: "127.0.0.1",
      handleProtocols: (protocols) => (protocols.has("obswebsocket.json") ? "obswebsocket.json" : false),
    });
    this.server.on("connection", (socket) => this.greet(socket));
    // While streaming, bytes and frames move on like a real output at about 6 Mbit/s and 30 fps.
    this.ticker = setInterval(() => {
      if (!this.stream.active) return;
      this.stream.bytes += 75_000;
      this.stream.total += 3;
    }, 100);
  }

  static async start(password: string): Promise<ObsStandIn> {
    const standIn = new ObsStandIn(password);
    await new Promise<void>((resolve) => standIn.server.once("listening", () => resolve()));
    return standIn;
  }

  get address(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private greet(socket: WebSocket): void {
    const salt = randomBytes(16).toString("base64");
    const challenge = randomBytes(16).toString("base64");
    const expected = sha256base64(sha256base64(this.password + salt) + challenge);
    socket.send(
      JSON.stringify({
        op: 0,
        d: { obsWebSocketVersion: "5.4.2", rpcVersion: 1, authentication: { challenge, salt } },
      }),
    );
    socket.on("message", (data) => {
      const { op, d } = JSON.parse(data.toString());
      if (op === 1) {
        if (d.authentication !== expected) return socket.close(4009, "Authentication failed.");
        this.clients.add(socket);
        socket.send(JSON.stringify({ op: 2, d: { negotiatedRpcVersion: 1 } }));
      } else if (op === 6) {
        this.requests.push(d.requestType);
        socket.send(JSON.stringify({ op: 7, d: this.respond(d.requestType, d.requestId) }));
      }
    });
    socket.on("close", () => this.clients.delete(socket));
  }

  private respond(requestType: string, requestId: string) {
    const ok = { result: true, code: 100 };
    if (requestType === "GetStreamStatus") {
      return {
        requestType,
        requestId,
        requestStatus: ok,
        responseData: {
          outputActive: this.stream.active,
          outputReconnecting: this.stream.reconnecting,
          outputTimecode: "00:01:02.000",
          outputDuration: 62_000,
          outputCongestion: this.stream.congestion,
          outputBytes: this.stream.bytes,
          outputSkippedFrames: this.stream.skipped,
          outputTotalFrames: this.stream.total,
        },
      };
    }
    if (requestType === "StartStream" || requestType === "StopStream") {
      const starting = requestType === "StartStream";
      if (this.stream.active === starting) {
        return {
          requestType,
          requestId,
          requestStatus: { result: false, code: 500, comment: "Output already in that state" },
        };
      }
      this.setStreaming(starting);
      return { requestType, requestId, requestStatus: ok };
    }
    return {
      requestType,
      requestId,
      requestStatus: { result: false, code: 204, comment: "Unknown request type" },
    };
  }

  setStreaming(active: boolean): void {
    this.stream.active = active;
    const outputState = active ? "OBS_WEBSOCKET_OUTPUT_STARTED" : "OBS_WEBSOCKET_OUTPUT_STOPPED";
    const event = {
      op: 5,
      d: {
        eventType: "StreamStateChanged",
        eventIntent: 64,
        eventData: { outputActive: active, outputState },
      },
    };
    for (const client of this.clients) client.send(JSON.stringify(event));
  }

  async close(): Promise<void> {
    clearInterval(this.ticker);
    for (const client of this.clients) client.close(1001);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
