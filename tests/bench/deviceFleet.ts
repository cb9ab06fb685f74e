import WebSocket from "ws";
import type { LoadDevice } from "./loadEvent";
import { KIND_CODECS } from "./seqCodec";

/** Send times of the last frames of one device, by sequence (a ring: old ones are overwritten). */
const RING = 1 << 13;
/** The sending loop's period; frames due are spread over devices round-robin at each tick. */
const TICK_MS = 5;
/** A stalled loop catches up at most this much, so a hiccup never turns into a burst that trips the flood guard. */
const MAX_CATCH_UP_MS = 100;

export interface FleetDevice extends LoadDevice {
  index: number;
  socket: WebSocket;
  /** Sequence of the last `state` frame sent (0: the initial state). */
  lastSeq: number;
  lastFrameAt: number;
  heartbeatMs: number;
  sentAt: Float64Array;
}

/**
 * N on-site devices speaking protocol v1 from one process: hello, welcome, `state` frames valid for their
 * kind at a set total rate, heartbeats when otherwise idle, and acks for the hub's commands. Each state
 * frame carries a per-device sequence (see seqCodec.ts) whose send time is kept here for the consoles.
 */
export class DeviceFleet {
  readonly devices: FleetDevice[] = [];
  readonly byId = new Map<string, FleetDevice>();
  stateFrames = 0;
  heartbeats = 0;
  errors = 0;
  commandsAcked = 0;
  closedEarly = 0;
  private framesPerSecond = 0;
  private rateSince = 0;
  private sentSinceRate = 0;
  private cursor = 0;
  private timer: NodeJS.Timeout | null = null;
  private closing = false;

  /** Opens every device's socket, says hello and waits for welcome, `concurrency` at a time. */
  static async connect(
    url: string,
    devices: readonly LoadDevice[],
    tokens: ReadonlyMap<string, string>,
    concurrency = 50,
  ): Promise<DeviceFleet> {
    const fleet = new DeviceFleet();
    let next = 0;
    const worker = async () => {
      while (next < devices.length) {
        const index = next++;
        const device = devices[index] as LoadDevice;
        fleet.add(await fleet.open(url, device, index, tokens.get(device.id) ?? ""));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    fleet.devices.sort((a, b) => a.index - b.index);
    return fleet;
  }

  private add(device: FleetDevice): void {
    this.devices.push(device);
    this.byId.set(device.id, device);
  }

  private open(url: string, device: LoadDevice, index: number, token: string): Promise<FleetDevice> {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/devices`, { perMessageDeflate: false });
    return new Promise((resolve, reject) => {
      socket.once("error", reject);
      socket.once("open", () =>
        socket.send(
          JSON.stringify({
            type: "hello",
            protocol: 1,
            deviceId: device.id,
            token,
            kind: device.kind,
            firmware: "bench 1.0",
          }),
        ),
      );
      socket.once("close", (code, reason) => {
        if (!this.closing) this.closedEarly++;
        reject(new Error(`${device.id} closed ${code} ${reason.toString()}`));
      });
      socket.once("message", (data) => {
        const welcome = JSON.parse(data.toString());
        if (welcome.type !== "welcome")
          return reject(new Error(`${device.id}: expected welcome, got ${welcome.type}`));
        const entry: FleetDevice = {
          ...device,
          index,
          socket,
          lastSeq: 0,
          lastFrameAt: performance.now(),
          heartbeatMs: welcome.heartbeatMs ?? 5_000,
          sentAt: new Float64Array(RING),
        };
        socket.on("message", (frame) => this.hear(entry, frame.toString()));
        this.sendState(entry, KIND_CODECS[device.kind].initial, 0);
        resolve(entry);
      });
    });
  }

  /** The hub's commands are acknowledged (a device that never acks is a different test). */
  private hear(device: FleetDevice, text: string): void {
    const frame = JSON.parse(text);
    if (frame.type === "error") this.errors++;
    else if (frame.type === "command") {
      device.socket.send(JSON.stringify({ type: "ack", id: frame.id, ok: true }));
      this.commandsAcked++;
    }
  }

  private sendState(device: FleetDevice, data: Record<string, unknown>, seq: number): void {
    const now = performance.now();
    device.socket.send(JSON.stringify({ type: "state", data }));
    device.sentAt[seq % RING] = now;
    device.lastSeq = seq;
    device.lastFrameAt = now;
  }

  /** When frame `seq` of a device was sent (performance.now()), if it is still remembered. */
  sentTime(device: FleetDevice, seq: number): number | undefined {
    return seq > device.lastSeq || device.lastSeq - seq >= RING ? undefined : device.sentAt[seq % RING];
  }

  /** Total state frames per second over the whole fleet, spread evenly over devices. */
  setRate(framesPerSecond: number): void {
    this.framesPerSecond = framesPerSecond;
    this.rateSince = performance.now();
    this.sentSinceRate = 0;
    this.timer ??= setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const now = performance.now();
    const due = Math.floor(((now - this.rateSince) / 1000) * this.framesPerSecond);
    const floor = due - Math.ceil((MAX_CATCH_UP_MS / 1000) * this.framesPerSecond);
    if (this.sentSinceRate < floor) this.sentSinceRate = floor;
    const count = this.devices.length;
    for (; this.sentSinceRate < due; this.sentSinceRate++) {
      const device = this.devices[this.cursor] as FleetDevice;
      this.cursor = (this.cursor + 1) % count;
      if (device.socket.readyState !== WebSocket.OPEN) continue;
      const seq = device.lastSeq + 1;
      this.sendState(device, KIND_CODECS[device.kind].frame(seq), seq);
      this.stateFrames++;
    }
    // Protocol v1: any frame counts as a heartbeat, so only a device idle for half its interval sends one.
    if (this.framesPerSecond / Math.max(1, count) >= 1) return;
    for (const device of this.devices) {
      if (now - device.lastFrameAt < device.heartbeatMs / 2 || device.socket.readyState !== WebSocket.OPEN)
        continue;
      device.socket.send('{"type":"heartbeat"}');
      device.lastFrameAt = now;
      this.heartbeats++;
    }
  }

  /** Bytes the fleet's sockets could not hand to the kernel yet (a receiver that does not keep up). */
  buffered(): number {
    let total = 0;
    for (const device of this.devices) total += device.socket.bufferedAmount;
    return total;
  }

  close(): void {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    for (const device of this.devices) device.socket.terminate();
  }
}
