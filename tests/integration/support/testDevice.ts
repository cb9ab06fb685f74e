import WebSocket from "ws";

type Frame = Record<string, unknown> & { type: string };

/** A device written from the contract alone: a raw WebSocket client that records what the hub says. */
export class TestDevice {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private listeners: ((f: Frame) => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      for (const listener of this.listeners) listener(frame);
    });
    socket.on("error", () => undefined);
    this.closed = new Promise((resolve) =>
      socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(hubUrl: string): Promise<TestDevice> {
    const socket = new WebSocket(`${hubUrl.replace(/^http/, "ws")}/devices`);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(new TestDevice(socket)));
      socket.once("error", reject);
    });
  }

  /** Opens, says hello and waits for welcome. */
  static async connect(hubUrl: string, deviceId: string, kind: string, token: string): Promise<TestDevice> {
    const device = await TestDevice.open(hubUrl);
    device.send({ type: "hello", protocol: 1, deviceId, token, kind, firmware: "test 1.0" });
    await device.next((f) => f.type === "welcome");
    return device;
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  next(match: (f: Frame) => boolean, timeoutMs = 10_000): Promise<Frame> {
    const seen = this.frames.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for a frame")), timeoutMs);
      const listener = (f: Frame) => {
        if (!match(f)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(f);
      };
      this.listeners.push(listener);
    });
  }

  /** The next bad_message error after this call. */
  nextError(): Promise<Frame> {
    const already = this.frames.length;
    return this.next((f) => f.type === "error" && this.frames.indexOf(f) >= already);
  }

  close(): void {
    this.socket.close();
  }
}
